import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'eval/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 20000,
    reporters: ['default', './scripts/summary-reporter.js'],
    globalSetup: ['./scripts/test-build.js'],
  },
});
