import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/extension/test/**/*.test.ts',
      'eval/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    testTimeout: 20000,
    reporters: ['default', './scripts/summary-reporter.js'],
    globalSetup: ['./scripts/test-build.js'],
  },
});
