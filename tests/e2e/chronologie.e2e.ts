/** The interactive timeline: theme filters, stepping through events by keyboard, links to sections. */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { ouvrir, navigateurPourCeFichier } from './harness';

const evenements: Array<{ titre: string; themes: string[] }> = JSON.parse(readFileSync(new URL('../../src/content/chronologie.json', import.meta.url), 'utf8'));

const navigateur = navigateurPourCeFichier();

describe('chronologie 1945–2016', () => {
  test('filtrer par thème, avancer au clavier, suivre le lien vers la section', async () => {
    const { page, context, erreurs } = await ouvrir(navigateur(), 'chapitres/histoire/');
    const frise = page.locator('.chronologie-interactive');
    await frise.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector('.chronologie-interactive')?.closest('astro-island')?.hasAttribute('ssr'));
    const items = frise.locator('ol.chronologie > li');
    expect(await items.count()).toBe(evenements.length);

    // Keep only "Médecin traitant": the list shows exactly the events of that theme.
    for (const libelle of ['Assurance Maladie', 'Conventions', 'Secteurs']) {
      await frise.getByRole('checkbox', { name: libelle }).focus();
      await page.keyboard.press('Space');
    }
    const attendus = evenements.filter((e) => e.themes.includes('medecin-traitant')).map((e) => e.titre);
    await expect.poll(() => items.locator('.chronologie__titre').allTextContents()).toEqual(attendus);
    await expect(frise.locator('.chronologie-interactive__position').textContent()).resolves.toBe(`Événement 1 sur ${attendus.length}`);

    // Step with the keyboard.
    await frise.getByRole('button', { name: 'Suivant →' }).focus();
    await page.keyboard.press('Enter');
    await expect(frise.locator('.chronologie-interactive__carte .chronologie__titre').textContent()).resolves.toBe(attendus[1]);
    await expect(frise.locator('.chronologie-interactive__position').textContent()).resolves.toBe(`Événement 2 sur ${attendus.length}`);

    // The step card links to the chapter section that explains the event.
    const lien = frise.locator('.chronologie-interactive__carte a');
    const href = await lien.getAttribute('href');
    expect(href).toMatch(/#.+/);
    await lien.click();
    const ancre = decodeURIComponent(href!.split('#')[1]!);
    await expect(page.evaluate((id) => Boolean(document.getElementById(id)), ancre)).resolves.toBe(true);
    expect(erreurs).toEqual([]);
    await context.close();
  });
});
