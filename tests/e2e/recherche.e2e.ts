import { describe, expect, test } from 'vitest';
import { ouvrir, navigateurPourCeFichier } from './harness';

const navigateur = navigateurPourCeFichier();

/** Types a query in the header search box, as a reader would, and returns the result links. */
async function chercher(chemin: string, requete: string) {
  const suivie = await ouvrir(navigateur(), chemin);
  const { page } = suivie;
  await page.keyboard.press('/');
  await page.keyboard.type(requete, { delay: 20 });
  // Wait for the results of the whole query, not of a prefix typed on the way.
  await expect.poll(() => page.locator('[data-annonce]').textContent(), { timeout: 15_000 }).toContain(`«\u00a0${requete}\u00a0»`);
  const liens = await page
    .locator('#recherche-resultats li a')
    .evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, texte: a.textContent ?? '' })));
  const marques = await page.locator('#recherche-resultats mark').count();
  return { ...suivie, liens, marques };
}

describe('recherche (Pagefind, site statique)', () => {
  const cas: Array<[string, RegExp]> = [
    ['OPTAM', /chapitres\/contrat\//],
    ['médecin traitant', /chapitres\/medecin-traitant\//],
    ['depassement', /chapitres\/depassements\//],
    ['dépassement', /chapitres\/depassements\//],
    ['medecin traitant', /chapitres\/medecin-traitant\//],
  ];
  for (const [requete, attendu] of cas) {
    test(`« ${requete} » mène à la bonne page, extrait surligné`, async () => {
      const { liens, marques, erreurs, externes, context } = await chercher('', requete);
      expect(
        liens.slice(0, 3).some((l) => attendu.test(l.href)),
        JSON.stringify(liens, null, 1),
      ).toBe(true);
      expect(marques).toBeGreaterThan(0);
      expect(erreurs).toEqual([]);
      expect(externes).toEqual([]);
      await context.close();
    });
  }

  test('un résultat se suit jusqu’à la section, et Échap referme la liste', async () => {
    const { page, liens, context } = await chercher('glossaire/', 'OPTAM');
    expect(liens.length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect(page.locator('#recherche-resultats').isHidden()).resolves.toBe(true);
    await page.goto(liens[0]!.href);
    await expect(page.locator('main').textContent()).resolves.toMatch(/OPTAM/);
    await context.close();
  });
});
