/**
 * A graded exercise used as a person would: an unreadable answer (costs no attempt), a wrong one,
 * a hint, then the right one typed in French notation; the worked solution appears; a new variant
 * changes the numbers; the attempt is recorded in the learner's progress.
 */
import { describe, expect, test } from 'vitest';
import { ouvrir, navigateurPourCeFichier } from './harness';
import { exercices, formatEuros, formatTaux, texteResultat } from '../../src/engine';

const navigateur = navigateurPourCeFichier();

const CAS = [
  { type: 'plafond-da', chemin: 'chapitres/depassements/' },
  { type: 'cotisations', chemin: 'chapitres/contrat/' },
];

describe('exercices corrigés', () => {
  for (const { type, chemin } of CAS) {
    test(`${type} : illisible, faux, indice, juste, solution, nouvelle variante`, async () => {
      const { page, context, erreurs } = await ouvrir(navigateur(), chemin);
      const widget = page.locator('section.exercice', { has: page.locator(`#exercice-${type}-reponse`) });
      await widget.scrollIntoViewIfNeeded();
      await page.waitForFunction((id) => !document.getElementById(id)?.closest('astro-island')?.hasAttribute('ssr'), `exercice-${type}-reponse`);
      const kind = exercices[type]!;
      const seed = Number(/variante n° (\d+)/.exec((await widget.locator('.widget__titre').textContent()) ?? '')?.[1]);
      const params = kind.generate(seed);
      expect(await widget.locator('.exercice__enonce').textContent()).toBe(kind.enonce(params));
      const champ = widget.getByLabel('Votre réponse');
      const verifier = widget.getByRole('button', { name: 'Vérifier' });

      await champ.fill('abc');
      await verifier.click();
      // The first action loads the kind (rules, grading) of a chapter's exercise: its verdict comes once it is there.
      await expect.poll(() => widget.locator('.exercice__retour').textContent()).toContain('Réponse illisible');
      await expect.poll(() => champ.getAttribute('aria-invalid')).toBe('true');

      const solution = kind.solve(params);
      const faux = solution.valeur.mul(3).plus(7);
      await champ.fill(solution.unite === 'euros' ? formatEuros(faux) : formatTaux(faux));
      await champ.press('Enter');
      const retourFaux = (await widget.locator('.exercice__retour').textContent()) ?? '';
      expect(retourFaux).toContain('Ce n’est pas le bon résultat');
      expect(retourFaux).toContain('Tentatives sur cette variante\u00a0: 1');
      // No solution yet after a wrong answer: the learner can try again or ask for a hint.
      await expect(widget.locator('.exercice__solution').count()).resolves.toBe(0);

      const indice = widget.getByRole('button', { name: /^Indice/ });
      await indice.click();
      await expect(widget.locator('.exercice__indices li').first().textContent()).resolves.toBe(kind.indices(params)[0]);

      const juste = solution.unite === 'euros' ? formatEuros(solution.valeur) : formatTaux(solution.valeur);
      await champ.fill(juste.replace(/\u202f/g, ' ').replace(/\u00a0/g, ' '));
      await verifier.click();
      await expect(widget.locator('.exercice__retour .verdict').textContent()).resolves.toContain('Juste');
      await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('exercice__retour'))).toBe(true);
      const trace = widget.locator('.exercice__solution .trace__etape');
      expect(await trace.count()).toBe(solution.etapes.length);
      await expect(trace.last().textContent()).resolves.toContain(texteResultat(solution.etapes.at(-1)!));

      await widget.getByRole('button', { name: 'Nouvelle variante' }).click();
      await expect.poll(async () => widget.locator('.widget__titre').textContent()).not.toContain(`variante n° ${seed})`);
      await expect(widget.locator('.exercice__retour').textContent()).resolves.toBe('');

      const stocke = await page.evaluate(() => JSON.parse(localStorage.getItem('secteurs:progression') ?? '{}'));
      expect(stocke.exercices[type]).toMatchObject({ tentatives: 2, reussites: 1, meilleurScore: 1 });
      expect(erreurs).toEqual([]);
      await context.close();
    });
  }
});
