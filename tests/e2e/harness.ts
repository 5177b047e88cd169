/**
 * Shared helpers for the browser suite: launch Debian's Chromium through playwright-core, open a
 * page while recording console errors and any request that leaves localhost, run axe-core.
 */
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { lancerChromium } from '../../scripts/chromium.mjs';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { cheminsDuSite } from '../built/html';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

/** Texts compared without caring about the kind of space (normal, U+00A0, U+202F): the typography has its own tests. */
export const norm = (s: string | null) =>
  (s ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export const siteUrl = () => inject('siteUrl');
export const siteDir = () => inject('siteDir');
export const siteBase = () => inject('siteBase');

export async function lancerNavigateur(): Promise<Browser> {
  return lancerChromium();
}

/**
 * One Chromium per test file: launched before its tests, closed after them. Returns a getter, since
 * the browser exists only once `beforeAll` has run. Every context a test opened is closed after it,
 * passed or failed, so a failing test never leaves pages running into the next one.
 */
export function navigateurPourCeFichier(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await lancerNavigateur();
  });
  afterEach(async () => {
    await Promise.all(browser?.contexts().map((c) => c.close()) ?? []);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Le navigateur n’est pas encore lancé (appelez-le dans un test).');
    return browser;
  };
}

/** Waits until the island holding `selecteur` is hydrated (Astro removes `ssr` from its astro-island once it has). */
export function hydratee(page: Page, selecteur: string) {
  return page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return el !== null && !el.closest('astro-island')?.hasAttribute('ssr');
  }, selecteur);
}

/** Scrolls to `selecteur` (a client:visible island hydrates when seen) and waits until it is hydrated. */
export async function hydrate(page: Page, selecteur: string) {
  await page.locator(selecteur).first().scrollIntoViewIfNeeded();
  await hydratee(page, selecteur);
}

/**
 * A chapter calculator (`client:interaction`, src/scripts/client-interaction.ts) hydrates at the first
 * interaction, not when seen: scrolls to `selecteur` (the field itself, or the widget holding it), enters
 * its first field as a keyboard user would (focus) and waits until the island is hydrated.
 */
export async function hydrateALInteraction(page: Page, selecteur: string) {
  const champ = page.locator(`:is(${selecteur}):is(input, select, textarea), :is(${selecteur}) :is(input, select, textarea)`).first();
  await champ.scrollIntoViewIfNeeded();
  await champ.focus();
  await hydratee(page, selecteur);
}

/** The exercise `type` of the page, once hydrated: its section and the seed of the variant it shows. */
export async function exerciceHydrate(page: Page, type: string) {
  await hydrate(page, `#exercice-${type}-reponse`);
  const widget = page.locator('section.exercice', { has: page.locator(`#exercice-${type}-reponse`) });
  const seed = Number(/variante n° (\d+)/.exec((await widget.locator('.widget__titre').textContent()) ?? '')?.[1]);
  return { widget, seed };
}

export interface PageSuivie {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  erreurs: string[];
  /** Requests to any host other than the local test server. */
  externes: string[];
}

/** Opens `chemin` (relative to the site base, e.g. "chapitres/histoire/") in a fresh context. */
export async function ouvrir(
  browser: Browser,
  chemin = '',
  options: {
    colorScheme?: 'light' | 'dark';
    viewport?: { width: number; height: number };
    /** Runs on the new page before it navigates (e.g. `page.route` for a request the page makes at load or when scrolled). */
    avantNavigation?: (page: Page) => Promise<unknown>;
  } = {},
): Promise<PageSuivie> {
  const context = await browser.newContext({
    locale: 'fr-FR',
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const erreurs: string[] = [];
  const externes: string[] = [];
  const origine = new URL(siteUrl()).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') erreurs.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => erreurs.push(`exception: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origine) && !url.startsWith('data:') && !url.startsWith('blob:')) externes.push(url);
  });
  await options.avantNavigation?.(page);
  await page.goto(new URL(chemin, siteUrl()).href, { waitUntil: 'load' });
  return { page, context, erreurs, externes };
}

export interface ViolationAxe {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** The axe-core rule sets every audit runs: WCAG 2.0, 2.1 and 2.2 (target size…) A and AA, and best practices. */
export const REGLES_AXE = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** Runs axe-core (WCAG 2.x A and AA rules plus best practices) and returns the violations, summarised. */
export async function auditAxe(page: Page): Promise<ViolationAxe[]> {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (regles) => {
    // @ts-expect-error -- injected global
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: regles } });
    return r.violations.map((v: { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  }, REGLES_AXE);
}

/** Every HTML page of the build, as paths relative to the base ("", "chapitres/histoire/", "404.html"). */
export const pagesDuSite = (dir = siteDir()): string[] => cheminsDuSite(dir);
