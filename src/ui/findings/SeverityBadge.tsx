import { Badge } from '@fluentui/react-components';
import type { Severity } from '../../core/index.ts';

const LOOK = {
  error: { color: 'danger', text: 'Error' },
  warning: { color: 'warning', text: 'Warning' },
  info: { color: 'informative', text: 'Info' },
} as const;

/** The severity of a finding as a small labelled badge (text, not colour alone). */
export function SeverityBadge({ severity }: { readonly severity: Severity }) {
  const look = LOOK[severity];
  return (
    <Badge appearance="tint" color={look.color} shape="rounded">
      {look.text}
    </Badge>
  );
}
