import type * as z from 'zod/mini';

/** `values[12].properties.addressPrefixes[3]` */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `the ${typeof value} ${JSON.stringify(value)}`;
}

function oneOf(values: readonly unknown[]): string {
  const shown = values.map((value) => JSON.stringify(value));
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}` : shown.join('');
}

const EXPECTED: Readonly<Record<string, string>> = {
  array: 'a list',
  object: 'an object',
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

const UNITS: Readonly<Record<string, string>> = {
  string: 'characters',
  file: 'bytes',
  array: 'items',
  set: 'items',
  map: 'entries',
};

/**
 * A size or range issue in the words zod's English locale gives it ("Too small: expected number to be >=0").
 * The file schema's limits carry no messages of their own, and zod/mini loads no locale: the Service Tags
 * worker, which doesn't load the plan schema (where the locale is set), would otherwise say "Invalid input".
 */
function sizeWords(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall): string {
  const big = issue.code === 'too_big';
  const limit = big ? issue.maximum : issue.minimum;
  const comparison = issue.exact ? 'exactly ' : `${big ? '<' : '>'}${issue.inclusive ? '=' : ''}`;
  const unit = UNITS[issue.origin];
  const expected = unit ? `to have ${comparison}${limit} ${unit}` : `to be ${comparison}${limit}`;
  return `Too ${big ? 'big' : 'small'}: expected ${issue.origin} ${expected}`;
}

/** What is wrong at one place, in words (the place itself is added by the caller). */
function problem(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return `should be ${EXPECTED[issue.expected] ?? issue.expected}, not ${typeName(issue.input)}`;
    case 'invalid_value':
      return `is ${typeName(issue.input)}; expected ${oneOf(issue.values)}`;
    case 'invalid_format':
      return `is ${typeName(issue.input)}, which ${issue.message}`;
    case 'too_small':
      return issue.origin === 'string' ? 'is empty' : `is too small (${sizeWords(issue)})`;
    case 'too_big':
      return sizeWords(issue);
    default:
      return issue.message;
  }
}

/** The tag an issue lies in, when it lies inside `values[i]` and that entry has a name. */
function tagOf(path: readonly PropertyKey[], data: unknown): string | undefined {
  if (path[0] !== 'values' || typeof path[1] !== 'number') return undefined;
  const values = (data as { values?: unknown }).values;
  const entry = Array.isArray(values) ? (values[path[1]] as { name?: unknown } | undefined) : undefined;
  return typeof entry?.name === 'string' && entry.name ? entry.name : undefined;
}

/**
 * One sentence per schema problem, naming the tag it is in when there is one:
 * `tag "Storage.EastUS2" (values[12]): properties.addressPrefixes is missing`.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], data: unknown, limit = 3): string {
  const sentences = issues.slice(0, limit).map((issue) => {
    const where = formatIssuePath(issue.path);
    const tag = tagOf(issue.path, data);
    if (tag === undefined) return `${where ? `"${where}"` : 'the file'} ${problem(issue)}`;
    const inner = formatIssuePath(issue.path.slice(2));
    return `tag "${tag}" (values[${String(issue.path[1])}]): ${inner ? `"${inner}"` : 'the entry'} ${problem(issue)}`;
  });
  const more = issues.length > limit ? `; and ${issues.length - limit} more problems` : '';
  return sentences.join('; ') + more;
}
