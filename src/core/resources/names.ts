/**
 * Legal Azure names for resources the generators add (NAT gateway, public IP, NSG, route table),
 * derived from names the plan already validated. Network child names allow letters, digits, `_ . -`,
 * start with a letter or digit and end with a letter, digit or `_`, at most 80 characters.
 * @see https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules
 */
export function networkName(prefix: string, base: string, maxLength = 80): string {
  const cleaned = `${prefix}${base}`.replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, maxLength);
  const trimmed = cleaned.replace(/[.-]+$/, '');
  const started = /^[A-Za-z0-9]/.test(trimmed) ? trimmed : `n${trimmed}`.slice(0, maxLength);
  return started === '' ? 'n' : started;
}

/** A Databricks workspace name (3–64 letters, digits, `_`, `-`) derived from the attached compute name. */
export function databricksWorkspaceName(computeName: string): string {
  return `dbw-${computeName}`.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 64);
}
