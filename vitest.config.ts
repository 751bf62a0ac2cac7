import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

// Three projects: pure code in node, React features in jsdom, and end-to-end journeys in a real
// Chromium against the built app (tests/e2e). `npm test` runs all three.
export default defineConfig((env) =>
  mergeConfig(
    viteConfig(env),
    defineConfig({
      test: {
        reporters: ['default', './tests/setup/plain-summary-reporter.ts'],
        projects: [
          {
            extends: true,
            test: {
              name: 'unit',
              environment: 'node',
              include: [
                'src/**/*.test.ts',
                'mocks/**/*.test.ts',
                'scripts/**/*.test.ts',
                'tests/lab/**/*.test.ts',
              ],
              setupFiles: ['tests/setup/fail-on-console-error.ts'],
            },
          },
          {
            extends: true,
            test: {
              name: 'dom',
              environment: 'jsdom',
              include: ['src/**/*.test.tsx'],
              setupFiles: [
                'tests/setup/fail-on-console-error.ts',
                'tests/setup/dom-layout-stubs.ts',
                'tests/setup/dom.ts',
              ],
            },
          },
          {
            extends: true,
            test: {
              name: 'e2e',
              environment: 'node',
              include: ['tests/e2e/**/*.spec.ts'],
              globalSetup: ['tests/e2e/global-setup.ts'],
              testTimeout: 60_000,
              hookTimeout: 180_000,
              fileParallelism: false,
            },
          },
        ],
      },
    }),
  ),
);
