import type * as z from 'zod/mini';

/**
 * Plain-language messages for zod's generic issues on form fields (a field's own schema messages, such as
 * the naming rules, take precedence). Passed to `zodResolver` as the parse-level error map.
 */
export function formErrorMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return 'Enter a whole number.';
      if (issue.input === undefined || issue.input === '') return 'Enter a value.';
      if (typeof issue.input === 'number' && Number.isNaN(issue.input)) return 'Enter a number.';
      return undefined;
    case 'too_small':
      return issue.origin === 'number' ? `Enter ${String(issue.minimum)} or more.` : undefined;
    case 'too_big':
      return issue.origin === 'number' ? `Enter ${String(issue.maximum)} or less.` : undefined;
    default:
      return undefined;
  }
}

/** Parse options for `zodResolver(schema, formParseOptions)`. */
export const formParseOptions = { error: formErrorMessage };
