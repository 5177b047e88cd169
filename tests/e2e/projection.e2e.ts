/**
 * Projection mode (issue 13), in Chromium on the built site: on a lecture hall's 1920×1080 and a
 * 1280×720 projector, light and dark — screenshots kept under test-results/projection/, axe clean,
 * no horizontal scroll on any block, body text of at least 28 px at 1920×1080, no site chrome; toggled
 * by the header button and by Alt+Maj+P, remembered after a reload; one block at a time, moved with
 * the arrows and Page précédente / Page suivante; its code loaded only once the mode is used.
 */
import { describe, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { auditAxe, ouvrir, navigateurPourCeFichier, pagesDuSite, siteUrl } from './harness';

const navigateur = navigateurPourCeFichier();
const CHAPITRE = 'chapitres/depassements/';
const ECRANS = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
] as const;
const DOSSIER_CAPTURES = 'test-results/projection';

/** The position the bar announces: [current, total]. */
async function position(page: Page): Promise<[number, number]> {
  const t = (await page.locator('.projection-barre [data-position]').textContent()) ?? '';
  const m = /Bloc (\d+) sur (\d+)/.exec(t);
  return m ? [Number(m[1]), Number(m[2])] : [0, 0];
}

/** Blocks of the article actually rendered (display not none), by their class names. */
const blocsVisibles = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main article :is(.widget, .encadre)')]
      .filter((b) => !b.parentElement?.closest('main article :is(.widget, .encadre)'))
      .filter((b) => b.checkVisibility())
      .map((b) => b.className),
  );

/** Site chrome still rendered: header, footer, sidebars, chapter navigation. */
const chromeVisible = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('.entete, .pied, .barre-laterale, .sur-cette-page, .precedent-suivant')].filter((e) => e.checkVisibility())
        .length,
  );

describe('mode projection', () => {
  for (const ecran of ECRANS) {
    for (const theme of ['light', 'dark'] as const) {
      test(`${ecran.width}×${ecran.height} (${theme === 'light' ? 'clair' : 'sombre'}) : grand texte, sans chrome, axe propre, sans défilement horizontal sur chaque bloc`, async () => {
        const { page, context, erreurs } = await ouvrir(navigateur(), CHAPITRE, { colorScheme: theme, viewport: ecran });
        await page.keyboard.press('Alt+Shift+P');
        await expect.poll(() => position(page)).not.toEqual([0, 0]);
        expect(await page.locator('html').getAttribute('data-projection')).toBe('');
        expect(await chromeVisible(page)).toBe(0);
        const [, total] = await position(page);
        expect(total).toBeGreaterThan(5);
        const texte = () =>
          page.evaluate(() => {
            const tailles = [...document.querySelectorAll<HTMLElement>('[data-projection-courant] :is(p, li)')]
              .filter((e) => e.checkVisibility() && !e.closest('.champ__aide, .trace, .exercice__tentatives'))
              .map((e) => parseFloat(getComputedStyle(e).fontSize));
            return { corps: parseFloat(getComputedStyle(document.body).fontSize), min: Math.min(...tailles) };
          });
        if (ecran.width === 1920) {
          const t = await texte();
          expect(t.corps).toBeGreaterThanOrEqual(28);
          expect(t.min).toBeGreaterThanOrEqual(28);
        }
        mkdirSync(DOSSIER_CAPTURES, { recursive: true });
        await page.screenshot({ path: `${DOSSIER_CAPTURES}/${ecran.width}x${ecran.height}-${theme}-bloc-1.png` });
        expect(await auditAxe(page)).toEqual([]);

        // Every block, one at a time: never wider than the screen; the first calculator, hydrated, is
        // photographed and audited too.
        let calculateurVu = false;
        for (let n = 1; n <= total; n++) {
          await expect.poll(() => position(page)).toEqual([n, total]);
          expect(await blocsVisibles(page)).toHaveLength(1);
          await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
          const classes = (await blocsVisibles(page))[0]!;
          if (!calculateurVu && classes.includes('calculateur')) {
            calculateurVu = true;
            // A chapter calculator hydrates at the first interaction (client:interaction): enter its first
            // field, then leave it so that the arrows go on moving between blocks.
            const champ = page.locator('[data-projection-courant] :is(input, select)').first();
            await champ.focus();
            await page.waitForFunction(() => !document.querySelector('[data-projection-courant]')?.closest('astro-island')?.hasAttribute('ssr'));
            await champ.blur();
            await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
            await page.screenshot({ path: `${DOSSIER_CAPTURES}/${ecran.width}x${ecran.height}-${theme}-calculateur.png` });
            const violations = await auditAxe(page);
            expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
          }
          await page.keyboard.press('ArrowRight');
        }
        expect(calculateurVu).toBe(true);
        expect(erreurs).toEqual([]);
        await context.close();
      });
    }
  }

  test('chaque page du cours, déjà en projection au chargement, aux deux tailles : sans chrome ni défilement horizontal', async () => {
    // Embeds and printed sheets have no site chrome to hide and no « Projeter » button: they are bare by design.
    const pages = pagesDuSite().filter((c) => !c.startsWith('integrer/') && !['enseigner/fiche/', 'enseigner/corrige/'].includes(c));
    expect(pages.length).toBeGreaterThan(5);
    for (const ecran of ECRANS) {
      const { page, context, erreurs } = await ouvrir(navigateur(), '', { viewport: ecran });
      await page.getByRole('button', { name: 'Projeter' }).click();
      // The header's script may still be starting (after the first paint): the click is taken then.
      await expect.poll(() => page.evaluate(() => localStorage.getItem('secteurs:projection'))).toBe('1');
      for (const chemin of pages) {
        await page.goto(new URL(chemin, siteUrl()).href);
        await expect.poll(() => page.locator('.projection-barre').count(), { message: chemin }).toBe(1);
        expect(await chromeVisible(page), chemin).toBe(0);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), chemin).toBeLessThanOrEqual(0);
      }
      expect(erreurs).toEqual([]);
      await context.close();
    }
  });

  test('bouton de l’en-tête, mémorisé au rechargement, puis quitté ; code chargé seulement à l’usage', async () => {
    const { page, context, erreurs } = await ouvrir(navigateur(), CHAPITRE, { viewport: { width: 1280, height: 720 } });
    const charges: string[] = [];
    page.on('request', (r) => charges.push(new URL(r.url()).pathname));
    const bouton = page.getByRole('button', { name: 'Projeter' });
    await expect.poll(() => bouton.isVisible()).toBe(true);
    expect(await bouton.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+P');
    expect(await bouton.getAttribute('title')).toContain('Alt+Maj+P');
    await page.waitForLoadState('networkidle');
    expect(charges.filter((c) => /\/projection\.[^/]*\.js$/.test(c))).toEqual([]);

    await bouton.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => position(page)).not.toEqual([0, 0]);
    // The header (and the button) is hidden: the focus moved to the bar, not lost.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.projection-barre') !== null)).toBe(true);
    expect(charges.filter((c) => /\/projection\.[^/]*\.js$/.test(c))).toHaveLength(1);
    expect(await chromeVisible(page)).toBe(0);

    await page.reload();
    // Remembered: applied before the scripts run (no chrome at first paint), then the bar comes back.
    expect(await page.locator('html').getAttribute('data-projection')).toBe('');
    await expect.poll(() => position(page)).not.toEqual([0, 0]);
    expect(await chromeVisible(page)).toBe(0);

    await page.getByRole('button', { name: 'Quitter la projection' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.projection-barre').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-projection-bouton'))).toBe(true);
    expect(await page.locator('html').getAttribute('data-projection')).toBeNull();
    expect(await chromeVisible(page)).toBeGreaterThan(0);
    expect((await blocsVisibles(page)).length).toBeGreaterThan(5);
    await page.reload();
    await expect.poll(() => bouton.isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('data-projection')).toBeNull();
    expect(await bouton.getAttribute('aria-pressed')).toBe('false');
    expect(erreurs).toEqual([]);
    await context.close();
  });

  test('précédent / suivant au clavier (flèches, Page précédente / suivante), pas dans un champ ; raccourci pour quitter', async () => {
    const { page, context, erreurs } = await ouvrir(navigateur(), CHAPITRE, { viewport: { width: 1920, height: 1080 } });
    await page.keyboard.press('Alt+Shift+P');
    await expect.poll(() => position(page)).not.toEqual([0, 0]);
    const [, total] = await position(page);
    const premier = await blocsVisibles(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => position(page)).toEqual([2, total]);
    await page.keyboard.press('PageDown');
    await expect.poll(() => position(page)).toEqual([3, total]);
    await page.keyboard.press('PageUp');
    await expect.poll(() => position(page)).toEqual([2, total]);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => position(page)).toEqual([1, total]);
    expect(await blocsVisibles(page)).toEqual(premier);
    // At the first block, « Précédent » stays put (and says it is unavailable).
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => position(page)).toEqual([1, total]);
    expect(await page.getByRole('button', { name: '← Précédent' }).getAttribute('aria-disabled')).toBe('true');
    // The bar's buttons, by keyboard.
    await page.getByRole('button', { name: 'Suivant →' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => position(page)).toEqual([2, total]);

    // In a field, the arrows move the caret: go to the first calculator, type, press ← →.
    for (let n = 2; n <= total && !(await blocsVisibles(page))[0]!.includes('calculateur'); n++) await page.keyboard.press('ArrowRight');
    const ici = await position(page);
    const champ = page.locator('[data-projection-courant] input[type="text"]:not([id*="date"])').first();
    const valeur = await champ.inputValue();
    await champ.focus();
    // Entering the field hydrates the calculator (client:interaction).
    await page.waitForFunction(() => !document.querySelector('[data-projection-courant]')?.closest('astro-island')?.hasAttribute('ssr'));
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('PageDown');
    await page.keyboard.type('5');
    // The caret moved one character left (the 5 lands before the last one), and the block did not change.
    await expect.poll(() => champ.inputValue()).toBe(`${valeur.slice(0, -1)}5${valeur.slice(-1)}`);
    expect(await position(page)).toEqual(ici);

    // Alt+Maj+P again leaves the mode.
    await page.keyboard.press('Alt+Shift+P');
    await expect.poll(() => page.locator('.projection-barre').count()).toBe(0);
    expect(await chromeVisible(page)).toBeGreaterThan(0);
    expect(erreurs).toEqual([]);
    await context.close();
  });
});
