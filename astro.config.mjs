// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

/**
 * `SITE` and `BASE` come from the environment so the same build can be hosted
 * at a domain root or under a sub-path (a university server, GitHub Pages):
 *   SITE=https://exemple.univ.fr BASE=/cours/secteurs npm run build
 */
const base = process.env.BASE ?? '/';

export default defineConfig({
  site: process.env.SITE ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact()],
  devToolbar: { enabled: false },
});
