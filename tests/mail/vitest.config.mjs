export default { test: { globals: true, environment: 'node', include: ['**/*.test.ts'], testTimeout: 60000, fileParallelism: false } }
