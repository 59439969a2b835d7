import * as z from 'zod/mini';
import { nameProblem, resourceGroupNameRule } from './names.ts';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NAMESPACE = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)+$/;
const TYPE = /^[A-Za-z][A-Za-z0-9]*$/;
// Letters, digits, underscores, periods, hyphens and parentheses: every name the plan can refer to
// (network resources, VMs, clusters) fits, and nothing a shell, template or script would read as syntax.
const NAME = /^[A-Za-z0-9_.()-]{1,260}$/;

/** The resource id's form, for messages. */
export const RESOURCE_ID_FORM =
  '/subscriptions/<subscription id>/resourceGroups/<group>/providers/<namespace>/<type>/<name>';

/** A character that can't be in any segment, shown so the user sees it even when it is invisible. */
function shown(ch: string): string {
  return /[\s\p{C}]/u.test(ch)
    ? `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
    : `"${ch}"`;
}

function segmentProblem(segment: string, label: string): string | undefined {
  if (segment === '') return `its ${label} is empty`;
  const bad = [...segment].find((ch) => !/[A-Za-z0-9_.()-]/.test(ch));
  if (bad !== undefined)
    return `its ${label} ${JSON.stringify(segment)} has ${shown(bad)}, which no Azure resource name has`;
  return NAME.test(segment) ? undefined : `its ${label} is longer than 260 characters`;
}

/** What is wrong with the part after `/providers/`: namespace, then type/name pairs. */
function providerProblem(parts: readonly string[]): string | undefined {
  const [namespace = '', ...rest] = parts;
  if (!NAMESPACE.test(namespace))
    return `"${namespace}" is not a resource provider namespace such as Microsoft.Network`;
  if (rest.length === 0 || rest.length % 2 !== 0) return 'it must end with a resource type and a name';
  for (let i = 0; i < rest.length; i += 2) {
    const type = rest[i] ?? '';
    if (!TYPE.test(type)) return `"${type}" is not a resource type such as virtualMachines`;
    const problem = segmentProblem(rest[i + 1] ?? '', 'name');
    if (problem) return problem;
  }
  return undefined;
}

/**
 * What is wrong with `value` as an Azure resource id, or undefined. The grammar is
 * `/subscriptions/<guid>/resourceGroups/<group>/providers/<namespace>/<type>/<name>[/<type>/<name>]…`;
 * the keywords are case-insensitive, as in ARM.
 * @see https://learn.microsoft.com/azure/azure-resource-manager/templates/template-functions-resource#resourceid
 * @see https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules
 */
export function resourceIdProblem(value: string): string | undefined {
  const [empty, subscriptions, subscription = '', groups, group = '', providers, ...rest] = value.split('/');
  if (empty !== '' || subscriptions?.toLowerCase() !== 'subscriptions')
    return 'it must start with /subscriptions/';
  if (!GUID.test(subscription)) return `its subscription id ${JSON.stringify(subscription)} is not a GUID`;
  if (groups?.toLowerCase() !== 'resourcegroups')
    return 'the subscription id must be followed by /resourceGroups/';
  const groupProblem = segmentProblem(group, 'resource group') ?? nameProblem(resourceGroupNameRule, group);
  if (groupProblem) return groupProblem.replace(/\.$/, '');
  if (providers?.toLowerCase() !== 'providers') return 'the resource group must be followed by /providers/';
  return providerProblem(rest);
}

/** The message for a resource id that fails {@link resourceIdProblem}, with the form and an example. */
export function resourceIdMessage(problem: string, example: string = RESOURCE_ID_FORM): string {
  return `This is not a resource id: ${problem}. Write the full id, such as ${example}.`;
}

/**
 * A zod string that is a resource id by the grammar, optionally of one provider type
 * (`Microsoft.Compute/virtualMachines`), whose last name can be checked further by `lastName`.
 */
export function resourceIdSchema(
  options: { type?: string; example?: string; lastName?: (name: string) => string | undefined } = {},
) {
  const { type, example = RESOURCE_ID_FORM, lastName } = options;
  return z.string().check(
    z.superRefine((value, ctx) => {
      const problem = resourceIdProblem(value) ?? typeProblem(value, type);
      if (problem) {
        ctx.addIssue({ code: 'custom', message: resourceIdMessage(problem, example) });
        return;
      }
      const nameIssue = lastName?.(value.slice(value.lastIndexOf('/') + 1));
      if (nameIssue) ctx.addIssue({ code: 'custom', message: nameIssue });
    }),
    z.meta({ description: `An Azure resource id: ${example}` }),
  );
}

/** When `type` is given, the id must be of a top-level resource of that type. */
function typeProblem(value: string, type: string | undefined): string | undefined {
  if (type === undefined) return undefined;
  const provider = value.split('/').slice(6);
  const actual = provider.slice(0, -1).join('/');
  return actual.toLowerCase() === type.toLowerCase()
    ? undefined
    : `it must name a ${type} resource, not "${actual}"`;
}
