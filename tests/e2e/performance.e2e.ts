/**
 * What loads when, as a reader sees it (issue 12): the self-assessment's start screen works without
 * the exam engine, which arrives when an exam starts; its screen does not shift while the island or
 * the engine loads (for a new visitor and for one resuming a stored exam); the header search's code
 * loads when the reader goes to the search box; « Ma progression » shows the stored progress without
 * Preact, and its export/import/reset code arrives at the first action; a chapter's calculator shows the
 * server's result when scrolled into view, without the engine, and hydrates when the reader enters one of
 * its fields, keeping what was typed meanwhile. Module fetches are slowed on
 * purpose so that the intermediate states are painted, as on a slow phone: a shift would then be seen.
 */
import { describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { hydratee, navigateurPourCeFichier, norm, REGLES_AXE, siteUrl } from './harness';

const navigateur = navigateurPourCeFichier();
/** Loading waits: modules are slowed on purpose, and the machine may be busy. */
const ATTENTE = { timeout: 15_000 };
const MOTEUR = /\/_astro\/moteur\.[\w-]+\.js$/;
const BANQUE = /\/donnees\/auto-evaluation\.json\?v=\w+$/;
const RECHERCHE = /\/_astro\/recherche\.[\w-]+\.js$/;
const PREACT = /\/_astro\/preact\.module\.[\w-]+\.js$/;
const SAUVEGARDE = /\/_astro\/sauvegarde\.[\w-]+\.js$/;
const CALCULATEUR_PATIENT = /\/_astro\/CalculateurPatient\.[\w-]+\.js$/;
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** A phone-sized page that records every request and the layout shifts not caused by input (CLS). */
async function ouvrirSuivie(browser: Browser, retard: RegExp) {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 412, height: 823 } });
  await context.addInitScript(() => {
    const w = window as unknown as { __decalages: number };
    w.__decalages = 0;
    new PerformanceObserver((liste) => {
      for (const e of liste.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>)
        if (!e.hadRecentInput) w.__decalages += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // Slow the matching modules down (a slow network): what is painted meanwhile must hold its place.
  await context.route(retard, async (route) => {
    await new Promise((r) => setTimeout(r, 600));
    await route.continue();
  });
  const page = await context.newPage();
  const requetes: string[] = [];
  page.on('request', (r) => requetes.push(r.url()));
  return { context, page, requetes };
}

const decalages = (page: Page) => page.evaluate(() => (window as unknown as { __decalages: number }).__decalages);

describe('chargement par phase', () => {
  test('auto-évaluation : l’accueil sans le moteur d’examen, le moteur au premier examen, sans décalage de mise en page', async () => {
    const { context, page, requetes } = await ouvrirSuivie(navigateur(), /\/_astro\/(AutoEvaluation|moteur)\.[\w-]+\.js$/);
    await page.goto(new URL('auto-evaluation/', siteUrl()).href);
    await page.locator('#ae-nouvelle-titre').waitFor();
    await page.waitForLoadState('networkidle');
    // The start screen is usable: its buttons are there, and the engine has not been fetched.
    await expect(page.getByRole('button', { name: 'Commencer', exact: true }).isEnabled()).resolves.toBe(true);
    expect(requetes.filter((u) => MOTEUR.test(u) || BANQUE.test(u))).toEqual([]);
    await expect.poll(() => decalages(page)).toBeLessThanOrEqual(0.1);

    await page.getByRole('button', { name: 'Commencer', exact: true }).click();
    await expect.poll(() => page.locator('#ae-titre-question').textContent(), ATTENTE).toBe('Question 1 sur 15');
    expect(requetes.filter((u) => MOTEUR.test(u))).toHaveLength(1);
    // The question bank is a file of its own, fetched with the engine (not in the page's HTML).
    expect(requetes.filter((u) => BANQUE.test(u))).toHaveLength(1);

    // Coming back: the stored exam resumes behind a placeholder while the engine loads, without a shift.
    await page.reload();
    await page.locator('.ae-attente, #ae-titre-question').first().waitFor();
    await expect.poll(() => page.locator('#ae-titre-question').textContent(), ATTENTE).toBe('Question 1 sur 15');
    await page.waitForLoadState('networkidle');
    await expect.poll(() => decalages(page)).toBeLessThanOrEqual(0.1);
    await context.close();
  });

  test('auto-évaluation : la banque de questions injoignable, un message en français, puis l’examen commence au nouvel essai', async () => {
    const context = await navigateur().newContext({ locale: 'fr-FR' });
    let coupe = true;
    await context.route(BANQUE, (route) => (coupe ? route.abort('internetdisconnected') : route.continue()));
    const page = await context.newPage();
    const erreurs: string[] = [];
    page.on('pageerror', (e) => erreurs.push(e.message));
    await page.goto(new URL('auto-evaluation/', siteUrl()).href);
    await page.getByRole('button', { name: 'Commencer', exact: true }).click();
    await expect.poll(() => page.locator('#ae-annonce').textContent(), ATTENTE).toContain('L’examen n’a pas pu se charger');
    coupe = false;
    await page.getByRole('button', { name: 'Commencer', exact: true }).click();
    await expect.poll(() => page.locator('#ae-titre-question').textContent(), ATTENTE).toBe('Question 1 sur 15');
    expect(erreurs).toEqual([]);
    await context.close();
  });

  test('pages de lecture : rien que le document avant le premier rendu, l’en-tête complet dès ce rendu, aucun décalage', async () => {
    for (const chemin of ['chapitres/contrat/', 'glossaire/', '']) {
      // Every script slowed: whatever they show or move would be painted late, and counted.
      const { context, page } = await ouvrirSuivie(navigateur(), /\.js$/);
      await page.goto(new URL(chemin, siteUrl()).href);
      const theme = page.locator('[data-theme-toggle]');
      await expect(theme.isVisible()).resolves.toBe(true);
      await expect(page.locator('[data-projection-bouton]').isVisible()).resolves.toBe(true);
      // Wait until the page's scripts (ApresRendu) have started and run: the theme button knows its state.
      await expect.poll(() => theme.getAttribute('data-choix'), ATTENTE).toBe('system');
      await page.waitForLoadState('networkidle');
      // …and they were requested after the first contentful paint.
      const { fcp, scripts } = await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        scripts: performance
          .getEntriesByType('resource')
          .filter((e) => e.name.endsWith('.js'))
          .map((e) => ({ url: e.name, debut: e.startTime })),
      }));
      expect(Number.isFinite(fcp), chemin).toBe(true);
      expect(scripts.length, chemin).toBeGreaterThan(0);
      expect(
        scripts.filter((s) => s.debut < fcp),
        chemin,
      ).toEqual([]);
      await expect.poll(() => decalages(page)).toBe(0);

      // The theme button works by keyboard; the label follows, and is kept.
      await theme.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      await expect.poll(async () => norm(await theme.innerText())).toBe('Thème : clair');
      await page.reload();
      await expect.poll(async () => norm(await theme.innerText())).toBe('Thème : clair');
      await context.close();
    }
  });

  test('ce que le lecteur fait avant que les scripts de l’en-tête soient là est fait quand ils arrivent', async () => {
    // Scripts slowed: the reader acts while the page's scripts are still on their way.
    const { context, page, requetes } = await ouvrirSuivie(navigateur(), /\.js$/);
    await page.goto(new URL('glossaire/', siteUrl()).href, { waitUntil: 'domcontentloaded' });
    // « / » then typing at once: the box has the focus straight away, and the query is searched.
    await page.keyboard.press('/');
    await page.keyboard.type('optam', { delay: 20 });
    await expect.poll(() => page.locator('[data-annonce]').textContent(), ATTENTE).toContain('«\u00a0optam\u00a0»');
    expect(requetes.filter((u) => RECHERCHE.test(u))).toHaveLength(1);
    // A click on « Projeter » before its script has run is not lost.
    await page.goto(new URL('chapitres/introduction/', siteUrl()).href, { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: 'Projeter' }).click();
    await expect.poll(() => page.locator('.projection-barre').count(), ATTENTE).toBe(1);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('secteurs:projection'))).toBe('1');
    await page.evaluate(() => localStorage.removeItem('secteurs:projection'));
    // An « Intégrer » control opened before its script has run still gets this site's address.
    await page.goto(new URL('chapitres/histoire/', siteUrl()).href, { waitUntil: 'domcontentloaded' });
    const controle = page.locator('details[data-integrer]').first();
    await controle.locator('summary').click();
    await expect.poll(() => controle.locator('textarea').inputValue(), ATTENTE).toContain(`src="${siteUrl()}`);
    // « Exporter ma progression » clicked before the panel's script has run: the file still comes.
    await page.goto(new URL('progression/', siteUrl()).href, { waitUntil: 'domcontentloaded' });
    const [telechargement] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter ma progression' }).click()]);
    expect(telechargement.suggestedFilename()).toMatch(/^secteurs-progression-\d{4}-\d{2}-\d{2}\.json$/);
    // A file chosen for import before the panel's script has run is imported when it starts.
    await page.goto(new URL('progression/', siteUrl()).href, { waitUntil: 'domcontentloaded' });
    const sauvegarde = readFileSync((await telechargement.path())!, 'utf8');
    await page.locator('#import-progression').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(sauvegarde) });
    await expect.poll(() => page.locator('.gestion-progression p.message').textContent(), ATTENTE).toContain('Progression importée');
    await context.close();
  });

  test('la recherche de l’en-tête se charge quand on y va', async () => {
    const { context, page, requetes } = await ouvrirSuivie(navigateur(), /$^/);
    await page.goto(new URL('chapitres/histoire/', siteUrl()).href);
    await page.waitForLoadState('networkidle');
    expect(requetes.filter((u) => RECHERCHE.test(u))).toEqual([]);
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), ATTENTE).toBe('recherche-champ');
    await expect.poll(() => requetes.filter((u) => RECHERCHE.test(u)).length, ATTENTE).toBe(1);
    await page.keyboard.type('optam', { delay: 20 });
    await expect.poll(() => page.locator('[data-annonce]').textContent(), ATTENTE).toContain('optam');
    await expect.poll(() => page.locator('#recherche-resultats li').count(), ATTENTE).toBeGreaterThan(0);
    await context.close();
  });

  test('« Ma progression » : la progression enregistrée affichée sans Preact, le code d’export au premier export', async () => {
    const { context, page, requetes } = await ouvrirSuivie(navigateur(), /$^/);
    await page.goto(new URL('progression/', siteUrl()).href);
    await page.evaluate(() =>
      localStorage.setItem(
        'secteurs:progression',
        JSON.stringify({
          version: 1,
          questions: {},
          exercices: { 'plafond-da': { tentatives: 2, reussites: 1, meilleurScore: 1, solutionsVues: 0, date: '2026-11-30T10:00:00.000Z' } },
          chapitres: {},
        }),
      ),
    );
    await page.reload();
    const ligne = page.locator('.gestion-progression tbody tr', { has: page.locator('th', { hasText: /plafond/i }) });
    await expect.poll(() => ligne.locator('td').first().textContent(), ATTENTE).toBe('2');
    await page.waitForLoadState('networkidle');
    expect(requetes.filter((u) => PREACT.test(u) || SAUVEGARDE.test(u))).toEqual([]);
    const [telechargement] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter ma progression' }).click()]);
    expect(telechargement.suggestedFilename()).toMatch(/^secteurs-progression-\d{4}-\d{2}-\d{2}\.json$/);
    expect(requetes.filter((u) => SAUVEGARDE.test(u))).toHaveLength(1);
    await context.close();
  });

  test('calculateur d’un chapitre : le résultat du serveur à l’écran, le moteur à la première saisie, ce qui a été tapé gardé', async () => {
    const { context, page, requetes } = await ouvrirSuivie(navigateur(), CALCULATEUR_PATIENT);
    await page.goto(new URL('chapitres/depassements/', siteUrl()).href);
    const w = page.locator('[data-widget="calculateur-patient"]');
    await w.scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    // Seen but not touched: the server's result for the default inputs (GP, 1 June 2017, in the parcours,
    // 40 € billed; secteur 2 without OPTAM, base 23 €, ISNAR §4.2: AMO 0,70 × 23 − 1 = 15,10 €,
    // TM 23 − 16,10 = 6,90 €, patient 40 − 15,10 − 6,90 = 18,00 €),
    // enabled fields, axe clean, and neither the calculator's module nor the engine fetched.
    const ligne = w.locator('tr', { has: page.locator('th', { hasText: 'Secteur 2 sans OPTAM' }) });
    expect(norm(await ligne.textContent())).toBe(norm('Secteur 2 sans OPTAM40,00 €15,10 €6,90 €18,00 €'));
    expect(await w.locator('input:disabled, select:disabled').count()).toBe(0);
    expect(requetes.filter((u) => CALCULATEUR_PATIENT.test(u) || MOTEUR.test(u))).toEqual([]);
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async (regles) => {
      // @ts-expect-error -- injected global
      const r = await window.axe.run('[data-widget="calculateur-patient"]', { runOnly: { type: 'tag', values: regles } });
      return r.violations.map((v: { id: string }) => v.id);
    }, REGLES_AXE);
    expect(violations).toEqual([]);

    // A keyboard user tabs into the amount and types at once, while the (slowed) module loads: the island
    // hydrates and computes from what was typed. 50 € billed: AMO and TM unchanged, patient
    // 50 − 15,10 − 6,90 = 28,00 €.
    await page.locator('#calc-patient-date').focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('calc-patient-facture');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('50');
    await hydratee(page, '#calc-patient-facture');
    expect(requetes.filter((u) => CALCULATEUR_PATIENT.test(u))).toHaveLength(1);
    await expect.poll(async () => norm(await ligne.textContent()), ATTENTE).toBe(norm('Secteur 2 sans OPTAM50,00 €15,10 €6,90 €28,00 €'));
    expect(await page.locator('#calc-patient-facture').inputValue()).toBe('50');
    await context.close();
  });
});
