// Vitest setup for the browser tests in test/e2e (real chromium, one at a time).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    fileParallelism: false,
    // A browser walk through a whole flow takes 20–90 s on a shared 2-core machine; a time-out is not a finding.
    testTimeout: 240_000,
    hookTimeout: 60_000,
  },
});
