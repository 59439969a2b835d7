import { Label, mergeClasses, Spinner, useId } from '@fluentui/react-components';
import { useState, type DragEvent } from 'react';
import { useServiceTagsPanelStyles } from './ServiceTagsPanel.styles.ts';

export interface ServiceTagsDropZoneProps {
  readonly onFile: (file: File) => void;
  /** Name of the file being read, if any. */
  readonly reading?: string;
}

/**
 * Choose a Service Tags file with the labelled file input (keyboard: Tab, then Enter or Space), or drop
 * it anywhere on the zone.
 */
export function ServiceTagsDropZone({ onFile, reading }: ServiceTagsDropZoneProps) {
  const styles = useServiceTagsPanelStyles();
  const inputId = useId('service-tags-file');
  const hintId = useId('service-tags-hint');
  const [over, setOver] = useState(false);
  const onDrag = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(event.type !== 'dragleave');
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.zoneOver)}
      onDragEnter={onDrag}
      onDragOver={onDrag}
      onDragLeave={onDrag}
      onDrop={onDrop}
      role="group"
      aria-label="Drop zone for a Service Tags file"
    >
      <Label htmlFor={inputId} weight="semibold">
        Service Tags file
      </Label>
      <input
        id={inputId}
        className={styles.input}
        type="file"
        accept=".json,application/json"
        aria-describedby={hintId}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          event.target.value = '';
        }}
      />
      <span id={hintId} className={styles.hint}>
        ServiceTags_Public_, _Gov_ or _China_ followed by a date and .json; or drop the file on this box. It
        is read in your browser and never uploaded.
      </span>
      <div role="status" aria-live="polite">
        {reading ? <Spinner size="tiny" labelPosition="after" label={`Reading ${reading}…`} /> : null}
      </div>
    </div>
  );
}
