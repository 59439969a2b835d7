import { mergeClasses } from '@fluentui/react-components';
import type { GeneratedFile } from '../../../core/index.ts';
import { highlightLanguage } from '../../export/languages.ts';
import { useHighlightedHtml } from '../../export/useHighlightedHtml.ts';
import { useSystemColorScheme } from '../../theme/useSystemColorScheme.ts';
import { useGeneratedFilesStyles } from './GeneratedFiles.styles.ts';

export interface CodeViewerProps {
  readonly file: GeneratedFile;
  readonly wrap: boolean;
}

/**
 * One file's text in a scrollable, focusable region: plain at first, highlighted once the
 * highlighter has loaded, in the code theme matching the system's light or dark setting.
 */
export function CodeViewer({ file, wrap }: CodeViewerProps) {
  const styles = useGeneratedFilesStyles();
  const scheme = useSystemColorScheme();
  const html = useHighlightedHtml(file.content, highlightLanguage(file.language), scheme);
  const className = mergeClasses(styles.viewer, wrap && styles.wrap);
  const label = `Contents of ${file.name}`;
  if (html === undefined) {
    return (
      <div className={className} role="region" aria-label={label} aria-busy="true" tabIndex={0}>
        <pre>{file.content}</pre>
      </div>
    );
  }
  return (
    <div
      className={className}
      role="region"
      aria-label={label}
      tabIndex={0}
      // shiki escapes the file's text; the markup is only its spans with theme colours.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
