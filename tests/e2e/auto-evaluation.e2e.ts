/**
 * The self-assessment used as a person would: a short exam by code, some answers right and some wrong,
 * a reload mid-exam (same question, answers kept), the per-theme scores (chart and table), the missed
 * items reviewed with their correction, the review queue holding exactly the missed items, a review
 * session with fresh variants, the same code giving the same exam, bad codes and corrupt storage.
 */
import { describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { auditAxe, ouvrir, siteBase, siteDir, navigateurPourCeFichier } from './harness';
import { exercices, formatEuros, formatTaux, LIBELLES_THEMES, listeExercices } from '../../src/engine';
import { cleRevision, encoderCode, THEMES, tirerExamen, type Item } from '../../src/domaine/examen';
import type { Question } from '../../src/content/schemas/question';

const dossier = new URL('../../src/content/questions/', import.meta.url);
const banque: Question[] = readdirSync(dossier)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(new URL(f, dossier), 'utf8')));
const parId = new Map(banque.map((q) => [q.id, q]));
const KINDS = listeExercices();

const CONFIG = { graine: 4821, longueur: 15 as const, themes: [...THEMES] };
const CODE = encoderCode(CONFIG);
const ATTENDU = tirerExamen(CONFIG, banque, KINDS);
/** Right on even positions, wrong on odd ones (an ordering question is left in its shuffled, wrong order). */
const juste = (i: number) => i % 2 === 0 && !(ATTENDU[i]!.genre === 'question' && parId.get((ATTENDU[i] as { id: string }).id)!.type === 'ordre');

const navigateur = navigateurPourCeFichier();
/** The exam's modules load when an exam starts or a stored one resumes (issue 12): give them time on a busy machine. */
const CHARGEMENT = { timeout: 15_000 };

async function pret(page: Page) {
  await page.locator('#ae-nouvelle-titre, #ae-titre-question').first().waitFor();
}

async function entrerCode(page: Page, code: string) {
  await page.getByLabel('Code d’examen').fill(code);
  await page.getByRole('button', { name: 'Commencer cet examen' }).click();
}

async function titre(page: Page) {
  return (await page.locator('#ae-titre-question').textContent())?.replace(/\s+/g, ' ').trim();
}

/** Answers the item on screen, right or wrong, and waits for the verdict. */
async function repondre(page: Page, item: Item, bien: boolean) {
  if (item.genre === 'question') {
    const q = parId.get(item.id)!;
    const fs = page.locator(`#q-${q.id}`);
    switch (q.type) {
      case 'vrai-faux':
        await fs
          .locator('input[type=radio]')
          .nth(bien === q.reponse ? 0 : 1)
          .check();
        break;
      // Options are shown shuffled: pick them by their label, as a reader does.
      case 'choix-unique':
        await fs.getByLabel(q.options.find((o) => o.correct === bien)!.texte, { exact: true }).check();
        break;
      case 'choix-multiple': {
        const bonnes = q.options.filter((o) => o.correct);
        for (const o of bien ? bonnes : bonnes.slice(0, 1)) await fs.getByLabel(o.texte, { exact: true }).check();
        break;
      }
      case 'association':
        for (let i = 0; i < q.paires.length; i++) await page.locator(`#q-${q.id}-a${i}`).selectOption(String(bien ? i : 0));
        break;
      case 'ordre':
        break;
    }
    await fs.getByRole('button', { name: 'Vérifier' }).click();
    await fs.locator('.verdict').waitFor();
  } else {
    const kind = exercices[item.type]!;
    const s = kind.solve(kind.generate(item.graine));
    const valeur = bien ? s.valeur : s.valeur.mul(3).plus(7);
    await page.locator(`#exercice-${item.type}-reponse`).fill(s.unite === 'euros' ? formatEuros(valeur) : formatTaux(valeur));
    await page.locator('section.exercice').getByRole('button', { name: 'Vérifier' }).click();
    await page.locator('section.exercice .verdict').waitFor();
  }
}

/**
 * Waits until the screen shows item `item`: its question, or its exercise at its seed (the
 * exercise's title names the variant). Exam mode: no hint, no "Voir la solution", no new variant.
 */
async function montrer(page: Page, item: Item) {
  const ecran =
    item.genre === 'question'
      ? page.locator(`#q-${item.id}`)
      : page
          .locator('section.exercice', { has: page.locator(`#exercice-${item.type}-reponse`) })
          .filter({ has: page.locator('.widget__titre', { hasText: String(item.graine) }) });
  await ecran.waitFor();
  await expect.poll(() => page.getByRole('button', { name: /^Indice|Voir la solution|Nouvelle variante/ }).count()).toBe(0);
}

/** The item on screen in a review (question or exercise, read from its field's id and title). */
async function itemAffiche(page: Page): Promise<Item> {
  const champ = page.locator('fieldset.question-quiz, section.exercice input[type=text]').first();
  await champ.waitFor();
  const id = (await champ.getAttribute('id'))!;
  const exercice = /^exercice-(.+)-reponse$/.exec(id);
  if (!exercice) return { genre: 'question', id: id.slice(2), theme: parId.get(id.slice(2))!.theme as Item['theme'] };
  const type = exercice[1]!;
  const graine = Number(/variante n°\s*(\d+)/.exec((await page.locator('section.exercice .widget__titre').textContent()) ?? '')?.[1]);
  return { genre: 'exercice', type, graine, theme: KINDS.find((k) => k.id === type)!.theme };
}

async function suivante(page: Page, i: number) {
  await page.getByRole('button', { name: 'Question suivante' }).click();
  await expect.poll(() => titre(page)).toBe(`Question ${i + 2} sur ${ATTENDU.length}`);
  // Focus moves to the new question's heading.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('ae-titre-question');
}

function scoresAttendus() {
  return THEMES.map((t) => {
    const idx = ATTENDU.map((it, i) => (it.theme === t ? i : -1)).filter((i) => i >= 0);
    const points = idx.filter(juste).length;
    return { theme: t, points, total: idx.length, pourcent: Math.round((100 * points) / idx.length) };
  });
}
const manquesAttendus = () => new Set(ATTENDU.filter((_, i) => !juste(i)).map(cleRevision));

describe('auto-évaluation', () => {
  test('le tirage est équilibré et mêle questions de la banque et exercices', () => {
    expect(ATTENDU).toHaveLength(15);
    for (const t of THEMES) expect(ATTENDU.filter((i) => i.theme === t)).toHaveLength(3);
    expect(ATTENDU.some((i) => i.genre === 'exercice')).toBe(true);
    expect(ATTENDU.some((i) => i.genre === 'question')).toBe(true);
  });

  test('examen court par code : réponses justes et fausses, rechargement, scores par thème, révision des manquées', async () => {
    const { page, context, erreurs, externes } = await ouvrir(navigateur(), 'auto-evaluation/');
    await page.clock.install();
    await page.reload();
    await pret(page);
    await entrerCode(page, CODE.toLowerCase().replace('-', ' '));
    await expect.poll(() => titre(page), CHARGEMENT).toBe('Question 1 sur 15');
    await expect(page.locator('progress.ae-progression').getAttribute('aria-label')).resolves.toBe('Question 1 sur 15');
    expect(await page.locator('.ae-examen__contexte').textContent()).toContain(CODE);

    // Checks made at fixed positions of the exam (the code fixes the items): run by position, each once.
    const faits: number[] = [];
    const avantReponse: Record<number, () => Promise<void>> = {
      // Reload before answering: same question.
      4: async () => {
        await page.reload();
        await expect.poll(() => titre(page)).toBe('Question 5 sur 15');
        await montrer(page, ATTENDU[4]!);
        faits.push(4);
      },
    };
    const apresReponse: Record<number, () => Promise<void>> = {
      // Reload after answering, before "Question suivante": same question, answer and verdict kept
      // (position 6 is answered right: even position, and the test below checks it is no ordering question).
      6: async () => {
        await page.reload();
        await expect.poll(() => titre(page)).toBe('Question 7 sur 15');
        await expect.poll(() => page.locator('.verdict').textContent()).toMatch(/Bonne réponse|Juste/);
        faits.push(6);
      },
      8: async () => {
        const axe = await auditAxe(page);
        expect(axe, JSON.stringify(axe, null, 1)).toEqual([]);
        faits.push(8);
      },
    };
    expect(juste(6)).toBe(true);
    const traiter = async (i: number) => {
      await montrer(page, ATTENDU[i]!);
      await avantReponse[i]?.();
      await repondre(page, ATTENDU[i]!, juste(i));
      await apresReponse[i]?.();
    };
    await traiter(0);
    // From the second item on, "Question suivante" leads to it.
    for (let i = 1; i < ATTENDU.length; i++) {
      await suivante(page, i - 1);
      await traiter(i);
    }
    expect(faits).toEqual([4, 6, 8]);
    await page.getByRole('button', { name: 'Voir les résultats' }).click();
    await page.locator('#ae-bilan-titre').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('ae-bilan-titre');

    // Overall and per-theme scores, in the table and in the chart's text alternative.
    const total = ATTENDU.filter((_, i) => juste(i)).length;
    expect(await page.locator('.ae-score').textContent()).toContain(`${total} sur 15 (${Math.round((100 * total) / 15)}\u00a0%)`);
    const lignes = await page.locator('.ae-table-themes tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim())));
    const desc = (await page.locator('svg.ae-graphique desc').textContent()) ?? '';
    for (const s of scoresAttendus()) {
      expect(lignes).toContainEqual([LIBELLES_THEMES[s.theme], String(s.points), String(s.total), `${s.pourcent}\u00a0%`]);
      expect(desc).toContain(`${LIBELLES_THEMES[s.theme]}\u00a0: ${s.pourcent}\u00a0%`);
    }
    await expect(page.locator('svg.ae-graphique').getAttribute('role')).resolves.toBe('img');

    // Each missed item: its correction and a link to reread.
    const manquees = page.locator('.ae-manques > li');
    expect(await manquees.count()).toBe(ATTENDU.filter((_, i) => !juste(i)).length);
    const premiere = manquees.first().locator('details');
    await premiere.locator('summary').click();
    await expect.poll(() => premiere.textContent()).toContain('Réponse attendue');
    const lien = await premiere.locator('a[href*="/chapitres/"]').getAttribute('href');
    expect(lien).toMatch(/^\/cours\/secteurs\/chapitres\/[a-z-]+\/(#.+)?$/);
    // The exam misses at least one exercise (checked here), whose correction shows the engine's trace.
    expect(ATTENDU.some((it, i) => it.genre === 'exercice' && !juste(i))).toBe(true);
    expect(await page.locator('.ae-manques .trace').count()).toBeGreaterThan(0);
    // Every "À relire" link leads to an existing chapter section of the build.
    const liens = await page.locator('.ae-manques a[href*="/chapitres/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const l of liens) {
      const [chemin, ancre] = l.slice(siteBase().length).split('#');
      const html = readFileSync(join(siteDir(), chemin!, 'index.html'), 'utf8');
      // A link without an anchor leads to the chapter itself: its article must be there.
      expect(html, l).toContain(ancre === undefined ? '<article' : `id="${decodeURIComponent(ancre)}"`);
    }

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const axe = await auditAxe(page);
      expect(axe, `${scheme} ${JSON.stringify(axe, null, 1)}`).toEqual([]);
    }

    // Printable summary: the button calls window.print(); in print the controls are hidden.
    await page.evaluate(() => {
      (window as unknown as { imprime: number }).imprime = 0;
      window.print = () => void ((window as unknown as { imprime: number }).imprime += 1);
    });
    await page.getByRole('button', { name: 'Imprimer le bilan' }).click();
    await expect(page.evaluate(() => (window as unknown as { imprime: number }).imprime)).resolves.toBe(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.ae-bilan .ae-actions').isVisible()).resolves.toBe(false);
    await expect(page.locator('.ae-table-themes').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // The review queue holds exactly the missed items (a card each, rated Again).
    await expect
      .poll(async () => Object.keys(JSON.parse((await page.evaluate(() => localStorage.getItem('secteurs:auto-evaluation:cartes'))) ?? '{}')).sort())
      .toEqual([...manquesAttendus()].sort());
    // FSRS's first relearning step is a minute away: a few minutes later they are all due.
    await page.clock.fastForward('05:00');
    await page.getByRole('button', { name: 'Retour à l’accueil de l’auto-évaluation' }).click();
    const n = manquesAttendus().size;
    const reviser = page.getByRole('button', { name: `Réviser (${n} à revoir)` });
    await reviser.waitFor();
    // History: the attempt is listed with its score.
    await expect.poll(() => page.locator('.ae-historique tbody tr').count()).toBe(1);
    expect(await page.locator('.ae-historique tbody').textContent()).toContain(CODE);

    // The home page (it carries the "À revoir" element) says so, and links back.
    await page.goto(new URL('..', page.url()).href);
    expect(n).toBeGreaterThan(1);
    await expect.poll(() => page.locator('[data-a-revoir]').textContent()).toBe(`À revoir\u00a0: ${n} questions. Réviser maintenant`);
    await page.locator('[data-a-revoir] a').click();
    await reviser.click();
    await expect.poll(() => titre(page)).toBe(`Question 1 sur ${n}`);
    // The review order is FSRS's: each item is read off the screen, answered right, and the set seen
    // must be the set missed.
    const vus = new Set<string>();
    const graines: Array<{ type: string; graine: number }> = [];
    const reviserUn = async (i: number) => {
      await expect.poll(() => titre(page)).toBe(`Question ${i + 1} sur ${n}`);
      const item = await itemAffiche(page);
      vus.add(cleRevision(item));
      graines.push(...(item.genre === 'exercice' ? [{ type: item.type, graine: item.graine }] : []));
      await repondre(page, item, true);
    };
    await reviserUn(0);
    for (let i = 1; i < n; i++) {
      await page.getByRole('button', { name: 'Question suivante' }).click();
      await reviserUn(i);
    }
    expect(vus).toEqual(manquesAttendus());
    // Each missed exercise comes back as a fresh variant, not the exam's.
    expect(graines).toHaveLength(ATTENDU.filter((it, i) => it.genre === 'exercice' && !juste(i)).length);
    const grainesExamen = ATTENDU.flatMap((it) => (it.genre === 'exercice' ? [`${it.type}:${it.graine}`] : []));
    expect(graines.map((g) => `${g.type}:${g.graine}`).filter((g) => grainesExamen.includes(g))).toEqual([]);
    await page.getByRole('button', { name: 'Terminer la révision' }).click();
    await expect.poll(() => page.locator('#ae-annonce').textContent()).toContain('Révision terminée');
    // All answered right: nothing due any more.
    await expect(page.getByRole('button', { name: /^Réviser/ }).count()).resolves.toBe(0);

    expect(erreurs).toEqual([]);
    expect(externes).toEqual([]);
    await context.close();
  });

  test('le même code donne le même examen ; un code erroné donne un message en français', async () => {
    /** Starts the exam of CODE in a page, returns the items it stored, and closes its context. */
    const commencer = async (page: Page, context: BrowserContext, erreurs: string[]) => {
      await entrerCode(page, CODE);
      await expect.poll(() => titre(page)).toBe('Question 1 sur 15');
      const items: unknown = JSON.parse((await page.evaluate(() => localStorage.getItem('secteurs:auto-evaluation:session')))!).items;
      expect(erreurs).toEqual([]);
      await context.close();
      return items;
    };

    // First browser: wrong codes first, each with its French message, then the right one.
    const a = await ouvrir(navigateur(), 'auto-evaluation/');
    await pret(a.page);
    await entrerCode(a.page, 'K7M-4Q');
    const msg = a.page.locator('#ae-code-erreur');
    await expect.poll(() => msg.textContent()).toContain('6\u00a0caractères');
    await expect.poll(() => a.page.getByLabel('Code d’examen').getAttribute('aria-invalid')).toBe('true');
    await entrerCode(a.page, 'ILO-U00');
    await expect.poll(() => msg.textContent()).toContain('impossible');
    // One symbol mistyped: the check symbol catches it.
    const faux = CODE.slice(0, 2) + (CODE[2] === 'A' ? 'B' : 'A') + CODE.slice(3);
    await entrerCode(a.page, faux);
    await expect.poll(() => msg.textContent()).toContain('mal recopié');
    const premiere = await commencer(a.page, a.context, a.erreurs);

    // A second, fresh browser context: the same code, the same exam.
    const b = await ouvrir(navigateur(), 'auto-evaluation/');
    await pret(b.page);
    const seconde = await commencer(b.page, b.context, b.erreurs);
    expect(premiere).toEqual(ATTENDU);
    expect(seconde).toEqual(premiere);
  });

  test('chronomètre facultatif, code créé pour un groupe, données corrompues réparées sans erreur', async () => {
    const { page, context, erreurs } = await ouvrir(navigateur(), 'auto-evaluation/');
    await pret(page);
    await page.getByRole('button', { name: 'Créer un code pour un groupe' }).click();
    await expect.poll(() => page.locator('.ae-code').textContent()).toMatch(/^[2-9A-HJKMNP-TV-Z]{3}-[2-9A-HJKMNP-TV-Z]{3}$/);
    await page.getByLabel('Afficher un chronomètre (temps écoulé)').check();
    await page.getByRole('button', { name: 'Commencer', exact: true }).click();
    await page.locator('[role=timer]').waitFor();
    expect(await page.locator('.ae-chrono').textContent()).toMatch(/Temps écoulé\u00a0: \d+\u00a0min \d\d\u00a0s/);
    await page.getByRole('button', { name: /Interrompre/ }).click();
    await page.getByRole('button', { name: 'Reprendre' }).waitFor();

    // Corrupt storage: one bad item in the session, garbage history, one bad card.
    await page.evaluate(() => {
      const s = JSON.parse(localStorage.getItem('secteurs:auto-evaluation:session')!);
      s.items[1] = { genre: 'question', id: '__proto__' };
      s.index = 999;
      localStorage.setItem('secteurs:auto-evaluation:session', JSON.stringify(s));
      localStorage.setItem('secteurs:auto-evaluation:historique', '{pas du json');
      localStorage.setItem('secteurs:auto-evaluation:cartes', JSON.stringify({ 'q:x': { item: 1, carte: 2 }, 'q:ok': 'non' }));
    });
    await page.reload();
    await expect.poll(() => titre(page), CHARGEMENT).toMatch(/^Question \d+ sur 14$/);
    await page.evaluate(() => localStorage.setItem('secteurs:auto-evaluation:session', '"\u0000'));
    await page.reload();
    await page.locator('#ae-nouvelle-titre').waitFor();
    expect(erreurs).toEqual([]);
    await context.close();
  });
});
