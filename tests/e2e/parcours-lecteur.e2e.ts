/**
 * Issue 10, « Finding one's way » and « Accessibility and layout », used as a person would:
 * the chapter quiz reached by keyboard near the top at every width and « Ma progression » in the
 * header; /progression/ after an exercise (status message announced, table in its scroll box, no
 * sideways scrolling at 320 px); the patient calculator at 200 % zoom; printed exercises.
 * (The WCAG 2.2 rules, target size included, run in every axe audit: see REGLES_AXE in harness.ts.)
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { exerciceHydrate, hydrate, hydrateALInteraction, navigateurPourCeFichier, ouvrir, siteBase, siteUrl } from './harness';
import { exercices, formatEuros, formatTaux } from '../../src/engine';

const navigateur = navigateurPourCeFichier();
const actif = (page: Page) =>
  page.evaluate(() => ({ texte: document.activeElement?.textContent?.trim() ?? '', href: document.activeElement?.getAttribute('href') ?? '' }));

describe('se repérer', () => {
  test('« Ma progression » est dans l’en-tête de chaque page, marqué courant sur la sienne', async () => {
    const { page, context } = await ouvrir(navigateur(), 'glossaire/');
    const lien = page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Ma progression' });
    await expect(lien.getAttribute('href')).resolves.toBe(`${siteBase()}progression/`);
    await lien.click();
    await expect.poll(() => page.url()).toMatch(/\/progression\/$/);
    await expect(
      page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Ma progression' }).getAttribute('aria-current'),
    ).resolves.toBe('page');
    await context.close();
  });

  for (const largeur of [320, 800, 1280, 1600]) {
    test(`${largeur} px : le quiz du chapitre est à trois touches Tab du haut de la page`, async () => {
      const { page, context } = await ouvrir(navigateur(), 'chapitres/contrat/', { viewport: { width: largeur, height: 800 } });
      await page.keyboard.press('Tab');
      expect((await actif(page)).texte).toBe('Aller au contenu');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      const cible = await actif(page);
      expect(cible.texte).toMatch(/^Aller au quiz de fin de chapitre/);
      expect(cible.href).toBe('#quiz-titre');
      const boite = await page.locator('.chapitre-raccourcis a').boundingBox();
      expect(boite!.width).toBeGreaterThan(0);
      expect(boite!.x + boite!.width).toBeLessThanOrEqual(largeur);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#quiz-titre');
      await expect.poll(() => page.evaluate(() => document.getElementById('quiz-titre')!.getBoundingClientRect().top)).toBeLessThan(800);
      await context.close();
    });
  }
});

describe('accessibilité et mise en page', () => {
  test('/progression/ après un exercice, à 320 px : message annoncé (role="status"), tableau dans sa zone défilante, pas de défilement horizontal', async () => {
    const { page, context, erreurs } = await ouvrir(navigateur(), 'chapitres/depassements/', { viewport: { width: 320, height: 640 } });
    await hydrate(page, '#exercice-plafond-da-reponse');
    await page.locator('#exercice-plafond-da-reponse').fill('1');
    await page
      .locator('section.exercice', { has: page.locator('#exercice-plafond-da-reponse') })
      .getByRole('button', { name: 'Vérifier' })
      .click();
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('secteurs:progression') ?? '{}').exercices?.['plafond-da']?.tentatives))
      .toBe(1);

    await page.goto(new URL('progression/', siteUrl()).href);
    const tableau = page.locator('table', { has: page.locator('caption', { hasText: 'Exercices chiffrés' }) });
    await expect.poll(() => tableau.count()).toBe(1);
    await expect.poll(() => tableau.evaluate((t) => t.parentElement!.classList.contains('table-defilante'))).toBe(true);
    expect(await tableau.evaluate((t) => t.parentElement!.getAttribute('role'))).toBe('region');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const statut = page.locator('.gestion-progression p.message');
    expect(await statut.getAttribute('role')).toBe('status');
    await page.getByRole('button', { name: 'Exporter ma progression' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Fichier de progression téléchargé.' }).count()).toBe(1);
    expect(erreurs).toEqual([]);
    await context.close();
  });

  test('zoom à 200 % (1280 px → 640 px) : la colonne « Reste à charge » du calculateur patient est visible sans défiler', async () => {
    const context = await navigateur().newContext({ locale: 'fr-FR', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(new URL('chapitres/depassements/', siteUrl()).href);
    await hydrateALInteraction(page, '[data-widget="calculateur-patient"]');
    const zone = page.locator('[data-widget="calculateur-patient"] .table-defilante').first();
    await expect.poll(() => zone.evaluate((z) => z.querySelector('th:last-child')?.textContent)).toBe('Reste à charge');
    const mesure = await zone.evaluate((z) => {
      const cellules = [...z.querySelectorAll('tr > :last-child')].map((c) => c.getBoundingClientRect().right);
      return { defile: z.scrollWidth - z.clientWidth, droite: Math.max(...cellules), bord: z.getBoundingClientRect().right };
    });
    expect(mesure.defile, JSON.stringify(mesure)).toBeLessThanOrEqual(0);
    expect(mesure.droite).toBeLessThanOrEqual(mesure.bord + 0.5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    await context.close();
  });

  test('impression d’un exercice : l’énoncé sans boutons ; la solution pas à pas seulement sur demande', async () => {
    const { page, context, erreurs } = await ouvrir(navigateur(), 'chapitres/depassements/');
    const type = 'plafond-da';
    const { widget, seed } = await exerciceHydrate(page, type);
    const kind = exercices[type]!;
    const solution = kind.solve(kind.generate(seed));
    const attendu = solution.unite === 'euros' ? formatEuros(solution.valeur) : formatTaux(solution.valeur);

    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => widget.getByRole('button', { name: 'Vérifier' }).isVisible()).toBe(false);
    expect(await widget.locator('.exercice__enonce').isVisible()).toBe(true);
    expect(await widget.getByRole('button').filter({ visible: true }).count()).toBe(0);
    expect(await widget.getByLabel('Votre réponse').isVisible()).toBe(false);
    expect(await widget.locator('.trace').filter({ visible: true }).count()).toBe(0);

    await page.emulateMedia({ media: 'screen' });
    await widget.getByLabel('Imprimer avec la solution').check();
    // On screen the printed key stays hidden: the reader asked for it on paper, not for the answer now.
    await expect.poll(() => widget.locator('.exercice__corrige-imprime').count()).toBe(1);
    expect(await widget.locator('.exercice__corrige-imprime').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => widget.locator('.exercice__corrige-imprime').isVisible()).toBe(true);
    const imprime = (await widget.locator('.exercice__corrige-imprime').textContent()) ?? '';
    expect(imprime).toContain(attendu);
    expect(await widget.locator('.exercice__corrige-imprime .trace__etape').count()).toBe(solution.etapes.length);
    expect(await widget.getByLabel('Imprimer avec la solution').isVisible()).toBe(false);
    expect(erreurs).toEqual([]);
    await context.close();
  });
});
