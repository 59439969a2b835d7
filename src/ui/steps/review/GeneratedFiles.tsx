import { Tab, TabList } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { GeneratedFile, Plan } from '../../../core/index.ts';
import { CodeViewer } from './CodeViewer.tsx';
import { FileActions } from './FileActions.tsx';
import { useGeneratedFilesStyles } from './GeneratedFiles.styles.ts';

export interface GeneratedFilesProps {
  readonly files: readonly GeneratedFile[];
  /** The plan the files come from (the zip is named after its workspace and holds its plan file). */
  readonly plan: Plan;
}

/** A tab per generated file, with copy, download, download-all and the file's highlighted text. */
export function GeneratedFiles({ files, plan }: GeneratedFilesProps) {
  const styles = useGeneratedFilesStyles();
  const baseId = useId();
  const [selected, setSelected] = useState(files[0]?.name);
  const [wrap, setWrap] = useState(false);
  const [status, setStatus] = useState('');
  const index = Math.max(
    0,
    files.findIndex((file) => file.name === selected),
  );
  const file = files[index];
  if (!file) return null;
  const tabId = (i: number) => `${baseId}-tab-${i}`;
  const panelId = `${baseId}-panel`;
  return (
    <div className={styles.root}>
      <TabList
        className={styles.tabs}
        aria-label="Generated files"
        selectedValue={file.name}
        onTabSelect={(_, data) => {
          setSelected(String(data.value));
          setStatus('');
        }}
      >
        {files.map((f, i) => (
          <Tab key={f.name} value={f.name} id={tabId(i)} aria-controls={panelId}>
            {f.name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.panel} role="tabpanel" id={panelId} aria-labelledby={tabId(index)}>
        <FileActions
          file={file}
          files={files}
          plan={plan}
          wrap={wrap}
          onWrapChange={setWrap}
          onStatus={setStatus}
        />
        <p className={styles.status} role="status">
          {status}
        </p>
        <CodeViewer file={file} wrap={wrap} />
      </div>
    </div>
  );
}
