/** Saves data as a file through the browser's download, without leaving the page. */
export function downloadBlob(fileName: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled so the download keeps its source.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
