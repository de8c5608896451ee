import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

/**
 * Three projects: `unit` runs the domain, readers, database and components
 * under happy-dom with fake-indexeddb and one stubbed `browser`; `build` checks
 * the built dists (manifests, linter, sizes, no eval); `e2e` drives the built
 * extension in real Chromium and Firefox ESR. `npm test` builds first.
 */
export default defineConfig({
  define: { __AFTERVIEW_E2E__: 'false' },
  test: {
    projects: [
      {
        plugins: [preact()],
        define: { __AFTERVIEW_E2E__: 'false' },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup/unit.ts'],
          // Beside the browser suites on two busy cores, a test that fills the database can take more than vitest's 5 s.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { concurrent: false },
        },
      },
    ],
  },
});
