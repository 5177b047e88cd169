import { describe, expect, test } from 'vitest';
import { auditAxe, ouvrir, pagesDuSite, navigateurPourCeFichier } from './harness';

const navigateur = navigateurPourCeFichier();

const pages = pagesDuSite();

describe('chaque page construite', () => {
  test('la construction contient l’accueil, les chapitres, le glossaire, les sources et la page 404', () => {
    expect(pages).toContain('');
    expect(pages).toContain('glossaire/');
    expect(pages).toContain('sources/');
    expect(pages).toContain('404.html');
    expect(pages.filter((p) => p.startsWith('chapitres/')).length).toBeGreaterThanOrEqual(1);
  });

  for (const chemin of pages) {
    for (const theme of ['light', 'dark'] as const) {
      test(`/${chemin} (${theme === 'light' ? 'clair' : 'sombre'}) : aucune violation axe, aucune erreur console, aucune requête externe`, async () => {
        const { page, context, erreurs, externes } = await ouvrir(navigateur(), chemin, { colorScheme: theme });
        // Let islands hydrate (they are client:visible: scroll through the page once).
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += 600) {
            window.scrollTo(0, y);
            await new Promise((r) => setTimeout(r, 20));
          }
          window.scrollTo(0, 0);
        });
        await page.waitForLoadState('networkidle');
        const violations = await auditAxe(page);
        expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
        expect(await page.locator('html').getAttribute('lang')).toBe('fr');
        expect(erreurs).toEqual([]);
        expect(externes).toEqual([]);
        await context.close();
      });
    }
  }

  for (const chemin of pages) {
    test(`/${chemin} sur un téléphone de 320 px : pas de défilement horizontal, aucune violation axe`, async () => {
      const { page, context, erreurs } = await ouvrir(navigateur(), chemin, { viewport: { width: 320, height: 640 } });
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const violations = await auditAxe(page);
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
      expect(erreurs).toEqual([]);
      await context.close();
    });
  }
});
