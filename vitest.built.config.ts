import { defineConfig } from 'vitest/config';

/**
 * Checks of the built site's HTML without a browser (markup, typography, search attributes):
 * run by `npm test` after the build into E2E_DIR (dist-e2e/), before the browser suite.
 */
export default defineConfig({
  test: {
    include: ['tests/built/**/*.test.ts'],
  },
});
