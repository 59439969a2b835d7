declare module 'virtual:default-findings' {
  import type { Finding } from '../../core/index.ts';

  /** The default plan as `JSON.stringify` writes it. */
  export const planJson: string;
  /** The requirements engine's findings for that plan, computed when the app was built. */
  export const findings: readonly Finding[];
}
