#!/usr/bin/env node
// Writes fragbundle.schema.json from the schema the validator uses (src/config/schema.ts), so the
// published schema and the checks can never disagree. Run after `tsc`: `npm run schema`.
import { writeFileSync } from 'node:fs';

const { CONFIG_SCHEMA } = await import('../dist/src/config/schema.js');
writeFileSync(new URL('../fragbundle.schema.json', import.meta.url), `${JSON.stringify(CONFIG_SCHEMA, null, 2)}\n`);
console.log('wrote fragbundle.schema.json');
