import { prefixBypass, usesIpPrefixRoutes } from '../flows/index.ts';
import type { Plan } from '../model/index.ts';
import {
  parseServiceTagsFileName,
  SERVICE_TAGS_DOCS,
  stalenessNotice,
  type ServiceTagsNotice,
} from '../servicetags/index.ts';
import type { CheckOptions, FindingDraft, Rule, ServiceTagsInput } from './types.ts';

/** Where every Service Tags finding points: the choice to route IP prefixes. */
const PATH = 'tunneling.routeTargets';

/**
 * Notice ids the egress rules already report from the route analysis (`route-limit`, `route-tag-limit`)
 * or with the file's details (`ip-ranges-change`): left out here so each appears once.
 */
const REPORTED_BY_EGRESS = new Set(['route-limit', 'route-tag-limit', 'ip-ranges-change']);

/** What the file and the routes built from it tell the user, for a plan that routes IP prefixes. */
function notices(plan: Plan, input: ServiceTagsInput): ServiceTagsNotice[] {
  const result = prefixBypass(plan, input.file);
  if (!result) return [];
  const date = input.fileName ? parseServiceTagsFileName(input.fileName).date : undefined;
  const stale = date && input.today ? stalenessNotice(date, input.today, input.file.cloud) : undefined;
  return [...result.notices, ...(stale ? [stale] : [])].filter(
    (notice) => !REPORTED_BY_EGRESS.has(notice.id),
  );
}

const memo = new WeakMap<Plan, WeakMap<ServiceTagsInput, ServiceTagsNotice[]>>();

function noticesOf(plan: Plan, options: CheckOptions): ServiceTagsNotice[] {
  const input = options.serviceTags;
  if (!input) return [];
  let byInput = memo.get(plan);
  if (!byInput) memo.set(plan, (byInput = new WeakMap()));
  let found = byInput.get(input);
  if (!found) byInput.set(input, (found = notices(plan, input)));
  return found;
}

interface NoticeRuleSpec {
  readonly id: string;
  readonly severity: Rule['severity'];
  readonly docUrl: string;
  readonly title: string;
}

/** A rule that reports the Service Tags notices of one id as findings on `tunneling.routeTargets`. */
function noticeRule(spec: NoticeRuleSpec): Rule {
  return {
    ...spec,
    check: (plan, options) =>
      noticesOf(plan, options)
        .filter((notice) => notice.id === spec.id)
        .map((notice) => ({ path: PATH, message: notice.message, severity: notice.severity })),
  };
}

function fileNeeded(plan: Plan, options: CheckOptions): FindingDraft[] {
  if (!usesIpPrefixRoutes(plan) || options.serviceTags) return [];
  return [
    {
      path: PATH,
      message:
        'The plan routes IP prefixes past the firewall (tunneling.routeTargets "ipPrefixes"), but no Service Tags ' +
        'file was given, so those routes cannot be written. Choose the file in the Tunnelling step (or pass ' +
        '--service-tags <file> on the command line), or set tunneling.routeTargets to "serviceTags".',
    },
  ];
}

function fileUnused(plan: Plan, options: CheckOptions): FindingDraft[] {
  const input = options.serviceTags;
  if (!input || usesIpPrefixRoutes(plan)) return [];
  return [
    {
      path: PATH,
      message:
        `A Service Tags file was given (change ${input.file.changeNumber}), but the plan does not route IP ` +
        'prefixes, so the file changes nothing. Service-tag routes are kept current by Azure; IP-prefix routes ' +
        'are exact but go stale. Set tunneling.mode "userDefinedRoutes" and tunneling.routeTargets "ipPrefixes" ' +
        'to use it.',
    },
  ];
}

/**
 * Service Tags files for IP-prefix routes (REQUIREMENTS.md §5): a file is needed, it must be of the
 * region's cloud and hold the region's tags, the tags should list UDR, IPv6 is left out, and an old file
 * misses address changes.
 * @see https://learn.microsoft.com/azure/virtual-network/service-tags-overview
 */
export const serviceTagsRules: readonly Rule[] = [
  {
    id: 'service-tags-file-needed',
    severity: 'error',
    docUrl: SERVICE_TAGS_DOCS.downloadable,
    title: 'IP-prefix routes need a Service Tags file.',
    check: fileNeeded,
  },
  {
    id: 'service-tags-file-unused',
    severity: 'info',
    docUrl: SERVICE_TAGS_DOCS.udr,
    title: 'A Service Tags file is only used for IP-prefix routes.',
    check: fileUnused,
  },
  noticeRule({
    id: 'service-tags-unknown-region',
    severity: 'error',
    docUrl: SERVICE_TAGS_DOCS.overview,
    title: 'The compute region must be a known region to find its service tags.',
  }),
  noticeRule({
    id: 'service-tags-cloud-mismatch',
    severity: 'error',
    docUrl: SERVICE_TAGS_DOCS.downloadable,
    title: "The Service Tags file must be of the region's cloud.",
  }),
  noticeRule({
    id: 'service-tags-tag-missing',
    severity: 'error',
    docUrl: SERVICE_TAGS_DOCS.overview,
    title: 'The Service Tags file must list every tag to route.',
  }),
  noticeRule({
    id: 'service-tags-invalid-prefix',
    severity: 'error',
    docUrl: SERVICE_TAGS_DOCS.downloadable,
    title: 'Every address prefix of a routed tag must be valid.',
  }),
  noticeRule({
    id: 'route-tag-udr-feature',
    severity: 'warning',
    docUrl: SERVICE_TAGS_DOCS.udr,
    title: 'IP-prefix routes should come from tags that list UDR.',
  }),
  noticeRule({
    id: 'service-tags-ipv6-omitted',
    severity: 'info',
    docUrl: SERVICE_TAGS_DOCS.udr,
    title: 'IPv6 prefixes of routed tags are left out.',
  }),
  noticeRule({
    id: 'service-tags-stale',
    severity: 'warning',
    docUrl: SERVICE_TAGS_DOCS.downloadable,
    title: 'A Service Tags file older than eight weeks misses address changes.',
  }),
];
