import { defineConfig } from 'vitest/config';

/**
 * Unit, property and content tests (fast, no browser). Content tests read the content files
 * directly and validate them with the same zod schemas Astro uses at build time.
 * The browser suite has its own config: vitest.e2e.config.ts.
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'tests/built/**', 'node_modules/**'], // tests/built reads the build: vitest.built.config.ts
    benchmark: { include: ['tests/**/*.bench.ts'] },
  },
});
