/** One entry of `Microsoft.Authorization/permissions`: what one role assignment lets the caller do. */
export interface ArmPermission {
  readonly actions: readonly string[];
  readonly notActions: readonly string[];
  readonly dataActions: readonly string[];
  readonly notDataActions: readonly string[];
}

/** `Microsoft.Network/*`, `*\/read`: `*` matches any run of characters; actions compare case-insensitively. */
function matches(pattern: string, action: string): boolean {
  const escaped = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${escaped}$`, 'i').test(action);
}

/**
 * True when some permission entry allows `action` and that entry's `notActions` don't take it away
 * (Azure RBAC evaluates each role assignment's actions minus its notActions, then unions the results).
 * @see https://learn.microsoft.com/azure/role-based-access-control/role-definitions#notactions
 */
export function isActionAllowed(permissions: readonly ArmPermission[], action: string): boolean {
  return permissions.some(
    (permission) =>
      permission.actions.some((pattern) => matches(pattern, action)) &&
      !permission.notActions.some((pattern) => matches(pattern, action)),
  );
}

/** Actions the rbac-join requirement names: joining compute to a customer VNet subnet. */
export const JOIN_ACTIONS = [
  'Microsoft.Network/virtualNetworks/join/action',
  'Microsoft.Network/virtualNetworks/subnets/join/action',
] as const;
