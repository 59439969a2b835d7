import { createArmClient, type ArmClient } from '../../azure/arm/index.ts';
import type { SignInSession } from '../../azure/msal/index.ts';
import { regionSuggestions } from '../forms/regionSuggestions.ts';
import type { SuggestOption, Suggestions } from '../forms/SuggestField.tsx';
import { vmSizeSuggestions } from '../forms/vmSizeSuggestions.ts';

/** What a box can ask the signed-in account to suggest. */
export type AccountRequest =
  | { readonly kind: 'subscriptions' }
  | { readonly kind: 'resourceGroups'; readonly subscriptionId: string }
  | { readonly kind: 'regions'; readonly subscriptionId: string }
  | {
      readonly kind: 'vmSizes';
      readonly subscriptionId: string;
      readonly region: string;
      /** Azure Machine Learning's name of the compute type (`AmlCompute`, `ComputeInstance`); all when absent. */
      readonly computeType?: string;
    };

/** A stable key per request, to keep one read per list. */
const requestKey = (request: AccountRequest): string => JSON.stringify(request);

function fromOptions(options: readonly SuggestOption[], describe: Suggestions['describe']): Suggestions {
  return { options, describe };
}

/** The account's subscriptions: the id is what the box takes, the display name what a person knows. */
async function subscriptions(client: ArmClient): Promise<Suggestions> {
  const { items } = await client.listSubscriptions();
  const byId = new Map(items.map((item) => [item.subscriptionId.toLowerCase(), item]));
  return fromOptions(
    items.map((item) => ({ value: item.subscriptionId, label: item.displayName || item.subscriptionId })),
    (value) => {
      const item = byId.get(value.trim().toLowerCase());
      return item && `${item.displayName || 'A subscription'} (${item.state}), in your account.`;
    },
  );
}

async function resourceGroups(client: ArmClient, subscriptionId: string): Promise<Suggestions> {
  const { items } = await client.listResourceGroups(subscriptionId);
  const byName = new Map(items.map((item) => [item.name.toLowerCase(), item]));
  return fromOptions(
    items.map((item) => ({ value: item.name, label: item.region })),
    (value) => {
      const item = byName.get(value.trim().toLowerCase());
      return item
        ? `An existing resource group of this subscription, in ${item.region}.`
        : 'This subscription has no resource group of this name yet.';
    },
  );
}

/**
 * The regions the subscription can deploy to, by ARM name with their display names; a region it doesn't list
 * is said so under the box (a typo, or a region the subscription has no access to).
 */
async function regions(client: ArmClient, subscriptionId: string): Promise<Suggestions> {
  const { items } = await client.listLocations(subscriptionId);
  const names = new Set(items.map((item) => item.name.toLowerCase()));
  return fromOptions(
    items.map((item) => ({ value: item.name, label: item.displayName })),
    (value) => {
      if (!names.has(value.trim().toLowerCase()))
        return 'Your subscription doesn’t list this region: check the name, or choose one from the list.';
      const known = regionSuggestions.describe(value);
      return `${known ?? ''} Offered to your subscription.`.trim();
    },
  );
}

/**
 * The sizes Azure Machine Learning offers this subscription in this region (for the compute type), each with
 * what the catalogue knows of it; a size the region doesn't offer is said so under the box.
 */
async function vmSizes(
  client: ArmClient,
  subscriptionId: string,
  region: string,
  computeType: string | undefined,
): Promise<Suggestions> {
  const { items } = await client.listMlVmSizes(subscriptionId, region);
  const offered = items.filter(
    (item) => computeType === undefined || item.supportedComputeTypes.includes(computeType),
  );
  const names = new Map(offered.map((item) => [item.name.toLowerCase(), item]));
  return fromOptions(
    offered.map((item) => ({
      value: item.name,
      label: `${item.vCPUs} vCPUs${item.family ? ` · ${item.family}` : ''}`,
    })),
    (value) => {
      const item = names.get(value.trim().toLowerCase());
      if (!item)
        return `Azure Machine Learning doesn’t offer this size to your subscription in ${region} for this compute: choose one from the list, or another region.`;
      const known = vmSizeSuggestions.describe(item.name);
      return `${known ?? `${item.vCPUs} vCPUs.`} Offered to your subscription in ${region}.`;
    },
  );
}

/**
 * The lists a signed-in person's boxes suggest from, read through `client` once each (GET only); a failed read
 * is tried again when next asked.
 */
export function accountListsOf(client: ArmClient): (request: AccountRequest) => Promise<Suggestions> {
  const cache = new Map<string, Promise<Suggestions>>();
  return (request) => {
    const key = requestKey(request);
    let list = cache.get(key);
    if (!list) {
      list =
        request.kind === 'subscriptions'
          ? subscriptions(client)
          : request.kind === 'resourceGroups'
            ? resourceGroups(client, request.subscriptionId)
            : request.kind === 'regions'
              ? regions(client, request.subscriptionId)
              : vmSizes(client, request.subscriptionId, request.region, request.computeType);
      list.catch(() => cache.delete(key));
      cache.set(key, list);
    }
    return list;
  };
}

/** {@link accountListsOf} over the same GET-only ARM client as the audit, for this sign-in. */
export function accountLists(session: SignInSession): (request: AccountRequest) => Promise<Suggestions> {
  return accountListsOf(
    createArmClient({
      fetch: (url, init) => window.fetch(url, init),
      getToken: (options) => session.getToken(options),
    }),
  );
}
