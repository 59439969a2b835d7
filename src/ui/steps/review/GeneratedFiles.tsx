import { Field, Select, Tab, TabList } from '@fluentui/react-components';
import { Fragment, useId, useState } from 'react';
import type { GeneratedFile, Plan } from '../../../core/index.ts';
import { fileKind } from '../../export/fileKinds.ts';
import { CodeViewer } from './CodeViewer.tsx';
import { FileActions } from './FileActions.tsx';
import { useGeneratedFilesStyles } from './GeneratedFiles.styles.ts';
import { useNarrowScreen } from './useNarrowScreen.ts';

export interface GeneratedFilesProps {
  readonly files: readonly GeneratedFile[];
  /** The plan the files come from (the zip is named after its workspace and holds its plan file). */
  readonly plan: Plan;
}

interface ChooserProps {
  readonly files: readonly GeneratedFile[];
  readonly selected: GeneratedFile;
  readonly onSelect: (name: string) => void;
}

/** A file name that may break after its dots and underscores, not in the middle of a word. */
function BreakableName({ name }: { readonly name: string }) {
  return name.split(/(?<=[._])/).map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}

/** The list of files beside the viewer: a vertical tab per file, its name over what it is. */
function FileList({ files, selected, onSelect, baseId }: ChooserProps & { readonly baseId: string }) {
  const styles = useGeneratedFilesStyles();
  return (
    <TabList
      className={styles.list}
      vertical
      reserveSelectedTabSpace={false}
      aria-label="Generated files"
      selectedValue={selected.name}
      onTabSelect={(_, data) => onSelect(String(data.value))}
    >
      {files.map((f, i) => (
        <Tab
          key={f.name}
          className={styles.file}
          value={f.name}
          id={`${baseId}-tab-${i}`}
          aria-controls={`${baseId}-panel`}
          // The name alone names the tab; what the file is is read after it.
          aria-label={f.name}
          aria-describedby={`${baseId}-kind-${i}`}
        >
          <span className={styles.fileName}>
            <BreakableName name={f.name} />
          </span>
          <span className={styles.fileKind} id={`${baseId}-kind-${i}`}>
            {fileKind(f)}
          </span>
        </Tab>
      ))}
    </TabList>
  );
}

/** On a phone the list would push the file far down: a drop-down chooses it instead. */
function FilePicker({ files, selected, onSelect }: ChooserProps) {
  const styles = useGeneratedFilesStyles();
  return (
    <Field label="File" className={styles.picker}>
      <Select className={styles.picker} value={selected.name} onChange={(_, data) => onSelect(data.value)}>
        {files.map((f) => (
          <option key={f.name} value={f.name}>
            {`${f.name} (${fileKind(f)})`}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/**
 * A file browser over the generated files: the list of files (a drop-down on a phone), and beside it
 * the chosen file's copy, download, download-all and highlighted text.
 */
export function GeneratedFiles({ files, plan }: GeneratedFilesProps) {
  const styles = useGeneratedFilesStyles();
  const narrow = useNarrowScreen();
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
  const select = (name: string) => {
    setSelected(name);
    setStatus('');
  };
  // Beside the list the viewer is the chosen tab's panel; under the drop-down it simply follows it.
  const panel = narrow
    ? {}
    : { role: 'tabpanel', id: `${baseId}-panel`, 'aria-labelledby': `${baseId}-tab-${index}` };
  return (
    <div className={styles.root}>
      {narrow ? (
        <FilePicker files={files} selected={file} onSelect={select} />
      ) : (
        <FileList files={files} selected={file} onSelect={select} baseId={baseId} />
      )}
      <div className={styles.panel} {...panel}>
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
