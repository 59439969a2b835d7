import type { FieldProps } from '@fluentui/react-components';
import type { Finding } from '../../core/index.ts';
import { FindingMessage } from './FindingMessage.tsx';

export type FieldValidation = Pick<FieldProps, 'validationState' | 'validationMessage'>;

const STATE = { error: 'error', warning: 'warning', info: 'none' } as const;

/**
 * Fluent `Field` validation props: the schema error while the value is invalid, otherwise the most severe finding
 * (an info finding reads like a hint). Findings are not announced as alerts: they follow from the whole plan and
 * change as the person types; the findings panel announces their counts politely.
 */
export function fieldValidation(
  schemaError: string | undefined,
  finding: Finding | undefined,
): FieldValidation {
  if (schemaError) return { validationState: 'error', validationMessage: schemaError };
  if (!finding) return { validationState: 'none' };
  return {
    validationState: STATE[finding.severity],
    validationMessage: { role: undefined, children: <FindingMessage finding={finding} /> },
  };
}
