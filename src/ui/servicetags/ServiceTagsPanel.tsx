import { Button, Link, MessageBar, MessageBarBody, MessageBarTitle, useId } from '@fluentui/react-components';
import { useDeferredValue, useEffect, useState } from 'react';
import { SERVICE_TAGS_DOCS, SERVICE_TAGS_DOWNLOADS } from '../../core/index.ts';
import { usePlan } from '../state/PlanStoreContext.ts';
import { RoutePreview } from './RoutePreview.tsx';
import { ServiceTagsDropZone } from './ServiceTagsDropZone.tsx';
import { useServiceTagsPanelStyles } from './ServiceTagsPanel.styles.ts';
import { ServiceTagsSummary } from './ServiceTagsSummary.tsx';
import { serviceTagsStore, useServiceTagsState } from './useServiceTags.ts';

const load = (file: File) => void serviceTagsStore.load(file);

/**
 * `value` one task later: the route preview is added in its own task after the file's summary, so no
 * single task builds the whole panel (each stays well under the 50 ms that makes a page feel stuck).
 */
function useStaged<T>(value: T): T | undefined {
  const [staged, setStaged] = useState<T | undefined>(undefined);
  useEffect(() => {
    const timer = setTimeout(() => setStaged(() => value), 0);
    return () => clearTimeout(timer);
  }, [value]);
  return staged === value ? staged : undefined;
}

/**
 * Load Microsoft's weekly "Azure IP Ranges and Service Tags" file to write the firewall-bypass routes as
 * exact IP prefixes: parsed in a Web Worker, checked by size before it is read, shown with its cloud,
 * change number and date, and previewed as routes. The file is a session input; the plan never changes.
 */
export function ServiceTagsPanel() {
  const styles = useServiceTagsPanelStyles();
  const plan = usePlan();
  const state = useServiceTagsState();
  // The summary and route preview render in a background (interruptible) pass, keeping the page responsive.
  const loaded = useDeferredValue(state.loaded);
  const previewed = useStaged(loaded);
  const headingId = useId('service-tags-heading');
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        Routes as IP prefixes
      </h3>
      <p className={styles.prose}>
        A route to a service tag (such as BatchNodeManagement) is kept current by Azure. A route to an IP
        prefix is exact but stays as written while Microsoft changes the addresses, so it goes stale. To write
        IP-prefix routes, load this week&apos;s file for your cloud:{' '}
        <Link href={SERVICE_TAGS_DOWNLOADS.Public} target="_blank" rel="noreferrer" inline>
          public
        </Link>
        ,{' '}
        <Link href={SERVICE_TAGS_DOWNLOADS.AzureGovernment} target="_blank" rel="noreferrer" inline>
          Azure Government
        </Link>{' '}
        or{' '}
        <Link href={SERVICE_TAGS_DOWNLOADS.AzureChinaCloud} target="_blank" rel="noreferrer" inline>
          Azure China
        </Link>
        .{' '}
        <Link href={SERVICE_TAGS_DOCS.downloadable} target="_blank" rel="noreferrer" inline>
          Learn more about Service Tags files
        </Link>
      </p>
      <ServiceTagsDropZone onFile={load} {...(state.reading ? { reading: state.reading } : {})} />
      {state.error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={styles.noticeBody}>
            <MessageBarTitle>{state.error.fileName} was not used.</MessageBarTitle>
            {state.error.message} Your plan is unchanged
            {state.loaded ? `, and ${state.loaded.fileName} is still the file in use.` : '.'}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {loaded ? (
        <>
          <ServiceTagsSummary loaded={loaded} />
          {previewed ? <RoutePreview plan={plan} file={previewed.input.file} /> : null}
          <div>
            <Button appearance="secondary" onClick={() => serviceTagsStore.clear()}>
              Stop using this file
            </Button>
          </div>
        </>
      ) : null}
    </section>
  );
}
