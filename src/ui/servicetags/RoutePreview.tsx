import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import {
  prefixBypass,
  usesIpPrefixRoutes,
  type BypassRoutesResult,
  type Plan,
  type ServiceTagsFile,
  type TagRouteReport,
} from '../../core/index.ts';
import { NoticeBars } from './NoticeBars.tsx';
import { useServiceTagsPanelStyles } from './ServiceTagsPanel.styles.ts';

/** Whether the file lists UDR among the tag's uses (null: the file does not say). */
function udrText(report: TagRouteReport): string {
  if (!report.found) return '—';
  const features = report.networkFeatures;
  if (features === null) return 'Not stated';
  return features.some((feature) => feature.toUpperCase() === 'UDR') ? 'Yes' : 'Not listed';
}

function summary(result: BypassRoutesResult): string {
  const routes = result.routes.length;
  const ipv6 =
    result.ipv6Omitted > 0 ? ` ${result.ipv6Omitted} IPv6 prefixes are listed but not routed.` : '';
  return (
    `${routes} ${routes === 1 ? 'route' : 'routes'} to Internet, besides 0.0.0.0/0 to your firewall; a route ` +
    `table holds at most ${result.routeLimit}.${ipv6}`
  );
}

function TagTable({ result }: { readonly result: BypassRoutesResult }) {
  const styles = useServiceTagsPanelStyles();
  return (
    <div className={styles.tableWrap} role="region" aria-label="Route preview table" tabIndex={0}>
      <Table size="small" className={styles.table} aria-label="Routes from the Service Tags file, by tag">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Service tag</TableHeaderCell>
            <TableHeaderCell>IPv4 prefixes</TableHeaderCell>
            <TableHeaderCell>Routes</TableHeaderCell>
            <TableHeaderCell>IPv6 left out</TableHeaderCell>
            <TableHeaderCell>UDR listed</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.tags.map((report) => (
            <TableRow key={report.tag}>
              <TableCell className={styles.tagCell}>
                {report.found ? report.tag : `${report.tag} (not in the file)`}
              </TableCell>
              <TableCell>{report.ipv4Prefixes}</TableCell>
              <TableCell>{report.routes}</TableCell>
              <TableCell>{report.ipv6Omitted}</TableCell>
              <TableCell>{udrText(report)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** The routes the plan would get from the file, with what to know about them; never changes the plan. */
export function RoutePreview({ plan, file }: { readonly plan: Plan; readonly file: ServiceTagsFile }) {
  const styles = useServiceTagsPanelStyles();
  const result = usesIpPrefixRoutes(plan) ? prefixBypass(plan, file) : undefined;
  if (!result) {
    return (
      <p className={styles.prose}>
        The plan routes service tags, so this file changes nothing. To write the routes as the file&apos;s IP
        prefixes instead, route through a firewall (tunneling.mode &quot;userDefinedRoutes&quot;) with
        tunneling.routeTargets &quot;ipPrefixes&quot;.
      </p>
    );
  }
  const shown = result.notices.filter(
    (notice) => notice.id !== 'route-limit' && notice.id !== 'route-tag-limit',
  );
  return (
    <section className={styles.panel} aria-label="Route preview">
      <p className={styles.prose}>
        {result.tags.length > 0 ? summary(result) : 'No routes can be built from this file for the plan.'}
      </p>
      {result.tags.length > 0 ? <TagTable result={result} /> : null}
      <NoticeBars notices={shown} />
    </section>
  );
}
