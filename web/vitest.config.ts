import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}'],
      setupFiles: ['src/test/setup.ts'],
      restoreMocks: true,
      // Generous: a loaded 2-core machine renders a form in seconds; a timeout is not a
      // speed assertion (speed is measured by make bench, never by unit tests).
      testTimeout: 60000,
    },
  }),
);
