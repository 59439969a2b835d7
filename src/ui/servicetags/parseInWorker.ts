import type { ParseRequest, ParseResponse } from './protocol.ts';
import type { FileLike, ParseOutcome } from './serviceTagsStore.ts';

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, (response: ParseResponse) => void>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./serviceTags.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<ParseResponse>) => {
      pending.get(event.data.id)?.(event.data);
      pending.delete(event.data.id);
    });
    worker.addEventListener('error', () => {
      const message = 'Reading the file failed in the browser. Reload the page and try again.';
      pending.forEach((resolve, id) => resolve({ id, ok: false, message }));
      pending.clear();
      worker = undefined;
    });
  }
  return worker;
}

/**
 * Reads and parses a Service Tags file in a Web Worker: the page's thread only posts the file handle and
 * receives the tags routes can use, so it stays responsive while a large file is parsed.
 */
export function parseInWorker(file: FileLike, today: string): Promise<ParseOutcome> {
  return new Promise((resolve) => {
    const id = (nextId += 1);
    pending.set(id, (response) => {
      if (!response.ok) return resolve({ ok: false, message: response.message });
      const { file: parsed, tagCount, fileDate, notices } = response;
      const input = { file: parsed, fileName: file.name, today };
      resolve({ ok: true, loaded: { input, tagCount, notices, ...(fileDate ? { fileDate } : {}) } });
    });
    const request: ParseRequest = { id, file: file as File, today };
    try {
      getWorker().postMessage(request);
    } catch {
      pending.delete(id);
      resolve({
        ok: false,
        message: 'This browser cannot read the file in the background. Use a current browser.',
      });
    }
  });
}
