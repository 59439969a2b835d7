/** Writes public/plan.schema.json from the zod plan schema (`npm run schema`), only when it changed. */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planJsonSchema } from '../src/core/index.ts';

const target = fileURLToPath(new URL('../public/plan.schema.json', import.meta.url));
const shown = relative(process.cwd(), target);
const schema = planJsonSchema();

let current: string | undefined;
try {
  current = readFileSync(target, 'utf8');
} catch {
  current = undefined;
}

if (current === schema) {
  console.log(`${shown} is up to date`);
} else {
  writeFileSync(target, schema);
  console.log(`wrote ${shown}`);
}
