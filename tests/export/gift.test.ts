/**
 * GIFT export read back by an independent parser (gift-pegjs, the GIFT grammar in PEG.js): every
 * question of the bank and every exported variant is found with its type, right answers, weights,
 * tolerances and feedback; every special character survives the trip.
 */
import { describe, expect, test } from 'vitest';
import { parse } from 'gift-pegjs';
import { citer, exercice, listeExercices, texteResultat, TOLERANCE_EUROS } from '../../src/engine';
import { contenuBanque, exporterGift, grainesExport, type ContenuExport } from '../../src/domaine/export';
import type { Question } from '../../src/content/schemas/question';
import { accepte, banque, optionsCours, paragraphes, pointsDeControle, texteDe } from './outils';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- gift-pegjs's union type is narrowed by `type` below
type Lu = any;

/**
 * gift-pegjs leaves an escaped character of a matching answer as its placeholder « &&058; » (the
 * encoding Moodle's GIFT importer uses internally, escapedchar_pre, and turns back with
 * escapedchar_post): decoded here, so the answer is compared with the bank's text.
 */
const reponseAppariement = (s: string) => s.replace(/&&(\d{3});/g, (_, n: string) => String.fromCharCode(Number(n)));

const N = 5;
const texte = exporterGift(contenuBanque(banque, { variantes: N }), optionsCours);
const lus: Lu[] = parse(texte);
const parTitre = new Map<string, Lu>(lus.filter((q) => q.type !== 'Category').map((q) => [q.title, q]));

describe('GIFT : la banque relue par gift-pegjs', () => {
  test('une question par question de la banque et par variante, sous une catégorie du cours', () => {
    const questions = lus.filter((q) => q.type !== 'Category');
    expect(questions).toHaveLength(banque.length + listeExercices().length * N);
    expect(lus[0].type).toBe('Category');
    for (const c of lus.filter((q) => q.type === 'Category')) expect(c.title).toMatch(/^\$course\$\/Secteurs\/.+\/.+/);
    // First chapter of the course, first theme it has: the categories follow the course's order.
    expect(lus[0].title).toBe(`$course$/Secteurs/${optionsCours.chapitres[0]!.titre}/${lus[0].title.split('/').at(-1)}`);
  });

  test.each(banque.map((q) => [q.id, q] as const))('%s : type, bonnes réponses, retours', (_id, q: Question) => {
    const lu = parTitre.get(q.id);
    expect(lu, q.id).toBeDefined();
    expect(lu.stem.format).toBe('html');
    expect(paragraphes(lu.stem.text)[0]).toBe(q.enonce);
    const general = paragraphes(lu.globalFeedback.text);
    expect(general).toEqual([q.explication, `Source\u00a0: ${citer(q.source, optionsCours.citations)}`]);
    switch (q.type) {
      case 'choix-unique': {
        expect(lu.type).toBe('MC');
        expect(lu.choices.map((c: Lu) => texteDe(c.text.text))).toEqual(q.options.map((o) => o.texte));
        expect(lu.choices.map((c: Lu) => c.isCorrect)).toEqual(q.options.map((o) => o.correct));
        const bonne = q.options.find((o) => o.correct)!.texte;
        for (const [i, c] of lu.choices.entries()) {
          expect(texteDe(c.feedback.text)).toBe(
            q.options[i]!.correct ? 'Bonne réponse.' : `Ce n’est pas la bonne réponse\u00a0: la bonne réponse est «\u00a0${bonne}\u00a0».`,
          );
        }
        break;
      }
      case 'choix-multiple': {
        expect(lu.type).toBe('MC');
        expect(lu.choices.map((c: Lu) => texteDe(c.text.text))).toEqual(q.options.map((o) => o.texte));
        // Right options share +100 %, wrong ones −100 %: ticking exactly the right ones scores 100 %, ticking all scores 0.
        const poids: number[] = lu.choices.map((c: Lu) => c.weight);
        q.options.forEach((o, i) => expect(Math.sign(poids[i]!), `${q.id} option ${i}`).toBe(o.correct ? 1 : -1));
        const options = q.options;
        const somme = (f: (o: (typeof options)[number]) => boolean) => poids.filter((_, i) => f(options[i]!)).reduce((a, b) => a + b, 0);
        expect(somme((o) => o.correct)).toBeCloseTo(100, 9);
        expect(somme((o) => !o.correct)).toBeCloseTo(-100, 9);
        break;
      }
      case 'vrai-faux':
        expect(lu.type).toBe('TF');
        expect(lu.isTrue).toBe(q.reponse);
        // Moodle reads {TRUE#a#b} as « a » for a wrong answer, « b » for a right one (gift-pegjs names them trueFeedback, falseFeedback).
        expect(texteDe(lu.trueFeedback.text)).toBe(`Ce n’est pas la bonne réponse\u00a0: c’est «\u00a0${q.reponse ? 'Vrai' : 'Faux'}\u00a0».`);
        expect(texteDe(lu.falseFeedback.text)).toBe('Bonne réponse.');
        break;
      case 'association':
        expect(lu.type).toBe('Matching');
        expect(lu.matchPairs.map((p: Lu) => [texteDe(p.subquestion.text), reponseAppariement(p.subanswer)])).toEqual(q.paires.map((p) => [p.gauche, p.droite]));
        break;
      case 'ordre':
        // GIFT has no ordering type: position → element.
        expect(lu.type).toBe('Matching');
        expect(lu.matchPairs.map((p: Lu) => reponseAppariement(p.subanswer))).toEqual(q.elements);
        expect(texteDe(lu.matchPairs[0].subquestion.text)).toBe('1er élément');
        break;
    }
  });

  test.each(listeExercices().map((k) => [k.id] as const))('exercice %s : valeur attendue, tolérance du moteur, solution', (type) => {
    const k = exercice(type);
    for (const graine of grainesExport(type, N)) {
      const lu = parTitre.get(`${k.titre} — variante ${graine}`);
      expect(lu, `${type} ${graine}`).toBeDefined();
      expect(lu.type).toBe('Numerical');
      const p = k.generate(graine);
      expect(paragraphes(lu.stem.text)[0]).toBe(k.enonce(p));
      const reponses = lu.choices.map((c: Lu) => ({ valeur: c.text.number, tolerance: c.text.range }));
      // The answers accept exactly what the engine's grader calls correct, at the solution and around the tolerance.
      for (const { x, correct } of pointsDeControle(type, graine)) expect(accepte(reponses, x), `${type} ${graine} : ${x}`).toBe(correct);
      const sol = k.solve(p);
      expect(texteDe(lu.globalFeedback.text)).toContain(texteResultat(sol.etapes.at(-1)!));
    }
  });

  test('une variante en euros porte la tolérance du moteur (± 0,01 €), écrite avec un point', () => {
    const type = listeExercices().find((k) => k.id === 'redevance')!.id;
    const lu = parTitre.get(`${exercice(type).titre} — variante ${grainesExport(type, 1)[0]}`);
    expect(lu.choices[0].text.range).toBe(Number(TOLERANCE_EUROS.correct.toFixed()));
    expect(texte).toMatch(/\t=\d+(\.\d+)?:0\.01#/);
    expect(texte).not.toMatch(/\t=\d+,\d/);
  });
});

describe('GIFT : caractères spéciaux et typographie', () => {
  const piege = 'Taux : 17,5\u00a0% = {a} ~ b # c \\ d\u202f000 « e »';
  const q: Question = {
    id: 'essai-echappement',
    chapitre: 'contrat',
    theme: 'contrat',
    type: 'choix-unique',
    enonce: `Énoncé ${piege} <b>pas du HTML</b> & ]]>`,
    options: [
      { texte: `Bonne ${piege}`, correct: true },
      { texte: 'Mauvaise = ~', correct: false },
      { texte: 'Autre #', correct: false },
    ],
    explication: `Explication ${piege}, assez longue.`,
    source: { document: 'isnar', section: '§3.1' },
  };
  const contenu: ContenuExport = {
    questions: [
      q,
      {
        ...q,
        id: 'essai-association',
        type: 'association',
        paires: [
          { gauche: piege, droite: piege },
          { gauche: 'a', droite: 'b' },
          { gauche: 'c', droite: 'd' },
        ],
      } as Question,
    ],
    exercices: [],
  };
  const [, lu, lu2] = parse(exporterGift(contenu));

  test('chaque caractère spécial de GIFT et chaque espace insécable reviennent tels quels', () => {
    expect(paragraphes((lu as Lu).stem.text)[0]).toBe(q.enonce);
    expect(texteDe((lu as Lu).choices[0].text.text)).toBe(`Bonne ${piege}`);
    expect(paragraphes((lu as Lu).globalFeedback.text)[0]).toBe(q.explication);
    expect(reponseAppariement((lu2 as Lu).matchPairs[0].subanswer)).toBe(piege);
  });
});
