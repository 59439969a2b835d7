import { toNestErrors, validateFieldsNatively } from '@hookform/resolvers';
import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type * as z from 'zod/mini';

/**
 * The fields' first messages from a failed parse, as `zodResolver` reads zod 4 issues with rhf's default
 * `criteriaMode` ('firstError'): the first issue of each path; for a union, the first issue of the branch
 * closest to matching (fewest issues), each nested issue under its union's path.
 */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[]): Record<string, FieldError> {
  const errors: Record<string, FieldError> = Object.create(null) as Record<string, FieldError>;
  const queue = [...issues];
  for (let issue = queue.shift(); issue; issue = queue.shift()) {
    const path = issue.path.join('.');
    if (issue.code === 'invalid_union') {
      const branches = issue.errors;
      if (!errors[path] && branches.length > 0) {
        const closest = branches.reduce((best, branch) => (branch.length < best.length ? branch : best));
        const first = closest[0];
        errors[path] = { message: first?.message ?? issue.message, type: first?.code ?? issue.code };
      }
      for (const branch of branches)
        for (const nested of branch) queue.push({ ...nested, path: [...issue.path, ...nested.path] });
    }
    errors[path] ??= { message: issue.message, type: issue.code };
  }
  return errors;
}

/**
 * A react-hook-form resolver over a parse the caller already makes (see `rememberingLastParse`): valid values
 * and invalid ones are judged from that one parse, never parsed a second time for the messages. `parse` must
 * give the messages the fields show (parse with the form's options).
 */
export function parseResolver<Input extends FieldValues, Output>(
  parse: (values: Input) => z.core.util.SafeParseResult<Output>,
): Resolver<Input, unknown, Output> {
  return (values, _context, options) => {
    const result = parse(values);
    if (result.success) {
      if (options.shouldUseNativeValidation) validateFieldsNatively({}, options);
      return { values: result.data, errors: {} };
    }
    return {
      values: {},
      errors: toNestErrors(fieldErrorsOf(result.error.issues), options) as FieldErrors<Input>,
    };
  };
}
