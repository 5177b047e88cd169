/**
 * /enseigner/exports/ used as a teacher would: the ready-made files are served, the form builds a
 * file in the browser that is byte-identical to the build-time one for the same choices, a bad
 * number gets a French message, and the page is clean for axe in light and dark.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditAxe, navigateurPourCeFichier, ouvrir, siteDir } from './harness';

const navigateur = navigateurPourCeFichier();
const CHEMIN = 'enseigner/exports/';

describe('/enseigner/exports/', () => {
  test('les fichiers prêts sont servis, et le formulaire produit dans le navigateur le même fichier, octet pour octet', async () => {
    const { page, erreurs } = await ouvrir(navigateur(), CHEMIN);
    for (const nom of ['secteurs-moodle.xml', 'secteurs-moodle-sans-ordering.xml', 'secteurs.gift.txt']) {
      const href = await page.locator(`a[download="${nom}"]`).getAttribute('href');
      const r = await page.request.get(new URL(href!, page.url()).href);
      expect(r.status(), nom).toBe(200);
      expect((await r.body()).equals(readFileSync(join(siteDir(), CHEMIN, nom))), nom).toBe(true);
    }
    // Default choices: 20 variants, every chapter and theme, Moodle XML with « ordering ».
    await page.getByRole('button', { name: 'Générer le fichier' }).click();
    const lien = page.locator('#export-lien');
    await expect.poll(() => lien.isVisible()).toBe(true);
    await expect.poll(() => page.locator('#export-message').textContent()).toMatch(/^Fichier prêt/);
    const [telechargement] = await Promise.all([page.waitForEvent('download'), lien.click()]);
    expect(telechargement.suggestedFilename()).toBe('secteurs-sur-mesure.xml');
    const chemin = await telechargement.path();
    expect(readFileSync(chemin).equals(readFileSync(join(siteDir(), CHEMIN, 'secteurs-moodle.xml')))).toBe(true);
    expect(erreurs).toEqual([]);
  });

  test('GIFT d’un seul chapitre, au clavier ; un nombre de variantes impossible donne un message en français', async () => {
    const { page, erreurs } = await ouvrir(navigateur(), CHEMIN);
    const variantes = page.getByLabel('Variantes par exercice');
    await variantes.fill('deux');
    await page.getByRole('button', { name: 'Générer le fichier' }).press('Enter');
    const message = page.locator('#export-message');
    await expect.poll(() => message.textContent()).toContain('nombre entier de 0 à 200');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('export-message');

    await variantes.fill('3');
    await page.getByLabel('GIFT').check();
    for (const c of await page.locator('input[name="chapitre"]').all()) await c.uncheck();
    await page.locator('input[name="chapitre"]').first().check();
    await page.getByRole('button', { name: 'Générer le fichier' }).press('Enter');
    await expect.poll(() => message.textContent()).toMatch(/^Fichier prêt\s:\s1\schapitre,\s3\svariantes/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('export-lien');
    const [telechargement] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(telechargement.suggestedFilename()).toBe('secteurs-sur-mesure.gift.txt');
    const texte = readFileSync(await telechargement.path(), 'utf8');
    // One chapter's questions: one chapter in the categories, besides the exercises.
    const chapitres = new Set([...texte.matchAll(/^\$CATEGORY: \$course\$\/Secteurs\/([^/]+)\//gm)].map((m) => m[1]).filter((c) => c !== 'Exercices chiffrés'));
    expect(chapitres.size).toBe(1);
    expect(texte).toMatch(/\{#\n\t=\d+(\.\d+)?:/);
    expect(erreurs).toEqual([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe (${theme === 'light' ? 'clair' : 'sombre'}) après une génération et un message d’erreur`, async () => {
      const { page } = await ouvrir(navigateur(), CHEMIN, { colorScheme: theme });
      await page.getByRole('button', { name: 'Générer le fichier' }).click();
      await expect.poll(() => page.locator('#export-lien').isVisible()).toBe(true);
      await page.getByLabel('Variantes par exercice').fill('-1');
      await page.getByRole('button', { name: 'Générer le fichier' }).click();
      await expect.poll(() => page.locator('#export-message').getAttribute('class')).toContain('message--erreur');
      expect(await auditAxe(page)).toEqual([]);
    });
  }
});
