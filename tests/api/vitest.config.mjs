// vitest lives in web/node_modules, which is not an ancestor of this folder: the few packages the
// tests import (ajv, ajv-formats, yaml; pinned in web/package.json) are resolved from there.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

const web = createRequire(new URL('../../web/package.json', import.meta.url));
const fromWeb = (name) => dirname(web.resolve(`${name}/package.json`));

export default {
  resolve: { alias: { ajv: fromWeb('ajv'), 'ajv-formats': fromWeb('ajv-formats'), yaml: fromWeb('yaml') } },
  test: { globals: true, environment: 'node', include: ['**/*.test.ts'], testTimeout: 20000, fileParallelism: false },
};
