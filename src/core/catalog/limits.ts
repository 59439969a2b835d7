/**
 * Azure limits a plan is checked against (REQUIREMENTS.md §2, §6, §9). Data only; the checks live in
 * `src/core/rules`.
 * @see https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits
 */

/** The smallest subnet Azure creates: /29 (8 addresses, 3 usable). */
export const SUBNET_SMALLEST_LENGTH = 29;

/** The largest subnet Azure creates: /2. */
export const SUBNET_LARGEST_LENGTH = 2;

/** Subnets per virtual network. */
export const SUBNETS_PER_VNET = 3000;

/** Above this share of a subnet's usable addresses, capacity is reported as a warning. */
export const CAPACITY_WARNING_RATIO = 0.8;

/**
 * Azure Databricks VNet injection: the VNet's address space must be between /16 and /24, and each of
 * the two subnets should be /26 or larger.
 * @see https://learn.microsoft.com/azure/databricks/security/network/classic/vnet-inject
 */
export const DATABRICKS_VNET_LENGTH = { largest: 16, smallest: 24 } as const;
export const DATABRICKS_SUBNET_SMALLEST_LENGTH = 26;

/** Addresses one node or instance takes in its subnet. */
export const ADDRESSES_PER_NODE = 1;
