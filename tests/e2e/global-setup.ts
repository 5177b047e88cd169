import type { TestProject } from 'vitest/node';
import { demarrerServeur } from '../../scripts/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    siteDir: string;
    siteBase: string;
  }
}

/** Serves the e2e build (E2E_DIR, built under E2E_BASE) on a free localhost port for every test file. */
export default async function setup(project: TestProject) {
  const dir = process.env.E2E_DIR ?? 'dist-e2e';
  const base = process.env.E2E_BASE ?? '/cours/secteurs/';
  const serveur = await demarrerServeur({ dir, base, port: 0 });
  project.provide('siteUrl', serveur.url);
  project.provide('siteDir', dir);
  project.provide('siteBase', base);
  return async () => {
    await serveur.close();
  };
}
