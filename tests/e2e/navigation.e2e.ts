import { describe, expect, test } from 'vitest';
import { ouvrir, siteBase, navigateurPourCeFichier } from './harness';

const navigateur = navigateurPourCeFichier();

describe('navigation', () => {
  test('l’accueil présente le cours, ses publics et la liste des chapitres', async () => {
    const { page, context } = await ouvrir(navigateur(), '');
    await expect(page.locator('h1').textContent()).resolves.toContain('secteurs de conventionnement');
    const chapitres = page.locator('#chapitres + ol > li');
    expect(await chapitres.count()).toBeGreaterThanOrEqual(1);
    for (const publicVise of ['Internes qui étudient le sujet', 'Enseignants', 'Internes avant l’installation']) {
      await expect(page.getByRole('heading', { name: publicVise }).count()).resolves.toBe(1);
    }
    await context.close();
  });

  test('on passe d’un chapitre au suivant puis on revient, par les liens précédent/suivant', async () => {
    const { page, context } = await ouvrir(navigateur(), '');
    await page.locator('#chapitres + ol > li a').first().click();
    await page.waitForURL(/chapitres\//);
    const premier = await page.locator('h1').textContent();
    const suivant = page.locator('a[rel="next"]');
    if ((await suivant.count()) === 0) return; // a one-chapter course has nowhere to go
    await suivant.click();
    await page.waitForLoadState('load');
    const second = await page.locator('h1').textContent();
    expect(second).not.toBe(premier);
    expect(new URL(page.url()).pathname.startsWith(siteBase())).toBe(true);
    await page.locator('a[rel="prev"]').click();
    await page.waitForLoadState('load');
    await expect(page.locator('h1').textContent()).resolves.toBe(premier);
    // The sidebar marks the current chapter.
    await expect(page.locator('.barre-laterale a[aria-current="page"]').count()).resolves.toBe(1);
    await context.close();
  });

  test('le lien d’évitement est le premier arrêt au clavier et mène au contenu', async () => {
    const { page, context } = await ouvrir(navigateur(), '');
    await page.keyboard.press('Tab');
    const actif = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(actif).toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('contenu');
    await context.close();
  });

  test('le choix de thème est mémorisé d’une page à l’autre', async () => {
    const { page, context } = await ouvrir(navigateur(), '', { colorScheme: 'light' });
    const bouton = page.getByRole('button', { name: /Thème/ });
    // innerText: what is shown (the label follows data-theme in CSS; the three labels are in the DOM).
    await expect(bouton.innerText()).resolves.toBe('Thème\u00a0: système');
    // The header's script may start after these clicks (after the first paint): they are taken then.
    await bouton.click(); // système → clair
    await bouton.click(); // clair → sombre
    await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
    await expect.poll(() => bouton.innerText()).toBe('Thème\u00a0: sombre');
    const fond = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.reload();
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
    await expect(page.getByRole('button', { name: /Thème/ }).innerText()).resolves.toBe('Thème\u00a0: sombre');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(fond);
    await context.close();
  });

  test('une adresse inconnue affiche la page 404 en français', async () => {
    const { page, context } = await ouvrir(navigateur(), 'nulle-part/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Page introuvable');
    await context.close();
  });
});
