/** Saves `blob` as a file through the browser's download, without leaving the page. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
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

/** Saves data (text or bytes) of the given media type as a file. */
export function downloadData(fileName: string, data: BlobPart, type: string): void {
  downloadBlob(fileName, new Blob([data], { type }));
}

/** Saves `text` as a file (JSON unless said otherwise). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadData(fileName, text, type);
}
