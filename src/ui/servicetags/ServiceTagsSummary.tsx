import { ageInWeeks, CLOUD_DISPLAY_NAMES } from '../../core/index.ts';
import { NoticeBars } from './NoticeBars.tsx';
import { useServiceTagsPanelStyles } from './ServiceTagsPanel.styles.ts';
import type { LoadedServiceTags } from './serviceTagsStore.ts';

function dateText(loaded: LoadedServiceTags): string {
  const { fileDate } = loaded;
  const today = loaded.input.today;
  if (!fileDate)
    return 'Unknown: the file name carries no date (Microsoft names it ServiceTags_<cloud>_<yyyymmdd>.json)';
  const weeks = today ? ageInWeeks(fileDate, today) : undefined;
  if (weeks === undefined || weeks < 0) return fileDate;
  if (weeks === 0) return `${fileDate} (this week)`;
  return `${fileDate} (${weeks} ${weeks === 1 ? 'week' : 'weeks'} old)`;
}

/** What the file in use is: its cloud, change number, date and age, and what its name says. */
export function ServiceTagsSummary({ loaded }: { readonly loaded: LoadedServiceTags }) {
  const styles = useServiceTagsPanelStyles();
  const { file } = loaded.input;
  const rows: [string, string][] = [
    ['File', loaded.fileName],
    ['Cloud', `${CLOUD_DISPLAY_NAMES[file.cloud]} ("${file.cloud}")`],
    ['Change number', String(file.changeNumber)],
    ['Published', dateText(loaded)],
    ['Tags', String(loaded.tagCount)],
  ];
  return (
    <>
      <dl className={styles.facts} aria-label="Service Tags file in use">
        {rows.map(([term, value]) => (
          <div key={term} className={styles.row}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
      <NoticeBars notices={loaded.notices} />
    </>
  );
}
