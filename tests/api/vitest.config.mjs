export default { test: { globals: true, environment: 'node', include: ['**/*.test.ts'], testTimeout: 20000, fileParallelism: false } }
