/**
 * Learning integrity and stored state, used as a person would (issue 10):
 * - choice options are shown shuffled, the same way in the island and in the no-JavaScript fallback,
 *   so the right answer's position cannot be guessed over the bank;
 * - an exercise gives hints and the likely mistake before the solution, shows it on request or after
 *   three attempts, and never records as mastered what was answered after seeing it;
 * - a cap answered one cent above is not « Juste »;
 * - what is typed or ticked before an island hydrates (slow phone) is what gets computed and graded;
 * - the chapter quiz says plainly, after a reload, that a new attempt starts and what the last score was;
 * - export, reset and import cover everything the course stores, self-assessment included;
 * - stored items the course no longer has are skipped and named, never block an exam or a review.
 */
import { describe, expect, test } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { hydratee, navigateurPourCeFichier, ouvrir, siteUrl } from './harness';
import { exercices, formatEuros, formatTaux, D } from '../../src/engine';
import { planifier } from '../../src/domaine/revision';
import type { Item } from '../../src/domaine/examen';
import type { Question } from '../../src/content/schemas/question';

const dossier = new URL('../../src/content/questions/', import.meta.url);
const banque: Question[] = readdirSync(dossier)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(new URL(f, dossier), 'utf8')));
const chapitres = [...new Set(banque.map((q) => q.chapitre))];
type QuestionChoix = Extract<Question, { type: 'choix-unique' | 'choix-multiple' }>;
const aChoix = (q: Question): q is QuestionChoix => q.type === 'choix-unique' || q.type === 'choix-multiple';

const navigateur = navigateurPourCeFichier();

/** Displayed option texts of every choice question on the page, by question id. */
const optionsAffichees = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('fieldset.question-quiz')].map((f) => [
        f.id.replace(/^q-/, ''),
        [...f.querySelectorAll('label.option')].map((l) => (l.textContent ?? '').trim()),
      ]),
    ),
  );

/** Holds every script of the bundle (not the styles, which would block parsing) until `liberer()`: islands stay unhydrated. */
async function retenirLesScripts(page: Page) {
  let liberer!: () => void;
  const porte = new Promise<void>((r) => (liberer = r));
  const retenues: string[] = [];
  await page.route(/\/_astro\/.*\.js$/, async (route: Route) => {
    retenues.push(route.request().url());
    await porte;
    await route.continue();
  });
  return { liberer, retenues };
}

describe('options des questions à choix', () => {
  test('mélangées sur toute la banque : la bonne réponse n’est pas devinable à sa place ; îlot et version sans JavaScript d’accord', async () => {
    const affichees: Record<string, string[]> = {};
    for (const ch of chapitres) {
      const { page, context, erreurs } = await ouvrir(navigateur(), `chapitres/${ch}/`);
      await page.locator('.quiz').scrollIntoViewIfNeeded();
      await hydratee(page, '.quiz');
      Object.assign(affichees, await optionsAffichees(page));
      expect(erreurs).toEqual([]);
      await context.close();

      // The same order without JavaScript (the <noscript> list).
      const sansJs = await navigateur().newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
      const p2 = await sansJs.newPage();
      await p2.goto(new URL(`chapitres/${ch}/`, siteUrl()).href);
      const statiques = await p2.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll<HTMLElement>('.quiz-statique li.question')].map((li) => [
            li.id.replace(/^q-/, ''),
            [...li.querySelectorAll(':scope > ul > li')].map((x) => (x.textContent ?? '').trim()),
          ]),
        ),
      );
      for (const q of banque.filter((x) => x.chapitre === ch && aChoix(x))) expect(statiques[q.id], q.id).toEqual(affichees[q.id]);
      await sansJs.close();
    }

    const choix = banque.filter(aChoix);
    // Every choice question is shown, with all its options.
    for (const q of choix) expect([...(affichees[q.id] ?? [])].sort(), q.id).toEqual(q.options.map((o) => o.texte).sort());
    const position = (q: QuestionChoix, texte: string) => affichees[q.id]!.indexOf(texte);

    // Single choice: the right option is displayed first in at most half the questions (the bank as
    // written had it first in 29 of 33), and not always in the same place.
    const uniques = choix.filter((q) => q.type === 'choix-unique');
    const places = uniques.map((q) => position(q, q.options.find((o) => o.correct)!.texte));
    expect(places.filter((p) => p === 0).length).toBeLessThanOrEqual(uniques.length / 2);
    expect(new Set(places).size).toBeGreaterThanOrEqual(3);

    // Multiple choice: the right options are exactly the leading ones in at most a quarter of them
    // (written: 16 of 16).
    const multiples = choix.filter((q) => q.type === 'choix-multiple');
    const entete = multiples.filter((q) => {
      const k = q.options.filter((o) => o.correct).length;
      return affichees[q.id]!.slice(0, k).every((t) => q.options.find((o) => o.texte === t)!.correct);
    });
    expect(entete.length).toBeLessThanOrEqual(multiples.length / 4);
  });

  test('la correction suit l’option, pas sa place : une réponse enregistrée avant le mélange reste juste', async () => {
    // A self-assessment attempt saved with the authored index of the right option.
    const q = banque.find((x): x is Extract<Question, { type: 'choix-unique' }> => x.type === 'choix-unique' && !x.options[0]!.correct)!;
    const bonne = q.options.findIndex((o) => o.correct);
    const { page, context, erreurs } = await ouvrir(navigateur(), 'auto-evaluation/');
    await page.evaluate(
      ([id, theme, choix]) => {
        const items = [{ genre: 'question', id, theme }];
        localStorage.setItem(
          'secteurs:auto-evaluation:session',
          JSON.stringify({
            version: 1,
            mode: 'examen',
            code: 'K7M-4QX',
            longueur: 1,
            themes: [theme],
            items,
            index: 0,
            chrono: false,
            secondes: 0,
            debut: '2026-11-02T10:00:00.000Z',
            reponses: [{ genre: 'question', reponse: { type: 'choix-unique', choix }, correct: true }],
          }),
        );
      },
      [q.id, q.theme, bonne] as const,
    );
    await page.reload();
    const fs = page.locator(`#q-${q.id}`);
    await expect.poll(() => fs.locator('.verdict').textContent()).toContain('Bonne réponse');
    // The ticked radio is the right option's label, wherever it is displayed.
    await expect(fs.locator('input[type=radio]:checked').evaluate((i) => i.closest('label')?.textContent?.trim())).resolves.toBe(q.options[bonne]!.texte);
    expect(erreurs).toEqual([]);
    await context.close();
  });
});

describe('exercices : la solution se mérite', () => {
  const type = 'plafond-da';
  async function ouvrirExercice() {
    const s = await ouvrir(navigateur(), 'chapitres/depassements/');
    const widget = s.page.locator('section.exercice', { has: s.page.locator(`#exercice-${type}-reponse`) });
    await widget.scrollIntoViewIfNeeded();
    await hydratee(s.page, `#exercice-${type}-reponse`);
    const kind = exercices[type]!;
    const seed = Number(/variante n° (\d+)/.exec((await widget.locator('.widget__titre').textContent()) ?? '')?.[1]);
    const params = kind.generate(seed);
    return { ...s, widget, kind, params, solution: kind.solve(params) };
  }
  const texte = (v: ReturnType<typeof D>, unite: 'euros' | 'taux') => (unite === 'euros' ? formatEuros(v) : formatTaux(v));

  test('une réponse fausse ne donne pas la réponse ; la solution apparaît après 3 tentatives ; réussir ensuite ne compte pas', async () => {
    const { page, context, erreurs, widget, solution } = await ouvrirExercice();
    const attendu = texte(solution.valeur, solution.unite);
    const champ = widget.getByLabel('Votre réponse');
    const faux = async (i: number) => {
      await champ.fill(texte(solution.valeur.mul(3).plus(7 + i), solution.unite));
      await champ.press('Enter');
      await expect.poll(() => widget.locator('.exercice__tentatives').textContent()).toContain(`Tentatives sur cette variante : ${i}.`);
      return (await widget.locator('.exercice__retour').textContent()) ?? '';
    };
    for (const i of [1, 2]) {
      const retour = await faux(i);
      expect(retour).toContain('Ce n’est pas le bon résultat');
      // No expected value, no worked solution yet: try again, a hint, or ask for the solution.
      expect(retour).not.toContain(attendu);
      await expect(widget.locator('.exercice__solution').count()).resolves.toBe(0);
      expect(retour).toContain(`${3 - i} restante`);
    }
    expect(await faux(3)).toContain('Ce n’est pas le bon résultat');
    // Third wrong attempt: the solution shows by itself.
    await expect.poll(() => widget.locator('.exercice__solution').textContent()).toContain(`Réponse attendue : ${attendu}`);
    // Typing the shown answer now is right, but recorded as an attempt « solution vue », not a success.
    await champ.fill(attendu);
    await champ.press('Enter');
    await expect.poll(() => widget.locator('.exercice__retour .verdict').textContent()).toContain('Juste');
    await expect(widget.locator('.exercice__retour').textContent()).resolves.toContain('Solution vue');
    const stocke = await page.evaluate(() => JSON.parse(localStorage.getItem('secteurs:progression') ?? '{}'));
    expect(stocke.exercices[type]).toMatchObject({ tentatives: 4, reussites: 0, meilleurScore: 0, solutionsVues: 1 });

    // « Ma progression » says so.
    await page.goto(new URL('progression/', siteUrl()).href);
    const ligne = page.locator('.gestion-progression tbody tr', { hasText: exercices[type]!.titre });
    await expect.poll(() => ligne.locator('td').last().textContent()).toBe('solution vue');
    await expect(ligne.locator('td').nth(2).textContent()).resolves.toBe('1');
    expect(erreurs).toEqual([]);
    await context.close();
  });

  test('« Voir la solution » sur demande, puis une nouvelle variante réussie sans elle compte comme juste', async () => {
    const { page, context, erreurs, widget, kind } = await ouvrirExercice();
    await widget.getByRole('button', { name: 'Voir la solution' }).click();
    await widget.locator('.exercice__solution').waitFor();
    await widget.getByRole('button', { name: 'Nouvelle variante' }).click();
    await expect.poll(() => widget.locator('.exercice__solution').count()).toBe(0);
    const seed = Number(/variante n° (\d+)/.exec((await widget.locator('.widget__titre').textContent()) ?? '')?.[1]);
    const s = kind.solve(kind.generate(seed));
    await widget.getByLabel('Votre réponse').fill(texte(s.valeur, s.unite));
    await widget.getByRole('button', { name: 'Vérifier' }).click();
    await expect.poll(() => widget.locator('.exercice__retour .verdict').textContent()).toContain('Juste');
    await expect(widget.locator('.exercice__retour').textContent()).resolves.not.toContain('Solution vue');
    const stocke = await page.evaluate(() => JSON.parse(localStorage.getItem('secteurs:progression') ?? '{}'));
    expect(stocke.exercices[type]).toMatchObject({ tentatives: 1, reussites: 1, meilleurScore: 1, solutionsVues: 1 });
    expect(erreurs).toEqual([]);
    await context.close();
  });

  test('plafond : un centime au-dessus du plafond n’est pas « Juste »', async () => {
    const { context, erreurs, widget, solution } = await ouvrirExercice();
    const champ = widget.getByLabel('Votre réponse');
    await champ.fill(formatEuros(solution.valeur.plus('0.01')));
    await champ.press('Enter');
    await expect.poll(() => widget.locator('.exercice__retour .verdict').textContent()).toContain('Presque');
    await expect(widget.locator('.exercice__retour').textContent()).resolves.toContain('dépasse le plafond');
    // One cent below is within the tolerance: a cap may be billed below.
    await champ.fill(formatEuros(solution.valeur.minus('0.01')));
    await champ.press('Enter');
    await expect.poll(() => widget.locator('.exercice__retour .verdict').textContent()).toContain('Juste');
    expect(erreurs).toEqual([]);
    await context.close();
  });
});

describe('saisie avant l’hydratation (téléphone lent)', () => {
  test('calculateur, exercice et quiz : ce qui est tapé ou coché avant le chargement est ce qui est calculé et corrigé', async () => {
    const context = await navigateur().newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const erreurs: string[] = [];
    page.on('pageerror', (e) => erreurs.push(e.message));
    page.on('console', (m) => void (m.type() === 'error' && erreurs.push(m.text())));
    const { liberer, retenues } = await retenirLesScripts(page);
    await page.goto(new URL('chapitres/depassements/', siteUrl()).href, { waitUntil: 'commit' });

    // Redevance calculator: 9 000 € of consultations typed, and a CH chosen, while its script is held.
    const champ = page.locator('#calc-redevance-consultation');
    await champ.scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.locator('section[data-widget="calculateur-redevance"]').evaluate((s) => s.closest('astro-island')?.hasAttribute('ssr')))
      .toBe(true);
    await champ.fill('9000');
    await page.locator('#calc-redevance-etablissement').selectOption('CH');

    // Exercise: the right answer typed early.
    const kind = exercices['plafond-da']!;
    const widget = page.locator('section.exercice', { has: page.locator('#exercice-plafond-da-reponse') });
    await widget.scrollIntoViewIfNeeded();
    const seed = Number(/variante n° (\d+)/.exec((await widget.locator('.widget__titre').textContent()) ?? '')?.[1]);
    const sol = kind.solve(kind.generate(seed));
    await widget.getByLabel('Votre réponse').fill(formatEuros(sol.valeur));
    // Enter before hydration must not reload the page (which would lose what was typed).
    await page.evaluate(() => ((window as unknown as { avantHydratation: boolean }).avantHydratation = true));
    await widget.getByLabel('Votre réponse').press('Enter');

    // Quiz: the right option of a single-choice question ticked early.
    const q = banque.find((x): x is Extract<Question, { type: 'choix-unique' }> => x.chapitre === 'depassements' && x.type === 'choix-unique')!;
    const fs = page.locator(`#q-${q.id}`);
    await fs.scrollIntoViewIfNeeded();
    await fs.getByLabel(q.options.find((o) => o.correct)!.texte, { exact: true }).check();

    expect(retenues.length).toBeGreaterThan(0);
    liberer();
    await hydratee(page, `#q-${q.id}`);
    await widget.scrollIntoViewIfNeeded();
    await hydratee(page, '#exercice-plafond-da-reponse');
    await champ.scrollIntoViewIfNeeded();
    await hydratee(page, '#calc-redevance-consultation');

    // The calculator computes what the field holds. CH, ISNAR §3.4: 15 % × 9 000 (consultations) + 16 % × 4 000
    // (other acts, default) + 60 % × 2 000 (imaging and biology, default) = 1 350 + 640 + 1 200 = 3 190,00 €.
    await expect(champ.inputValue()).resolves.toBe('9000');
    await expect(page.locator('#calc-redevance-etablissement').inputValue()).resolves.toBe('CH');
    await expect.poll(() => page.locator('#calc-redevance-tableau').textContent()).toContain('(CH)');
    await expect
      .poll(() => page.locator('section[data-widget="calculateur-redevance"] .resultat__principal').first().textContent())
      .toBe('Redevance due à l’hôpital\u00a0: 3\u202f190,00\u00a0€');

    // Same page (no reload), and the exercise grades what was typed.
    await expect(page.evaluate(() => (window as unknown as { avantHydratation?: boolean }).avantHydratation)).resolves.toBe(true);
    await widget.getByRole('button', { name: 'Vérifier' }).click();
    await expect.poll(() => widget.locator('.exercice__retour .verdict').textContent()).toContain('Juste');

    // The quiz question can be checked at once, and is right.
    await expect(fs.getByRole('button', { name: 'Vérifier' }).getAttribute('aria-disabled')).resolves.toBe('false');
    await fs.getByRole('button', { name: 'Vérifier' }).click();
    await expect.poll(() => fs.locator('.verdict').textContent()).toContain('Bonne réponse');
    expect(erreurs).toEqual([]);
    await context.close();
  });
});

describe('quiz de chapitre après rechargement', () => {
  test('dit qu’une nouvelle tentative commence et donne le dernier résultat', async () => {
    const ch = 'histoire';
    const vf = banque.find((x): x is Extract<Question, { type: 'vrai-faux' }> => x.chapitre === ch && x.type === 'vrai-faux')!;
    const total = banque.filter((x) => x.chapitre === ch).length;
    const { page, context, erreurs } = await ouvrir(navigateur(), `chapitres/${ch}/`);
    const fs = page.locator(`#q-${vf.id}`);
    await fs.scrollIntoViewIfNeeded();
    await hydratee(page, `#q-${vf.id}`);
    // Nothing recorded yet: no notice.
    await expect(page.locator('.quiz__precedent').count()).resolves.toBe(0);
    await fs.getByLabel(vf.reponse ? 'Vrai' : 'Faux', { exact: true }).check();
    await fs.getByRole('button', { name: 'Vérifier' }).click();
    await fs.locator('.verdict').waitFor();

    await page.reload();
    await page.locator('.quiz').scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.locator('.quiz__precedent').textContent())
      .toMatch(new RegExp(`^Nouvelle tentative.*Dernier résultat enregistré\u00a0: 1 question réussie sur ${total} \\(1 question répondue\\)`));
    // The sidebar says the same.
    await expect.poll(() => page.locator(`.barre-laterale [data-progression-chapitre="${ch}"]`).textContent()).toContain(`1 / ${total} questions réussies`);
    expect(erreurs).toEqual([]);
    await context.close();
  });
});

const DATE = '2026-11-02T10:00:00.000Z';
const question = banque.find((q) => q.type === 'vrai-faux')!;
const itemQ: Item = { genre: 'question', id: question.id, theme: question.theme };
const itemX: Item = { genre: 'exercice', type: 'plafond-da', graine: 2005, theme: 'depassements' };
const itemInconnu: Item = { genre: 'exercice', type: 'inconnu', graine: 7, theme: 'depassements' };
const session = (items: Item[]) => ({
  version: 1,
  mode: 'examen',
  code: 'K7M-4QX',
  longueur: items.length,
  themes: [...new Set(items.map((i) => i.theme))],
  items,
  reponses: items.map(() => null),
  index: 0,
  chrono: false,
  secondes: 12,
  debut: DATE,
});
const historique = [
  {
    code: 'ABC-DEF',
    date: DATE,
    longueur: 1,
    themes: [itemQ.theme],
    items: [itemQ],
    reponses: [{ genre: 'question', reponse: { type: 'vrai-faux', choix: !(question as { reponse: boolean }).reponse }, correct: false }],
    secondes: 30,
  },
];

async function ecrire(page: Page, cles: Record<string, unknown>) {
  await page.evaluate((c) => {
    for (const [k, v] of Object.entries(c)) localStorage.setItem(k, JSON.stringify(v));
  }, cles);
}
const lire = (page: Page, cle: string) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), cle);

describe('« Ma progression » couvre tout ce que le cours enregistre', () => {
  test('exporter, tout effacer, réimporter : auto-évaluation comprise', async () => {
    const { page, context, erreurs } = await ouvrir(navigateur(), 'progression/');
    const cartes = planifier(
      {},
      [
        { item: itemQ, juste: false },
        { item: itemX, juste: false },
      ],
      new Date(DATE),
    );
    await ecrire(page, {
      'secteurs:progression': { version: 1, questions: { [question.id]: { correct: true, tentatives: 1, date: DATE } }, exercices: {}, chapitres: {} },
      'secteurs:auto-evaluation:session': session([itemQ, itemX]),
      'secteurs:auto-evaluation:historique': historique,
      'secteurs:auto-evaluation:cartes': cartes,
    });
    await page.reload();
    // The page says what is stored.
    const texte = (await page.locator('.gestion-progression').textContent()) ?? '';
    for (const morceau of ['examen d’auto-évaluation en cours', 'historique de vos examens', 'cartes de révision', 'solutions vues'])
      expect(texte).toContain(morceau);

    const [telechargement] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter ma progression' }).click()]);
    const exporte = readFileSync((await telechargement.path())!, 'utf8');
    const fichier = JSON.parse(exporte);
    expect(fichier.progression.questions[question.id].correct).toBe(true);
    expect(fichier.autoEvaluation.session.items).toEqual([itemQ, itemX]);
    expect(fichier.autoEvaluation.historique).toHaveLength(1);
    expect(Object.keys(fichier.autoEvaluation.cartes).sort()).toEqual([`q:${question.id}`, 'x:plafond-da']);

    await page.getByRole('button', { name: 'Réinitialiser…' }).click();
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await expect.poll(() => page.locator('p.message').textContent()).toContain('historique des examens et cartes de révision');
    await expect.poll(() => lire(page, 'secteurs:auto-evaluation:historique')).toEqual([]);
    await expect(lire(page, 'secteurs:auto-evaluation:cartes')).resolves.toEqual({});
    await expect(lire(page, 'secteurs:auto-evaluation:session')).resolves.toBeNull();
    await expect(lire(page, 'secteurs:progression').then((p) => p.questions)).resolves.toEqual({});

    await page.locator('#import-progression').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(exporte) });
    await expect
      .poll(() => page.locator('p.message').textContent())
      .toContain('auto-évaluation\u00a0: 1 examen terminé, 2 cartes de révision, l’examen en cours');
    await expect.poll(() => lire(page, 'secteurs:auto-evaluation:historique').then((h) => h.length)).toBe(1);
    await expect(lire(page, 'secteurs:auto-evaluation:cartes').then((c) => Object.keys(c).length)).resolves.toBe(2);
    await expect(lire(page, 'secteurs:auto-evaluation:session').then((s) => s.items)).resolves.toEqual([itemQ, itemX]);

    // A file whose self-assessment part is damaged is refused whole.
    const abime = { ...fichier, autoEvaluation: { ...fichier.autoEvaluation, historique: [{ date: 'hier' }] } };
    await page.getByRole('button', { name: 'Réinitialiser…' }).click();
    await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
    await page.locator('#import-progression').setInputFiles({ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(abime)) });
    await expect.poll(() => page.locator('p.message').textContent()).toMatch(/^Fichier refusé\u00a0: l’historique des examens est invalide/);
    await expect(lire(page, 'secteurs:progression').then((p) => p.questions)).resolves.toEqual({});
    expect(erreurs).toEqual([]);
    await context.close();
  });
});

describe('données anciennes', () => {
  test('un exercice qui n’existe plus est retiré et signalé : ni examen ni révision bloqués', async () => {
    const { page, context, erreurs } = await ouvrir(navigateur(), 'auto-evaluation/');
    const dues = planifier(
      {},
      [
        { item: itemInconnu, juste: false },
        { item: itemQ, juste: false },
      ],
      new Date('2026-01-01T00:00:00.000Z'),
    );
    await ecrire(page, { 'secteurs:auto-evaluation:session': session([itemInconnu, itemQ]), 'secteurs:auto-evaluation:cartes': dues });
    await page.reload();

    // The exam resumes on the remaining question, with a French notice; nothing says « introuvable ».
    await expect.poll(() => page.locator('#ae-titre-question').textContent()).toBe('Question 1 sur 1');
    await page.locator(`#q-${question.id}`).waitFor();
    await expect(page.locator('#ae-annonce').textContent()).resolves.toContain('l’exercice «\u00a0inconnu\u00a0»');
    expect(await page.locator('main').textContent()).not.toContain('introuvable');
    await expect.poll(() => lire(page, 'secteurs:auto-evaluation:cartes').then((c) => Object.keys(c))).toEqual([`q:${question.id}`]);

    // A review session of due cards, one of them unknown: it runs on the others.
    await ecrire(page, { 'secteurs:auto-evaluation:session': null, 'secteurs:auto-evaluation:cartes': dues });
    await page.reload();
    await page.getByRole('button', { name: 'Réviser (1 à revoir)' }).click();
    await expect.poll(() => page.locator('#ae-titre-question').textContent()).toBe('Question 1 sur 1');
    await page.locator(`#q-${question.id}`).getByLabel('Vrai', { exact: true }).check();
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await page.getByRole('button', { name: 'Terminer la révision' }).click();
    await expect.poll(() => page.locator('#ae-annonce').textContent()).toMatch(/^Révision terminée/);
    expect(await page.locator('main').textContent()).not.toContain('introuvable');
    expect(erreurs).toEqual([]);
    await context.close();
  });
});
