import { Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ServiceTagsNotice } from '../../core/index.ts';
import { useServiceTagsPanelStyles } from './ServiceTagsPanel.styles.ts';

/** Service Tags notices as message bars, each with a "Learn more" link. */
export function NoticeBars({ notices }: { readonly notices: readonly ServiceTagsNotice[] }) {
  const styles = useServiceTagsPanelStyles();
  if (notices.length === 0) return null;
  return (
    <div className={styles.notices}>
      {notices.map((notice, i) => (
        <MessageBar key={`${notice.id}-${i}`} intent={notice.severity} layout="multiline">
          <MessageBarBody className={styles.noticeBody}>
            {notice.message}{' '}
            <Link href={notice.docUrl} target="_blank" rel="noreferrer" inline>
              Learn more<span className={styles.hint}> (opens in a new tab)</span>
            </Link>
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
