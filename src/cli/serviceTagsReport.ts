import { CLOUD_DISPLAY_NAMES, type Finding } from '../core/index.ts';
import type { LoadedServiceTags } from './loadInputs.ts';
import { wrap, type Style } from './report.ts';

const INDENT = '  ';
const WIDTH = 98;

/**
 * What the Service Tags file is, for the text report: its cloud, change number and date, then what its
 * name says that the findings don't already (another cloud in the name, say).
 */
export function formatServiceTags(
  path: string,
  loaded: LoadedServiceTags,
  findings: readonly Finding[],
  style: Style,
): string {
  const { file } = loaded.input;
  const dated = loaded.fileDate ? `, dated ${loaded.fileDate}` : ', undated (the file name carries no date)';
  const line =
    `Service Tags file ${path}: ${CLOUD_DISPLAY_NAMES[file.cloud]} ("cloud": "${file.cloud}"), ` +
    `change ${file.changeNumber}${dated}, ${file.values.length} tags.`;
  const shown = new Set(findings.map((finding) => finding.message));
  const notices = loaded.notices
    .filter((notice) => !shown.has(notice.message))
    .flatMap((notice) =>
      wrap(`${notice.severity}: ${notice.message}`, WIDTH).map((text, i) =>
        i === 0 ? `${INDENT}${style.severity(notice.severity, text)}` : `${INDENT}  ${text}`,
      ),
    );
  return `${[line, ...notices].join('\n')}\n\n`;
}
