// Generates web/src/api/schema.gen.ts (TypeScript types of api/openapi.yaml) with
// openapi-typescript. The web app (web/src/api_types.ts) and the API tests (tests/api) use it.
//
//   node scripts/gen-api.mjs           write src/api/schema.gen.ts   (npm --prefix web run gen:api)
//   node scripts/gen-api.mjs --check   exit 1 when src/api/schema.gen.ts differs from what the spec
//                                      gives (scripts/test.sh runs this in the web unit phase)
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

const SPEC = new URL('../../api/openapi.yaml', import.meta.url);
const OUT = new URL('../src/api/schema.gen.ts', import.meta.url);
const REGENERATE = 'npm --prefix web run gen:api';

const HEADER = `// GENERATED FILE, DO NOT EDIT: the types of api/openapi.yaml, made by openapi-typescript
// (web/scripts/gen-api.mjs). Change the spec, then run \`${REGENERATE}\`; \`make test\` fails while
// this file is stale.
/* eslint-disable */

`;

const ast = await openapiTS(SPEC, { defaultNonNullable: false });
const text = HEADER + astToString(ast);

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    current = '';
  }
  if (current !== text) {
    console.error(
      `web/src/api/schema.gen.ts is stale: it does not match api/openapi.yaml. Regenerate it with \`${REGENERATE}\` and commit it.`,
    );
    process.exit(1);
  }
  console.log('web/src/api/schema.gen.ts matches api/openapi.yaml');
} else {
  writeFileSync(OUT, text);
  console.log('wrote web/src/api/schema.gen.ts');
}
