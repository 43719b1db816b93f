import { defineConfig } from 'vitest/config';

/** Browser tests (`npm run test:browser`): real Chromium against the HTML exports and a live Jupyter. */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 180_000,
    // One Chromium and one Jupyter at a time: they are heavy and the order keeps logs readable.
    fileParallelism: false,
  },
});
