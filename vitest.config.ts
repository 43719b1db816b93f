import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Compiling lexicons and loading the wink model take a moment on a cold start.
    testTimeout: 30_000,
  },
});
