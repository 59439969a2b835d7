import type { FieldPath, FieldValues } from 'react-hook-form';

/**
 * Where a subnet's fields sit in its form: at the top for the compute subnet (`addressPrefix`), or under
 * `publicSubnet.` / `privateSubnet.` for the two Azure Databricks subnets. Names mirror the plan, so a
 * field's plan path is its section's path plus its name.
 */
export type SubnetBase = '' | 'publicSubnet.' | 'privateSubnet.';

/** The form path of a subnet field such as `addressPrefix` or `networkSecurityGroup.name`. */
export const subnetPath = <T extends FieldValues>(base: SubnetBase, field: string): FieldPath<T> =>
  `${base}${field}` as FieldPath<T>;
