import { defineConfig } from 'vitest/config';

/**
 * End-to-end suite: a real Chromium (Debian's, driven by playwright-core) against the built site,
 * served on localhost by scripts/static-server.mjs under a non-root base path.
 * Run through `npm test` (which builds first) or `npm run test:e2e` after a build into dist-e2e/.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits on a condition; its 1 s default is too short on a machine shared with builds.
    expect: { poll: { timeout: 10_000 } },
    // Two cores: two browsers at once is the most this machine runs well.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
