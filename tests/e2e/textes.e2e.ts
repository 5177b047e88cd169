/**
 * Issue 10, « Words and numbers on screen », as a reader sees them after hydration: exercise
 * feedback without repeated words or doubled periods, quiz numbering « 1. », one citation per
 * explanation, traces that name parameters and roundings in French, and date fields that read
 * jj/mm/aaaa in a browser set to English.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { exerciceHydrate, hydrate, hydrateALInteraction, navigateurPourCeFichier, norm, ouvrir, siteUrl } from './harness';
import { exercices, formatEuros, listeParametres, MODES_ARRONDI, parseDate, parseMontant, tarifActe, texteResultat } from '../../src/engine';
import type { Question } from '../../src/content/schemas/question';

const navigateur = navigateurPourCeFichier();
const IDS = [...listeParametres().map((p) => p.id), ...Object.keys(MODES_ARRONDI)];

describe('mots et nombres à l’écran', () => {
  test('exercice : un retour sans « Erreur probable » répété ni « .. », une trace sans identifiant interne', async () => {
    const { page, context, erreurs } = await ouvrir(navigateur(), 'chapitres/depassements/');
    const type = 'plafond-da';
    const { widget, seed } = await exerciceHydrate(page, type);
    const kind = exercices[type]!;
    const params = kind.generate(seed);
    // A typical mistake the grader recognises: one of the intermediate amounts of the worked solution.
    const typique = kind
      .solve(params)
      .etapes.map((e) => parseMontant(texteResultat(e)))
      .flatMap((r) => (r.ok ? [formatEuros(r.valeur)] : []))
      .find((saisie) => kind.grade(params, saisie).erreurProbable !== undefined);
    expect(typique, 'aucune erreur typique trouvée dans la trace').toBeDefined();
    await widget.getByLabel('Votre réponse').fill(typique!);
    await widget.getByRole('button', { name: 'Vérifier' }).click();
    const retour = widget.locator('.exercice__retour');
    await expect.poll(async () => norm(await retour.textContent())).toContain('Erreur probable');
    const texte = norm(await retour.textContent());
    expect(texte.match(/Erreur probable/g)?.length, texte).toBe(1);
    expect(texte, texte).not.toMatch(/\.\./);

    await widget.getByRole('button', { name: 'Voir la solution' }).click();
    const trace = widget.locator('.exercice__solution .trace');
    await expect.poll(() => trace.locator('.trace__etape').count()).toBeGreaterThan(0);
    const texteTrace = (await trace.textContent()) ?? '';
    expect(IDS.filter((id) => new RegExp(`(^|[^\\w.])${id.replace('.', '\\.')}($|[^\\w.])`).test(texteTrace))).toEqual([]);
    expect(texteTrace).toMatch(/valeur en vigueur au/);
    expect(erreurs).toEqual([]);
    await context.close();
  });

  test('quiz : numérotés « 1. », « 2. » ; l’explication cite sa source une seule fois', async () => {
    const banque: Question[] = JSON.parse(readFileSync(new URL('../../src/content/questions/contrat.json', import.meta.url), 'utf8'));
    // A question whose explanation already ends with its citation (« … (Guide ISNAR-IMG 2017, §4.2). »).
    const q = banque.find((x) => x.type === 'vrai-faux' && /\(Guide ISNAR-IMG 2017, [^)]*\)\.$/.test(x.explication))!;
    expect(q).toBeDefined();
    const { page, context, erreurs } = await ouvrir(navigateur(), 'chapitres/contrat/');
    await hydrate(page, `#q-${q.id}`);
    const numeros = await page.locator('.quiz .question-quiz__numero').allTextContents();
    expect(numeros.slice(0, 3)).toEqual(['1.', '2.', '3.']);
    await expect.poll(async () => norm(await page.locator('.quiz fieldset legend').first().textContent())).toMatch(/^1\. [^.]/);
    await page.locator(`#q-${q.id} input[type=radio]`).first().check();
    await page.locator(`#q-${q.id} .question-quiz__actions button`).first().click();
    const retour = page.locator(`#q-${q.id} .question-quiz__retour`);
    await retour.locator('.verdict').waitFor();
    const texte = norm(await retour.textContent());
    expect(texte.match(/Guide ISNAR-IMG 2017/g)?.length, texte).toBe(1);
    expect(await retour.locator('a[href*="sources/#isnar"]').count()).toBe(1);
    expect(erreurs).toEqual([]);
    await context.close();
  });

  test('date : saisie jj/mm/aaaa lue à la française dans un navigateur réglé en anglais (en-US)', async () => {
    const context = await navigateur().newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const erreurs: string[] = [];
    page.on('pageerror', (e) => erreurs.push(e.message));
    await page.goto(new URL('chapitres/depassements/', siteUrl()).href);
    await hydrateALInteraction(page, '#calc-tarif-date');
    const champ = page.locator('#calc-tarif-date');
    const w = page.locator('[data-widget="calculateur-tarif-date"]');
    // The field shows the French order and says so in a hint linked to it.
    expect(await champ.inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(await champ.getAttribute('type')).toBe('text');
    const aide = await champ.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(aide).toContain('jj/mm/aaaa');
    // 01/05/2017 is the 1st of May (MMG: G = 25 €), not the 5th of January.
    await page.locator('#calc-tarif-acte').selectOption('G');
    await champ.fill('01/05/2017');
    await expect.poll(async () => norm(await w.locator('.resultat').first().textContent())).toContain(norm(formatEuros(tarifActe('G', '2017-05-01').valeur)));
    expect(norm(await w.locator('.resultat').first().textContent())).not.toContain(norm(formatEuros(tarifActe('G', '2017-01-05').valeur)));
    // A date that does not exist gets the parser's French message, next to the field.
    await champ.fill('31/02/2017');
    const attendu = parseDate('31/02/2017');
    expect(attendu.ok).toBe(false);
    await expect.poll(async () => norm(await w.locator('#calc-tarif-date-erreur').textContent())).toBe(norm(attendu.ok ? '' : attendu.erreur.message));
    expect(await champ.getAttribute('aria-invalid')).toBe('true');
    expect(erreurs).toEqual([]);
    await context.close();
  });
});
