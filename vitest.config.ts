import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Real-browser tests need Chromium and Jupyter: `npm run test:browser` (vitest.browser.config.ts).
    exclude: ['tests/browser/**', 'node_modules/**'],
    // Compiling lexicons and loading the wink model take a moment on a cold start.
    testTimeout: 30_000,
  },
});
