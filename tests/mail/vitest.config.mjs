// The mail tests share the API tests' client, which validates answers against the spec with
// packages resolved from web/node_modules: reuse that config's aliases.
import api from '../api/vitest.config.mjs';

export default {
  resolve: api.resolve,
  test: { globals: true, environment: 'node', include: ['**/*.test.ts'], testTimeout: 60000, fileParallelism: false },
};
