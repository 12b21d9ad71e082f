import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/build-site.ts'],
    reporters: ['default', './tests/setup/summary-reporter.ts'],
    // Builds and browser tests take longer than unit tests.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
