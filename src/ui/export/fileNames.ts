/** A folder or file name from the workspace name (letters, digits, `-`, `_`, `.`; never empty). */
export function bundleFolderName(workspaceName: string): string {
  const safe = workspaceName.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+|[.-]+$/g, '');
  return safe === '' ? 'aml-network' : safe;
}

/** The archive's file name: `<workspace>-aml-network.zip`. */
export function zipFileName(workspaceName: string): string {
  return `${bundleFolderName(workspaceName)}-aml-network.zip`;
}

/** The plan file's name, on export and inside the archive: `<workspace>.plan.json`, like the examples. */
export function planFileName(workspaceName: string): string {
  return `${bundleFolderName(workspaceName)}.plan.json`;
}
