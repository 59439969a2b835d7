import { Button, Switch } from '@fluentui/react-components';
import { serializePlan, type GeneratedFile, type Plan } from '../../../core/index.ts';
import { copyWithStatus } from '../../export/clipboard.ts';
import { downloadData } from '../../shell/download.ts';
import { mediaType } from '../../export/languages.ts';
import { useGeneratedFilesStyles } from './GeneratedFiles.styles.ts';

export interface FileActionsProps {
  readonly file: GeneratedFile;
  readonly files: readonly GeneratedFile[];
  /** The plan the files come from: it names the archive and goes into it. */
  readonly plan: Plan;
  readonly wrap: boolean;
  readonly onWrapChange: (wrap: boolean) => void;
  /** A sentence on what the last action did, for the status line. */
  readonly onStatus: (message: string) => void;
}

const INSTEAD = 'Download the file instead, or select its text below and copy it with Ctrl+C (⌘C on a Mac).';

async function downloadZip(files: readonly GeneratedFile[], plan: Plan): Promise<string> {
  try {
    // The zip library loads only when someone asks for the archive.
    const { buildZip, zipFileName } = await import('../../export/zip.ts');
    const workspaceName = plan.workspace.name;
    const name = zipFileName(workspaceName);
    const zip = buildZip(files, workspaceName, { planText: serializePlan(plan), time: new Date() });
    downloadData(name, zip as Uint8Array<ArrayBuffer>, 'application/zip');
    return `Downloaded ${name} with ${files.length} files and the plan.`;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `The zip file could not be built (${reason}). Download the files one by one instead.`;
  }
}

/** Copy and download for the file on screen, the whole bundle as a zip, and line wrapping. */
export function FileActions({ file, files, plan, wrap, onWrapChange, onStatus }: FileActionsProps) {
  const styles = useGeneratedFilesStyles();
  const copy = async () => onStatus(await copyWithStatus(file.content, file.name, INSTEAD));
  const download = () => {
    downloadData(file.name, file.content, mediaType(file.language));
    onStatus(`Downloaded ${file.name}.`);
  };
  return (
    <div className={styles.actions}>
      <Button onClick={() => void copy()}>Copy</Button>
      <Button onClick={download}>Download {file.name}</Button>
      <Button appearance="primary" onClick={() => void downloadZip(files, plan).then(onStatus)}>
        Download all as zip
      </Button>
      <Switch label="Wrap long lines" checked={wrap} onChange={(_, data) => onWrapChange(data.checked)} />
    </div>
  );
}
