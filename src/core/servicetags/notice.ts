export type NoticeSeverity = 'error' | 'warning' | 'info';

/**
 * One thing to tell the user about a Service Tags file or the routes built from it. `id` is stable:
 * ids that are also REQUIREMENTS.md rule ids (`route-limit`, `route-tag-limit`, `route-tag-udr-feature`,
 * `ip-ranges-change`) mean the same thing; the others start with `service-tags-`. A rule turns a notice
 * into a Finding by adding the plan path it concerns.
 */
export interface ServiceTagsNotice {
  readonly id: string;
  readonly severity: NoticeSeverity;
  readonly message: string;
  readonly docUrl: string;
  /** The full tag name the notice is about, when it is about one tag. */
  readonly tag?: string;
}
