/** Writes public/plan.schema.json from the zod plan schema (`npm run schema`). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planJsonSchema } from '../src/core/index.ts';

const target = fileURLToPath(new URL('../public/plan.schema.json', import.meta.url));
writeFileSync(target, planJsonSchema());
console.log(`wrote ${target.replace(process.cwd() + '/', '')}`);
