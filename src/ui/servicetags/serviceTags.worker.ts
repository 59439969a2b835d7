/** Reads and parses a Service Tags file off the page's thread, so a 5 MB file never freezes the page. */
// The Service Tags part of core only: the whole surface would put every rule and generator in the worker.
import { parseServiceTags } from '../../core/servicetags/index.ts';
import type { ParseRequest, ParseResponse } from './protocol.ts';
import { keepRoutableTags } from './relevantTags.ts';

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<ParseRequest>) => void): void;
  postMessage(message: ParseResponse): void;
};

async function parse({ id, file, today }: ParseRequest): Promise<ParseResponse> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { id, ok: false, message: 'The file could not be read. Choose it again.' };
  }
  const result = parseServiceTags(text, { fileName: file.name, today });
  if (!result.ok) return { id, ok: false, message: result.message };
  return {
    id,
    ok: true,
    file: keepRoutableTags(result.file),
    tagCount: result.file.values.length,
    ...(result.fileDate ? { fileDate: result.fileDate } : {}),
    notices: result.notices,
  };
}

scope.addEventListener('message', (event) => {
  void parse(event.data).then((response) => scope.postMessage(response));
});
