import type { ServiceTagsFile, ServiceTagsNotice } from '../../core/index.ts';

/** What the page asks the Service Tags worker: read and parse this file. */
export interface ParseRequest {
  readonly id: number;
  readonly file: File;
  /** `yyyy-mm-dd`, for the staleness warning. */
  readonly today: string;
}

/** What the worker answers: the parsed file (only the tags routes can use) or why it is not usable. */
export type ParseResponse =
  | {
      readonly id: number;
      readonly ok: true;
      readonly file: ServiceTagsFile;
      /** Tags in the whole file, before keeping only those routes can use. */
      readonly tagCount: number;
      readonly fileDate?: string;
      readonly notices: readonly ServiceTagsNotice[];
    }
  | { readonly id: number; readonly ok: false; readonly message: string };
