/**
 * Moodle XML export read by a real XML parser (fast-xml-parser) and checked for what Moodle's
 * importer requires of each question type (question/format/xml/format.php and the types' import code):
 * a name, HTML question text in CDATA with its HTML escaped, answer fractions Moodle lists, fractions
 * of a multiple-answer question summing to 100, shuffle flags, numeric tolerances, categories.
 */
import { describe, expect, test } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { citer, exercice, listeExercices } from '../../src/engine';
import { contenuBanque, exporterMoodleXml, exporterSerie, grainesExport, repartir, type ContenuExport } from '../../src/domaine/export';
import type { Question } from '../../src/content/schemas/question';
import { accepte, banque, chapitresCours, optionsCours, paragraphes, pointsDeControle, texteDe } from './outils';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed XML
type Noeud = any;

/**
 * The grades Moodle accepts, copied from Moodle's question/engine/bank.php (`ensure_fraction_options_initialised`):
 * 0, 1 and these, and their negatives. `match_grade_options` (lib/questionlib.php) accepts a fraction
 * within 0.00001 of one of them when the import option « Correspondance des notes » is « erreur ».
 */
const LISTE_MOODLE = [
  1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05,
];
const fractionListee = (pourcent: string) => [0, ...LISTE_MOODLE, ...LISTE_MOODLE.map((f) => -f)].some((f) => Math.abs(Number(pourcent) / 100 - f) < 0.00001);

/** A percentage written with at most 7 decimals, in units of 10⁻⁷, as an exact integer (no float sum). */
const unites = (s: string) => {
  const m = /^(-?)(\d+)(?:\.(\d{1,7}))?$/.exec(s);
  if (!m) throw new Error(`fraction illisible : ${s}`);
  return (m[1] ? -1n : 1n) * (BigInt(m[2]!) * 10_000_000n + BigInt((m[3] ?? '').padEnd(7, '0')));
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  cdataPropName: '#cdata',
  parseTagValue: false,
  isArray: (nom) => ['question', 'answer', 'subquestion', 'hint', 'unit'].includes(nom),
});
/** An element's text, whether it was written in CDATA or not; adjacent CDATA sections (a split « ]]> ») are one text in XML. */
const t = (n: Noeud): string => {
  if (n === undefined) return '';
  if (typeof n === 'string') return n;
  const c = n['#cdata'] ?? n['#text'] ?? '';
  return Array.isArray(c) ? c.join('') : String(c);
};

const N = 5;
const xml = exporterMoodleXml(contenuBanque(banque, { variantes: N }), optionsCours);
const questions: Noeud[] = parser.parse(xml).quiz.question;

describe('Moodle XML : structure que l’importeur attend', () => {
  test('XML bien formé, une catégorie avant toute question, chemins « $course$/Secteurs/chapitre/thème »', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(questions[0]['@type']).toBe('category');
    const categories = questions.filter((q) => q['@type'] === 'category').map((q) => t(q.category.text));
    for (const c of categories) expect(c).toMatch(/^\$course\$\/Secteurs\/[^/].*\/[^/]/);
    // Chapters in the course's order, by title.
    const chapitresVus = [...new Set(categories.filter((c) => !c.includes('Exercices chiffrés')).map((c) => c.split('/')[2]))];
    expect(chapitresVus).toEqual(chapitresCours.map((c) => c.titre).filter((x) => chapitresVus.includes(x)));
    expect(categories.filter((c) => c.includes('Exercices chiffrés'))).toHaveLength(listeExercices().length);
  });

  test('chaque question : nom, texte HTML en CDATA, retour général, idnumber unique', () => {
    const vraies = questions.filter((q) => q['@type'] !== 'category');
    expect(vraies).toHaveLength(banque.length + listeExercices().length * N);
    const ids = vraies.map((q) => q.idnumber);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of vraies) {
      expect(t(q.name.text).length).toBeGreaterThan(0);
      expect(q.questiontext['@format']).toBe('html');
      expect(q.questiontext.text['#cdata']).toMatch(/^<p>/);
      expect(q.generalfeedback.text['#cdata'].length).toBeGreaterThan(0);
      expect(q.defaultgrade).toBe('1');
    }
  });

  const parId = new Map(questions.filter((q) => q['@type'] !== 'category').map((q) => [q.idnumber, q]));

  test.each(banque.map((q) => [q.id, q] as const))('%s', (_id, q: Question) => {
    const x = parId.get(q.id);
    expect(paragraphes(t(x.questiontext.text))[0]).toBe(q.enonce);
    expect(paragraphes(t(x.generalfeedback.text))).toEqual([q.explication, `Source\u00a0: ${citer(q.source, optionsCours.citations)}`]);
    switch (q.type) {
      case 'choix-unique':
      case 'choix-multiple': {
        expect(x['@type']).toBe('multichoice');
        expect(x.single).toBe(q.type === 'choix-unique' ? 'true' : 'false');
        expect(x.shuffleanswers).toBe('true');
        expect(x.answer.map((a: Noeud) => texteDe(t(a.text)))).toEqual(q.options.map((o) => o.texte));
        const fractions: string[] = x.answer.map((a: Noeud) => a['@fraction']);
        for (const f of fractions) expect(fractionListee(f), `${q.id} : ${f}`).toBe(true);
        q.options.forEach((o, i) => expect(Number(fractions[i]) > 0, `${q.id} option ${i}`).toBe(o.correct));
        const positives = fractions.filter((f) => Number(f) > 0).reduce((a, f) => a + unites(f), 0n);
        expect(positives).toBe(unites('100'));
        if (q.type === 'choix-multiple') expect(fractions.filter((f) => Number(f) < 0).reduce((a, f) => a + unites(f), 0n)).toBe(unites('-100'));
        for (const a of x.answer) expect(t(a.feedback.text).length).toBeGreaterThan(0);
        break;
      }
      case 'vrai-faux': {
        expect(x['@type']).toBe('truefalse');
        const parTexte = Object.fromEntries(x.answer.map((a: Noeud) => [t(a.text), a['@fraction']]));
        expect(parTexte).toEqual(q.reponse ? { true: '100', false: '0' } : { true: '0', false: '100' });
        break;
      }
      case 'association': {
        expect(x['@type']).toBe('matching');
        expect(x.shuffleanswers).toBe('true');
        expect(x.subquestion.map((s: Noeud) => [texteDe(t(s.text)), t(s.answer[0].text)])).toEqual(q.paires.map((p) => [p.gauche, p.droite]));
        break;
      }
      case 'ordre': {
        expect(x['@type']).toBe('ordering');
        // The ordering type stores each item's position in « fraction » (1, 2, …), as its own export does.
        expect(x.answer.map((a: Noeud) => [texteDe(t(a.text)), a['@fraction']])).toEqual(q.elements.map((e, i) => [e, String(i + 1)]));
        // Values the type's import reads (set_options_for_import): all items, vertical, all or nothing as the course grades it.
        expect([x.selecttype, x.selectcount, x.layouttype, x.gradingtype]).toEqual(['ALL', String(q.elements.length), 'VERTICAL', 'ALL_OR_NOTHING']);
        break;
      }
    }
  });

  test.each(listeExercices().map((k) => [k.id] as const))('variantes numériques de %s', (type) => {
    const k = exercice(type);
    for (const graine of grainesExport(type, N)) {
      const x = parId.get(`${type}-${graine}`);
      expect(x['@type']).toBe('numerical');
      const p = k.generate(graine);
      expect(paragraphes(t(x.questiontext.text))[0]).toBe(k.enonce(p));
      const justes = x.answer.filter((a: Noeud) => a['@fraction'] === '100');
      for (const a of justes) expect(t(a.text)).toMatch(/^-?\d+(\.\d+)?$/);
      const reponses = justes.map((a: Noeud) => ({ valeur: Number(t(a.text)), tolerance: Number(a.tolerance) }));
      for (const { x: v, correct } of pointsDeControle(type, graine)) expect(accepte(reponses, v), `${type} ${graine} : ${v}`).toBe(correct);
      // Catch-all « * » answer, units, hints = the engine's hints, worked solution in the general feedback.
      expect(x.answer.at(-1)['@fraction']).toBe('0');
      expect(t(x.answer.at(-1).text)).toBe('*');
      expect(x.units.unit[0].unit_name).toBe(k.solve(p).unite === 'taux' ? '%' : '€');
      expect((x.hint ?? []).map((h: Noeud) => texteDe(t(h.text)))).toEqual(k.indices(p));
      expect(t(x.generalfeedback.text)).toMatch(/<ol><li>/);
    }
  });
});

test('toute répartition en k parts (k ≤ 10, le schéma en permet 7 au plus) : des notes que Moodle liste, de somme exactement ±100', () => {
  for (let k = 1; k <= 10; k++) {
    for (const total of [100, -100] as const) {
      const parts = repartir(total, k);
      expect(parts).toHaveLength(k);
      for (const p of parts) expect(fractionListee(p), `${k} parts : ${p}`).toBe(true);
      expect(parts.reduce((a, p) => a + unites(p), 0n)).toBe(unites(String(total)));
    }
  }
  expect(() => repartir(100, 11)).toThrow(RangeError);
});

describe('Moodle XML : échappement et repli de l’ordre', () => {
  const q: Question = {
    id: 'essai-echappement',
    chapitre: 'contrat',
    theme: 'contrat',
    type: 'ordre',
    enonce: 'Rangez <script>alert(1)</script> & « ceci » ]]> fin',
    elements: ['a < b', 'c & d', 'e ]]> f'],
    explication: 'Une explication de plus de vingt caractères.',
    source: { document: 'isnar', section: '§1' },
  };
  const contenu: ContenuExport = { questions: [q], exercices: [] };

  test('le HTML du texte est échappé dans le CDATA, et « ]]> » n’y coupe rien', () => {
    const sortie = exporterMoodleXml(contenu);
    expect(XMLValidator.validate(sortie)).toBe(true);
    const x = parser.parse(sortie).quiz.question[1];
    const html = t(x.questiontext.text);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(paragraphes(html)[0]).toBe(q.enonce);
    expect(x.answer.map((a: Noeud) => texteDe(t(a.text)))).toEqual(q.elements);
  });

  test('sans le type « ordering » : une association position → élément', () => {
    const x = parser.parse(exporterMoodleXml(contenu, { ordre: 'association' })).quiz.question[1];
    expect(x['@type']).toBe('matching');
    expect(x.subquestion.map((s: Noeud) => t(s.answer[0].text))).toEqual(q.elements);
  });
});

describe('Même entrée, même fichier', () => {
  test('deux exports de la même série sont identiques octet pour octet, et ne contiennent que ses éléments', () => {
    const items = [
      { genre: 'question' as const, id: banque[3]!.id, theme: banque[3]!.theme },
      { genre: 'exercice' as const, type: 'plafond-da', graine: 48213, theme: 'depassements' as const },
      { genre: 'question' as const, id: banque[0]!.id, theme: banque[0]!.theme },
    ];
    const a = exporterSerie(items, banque, 'moodle-xml', optionsCours);
    const b = exporterSerie(structuredClone(items), structuredClone(banque), 'moodle-xml', optionsCours);
    expect(a).toBe(b);
    expect(exporterSerie(items, banque, 'gift', optionsCours)).toBe(exporterSerie(items, banque, 'gift', optionsCours));
    const ids = parser
      .parse(a)
      .quiz.question.filter((q: Noeud) => q['@type'] !== 'category')
      .map((q: Noeud) => q.idnumber);
    expect(ids.sort()).toEqual([banque[3]!.id, banque[0]!.id, 'plafond-da-48213'].sort());
  });

  test('une série qui nomme une question disparue donne un message en français', () => {
    expect(() => exporterSerie([{ genre: 'question', id: 'inconnue', theme: 'contrat' }], banque, 'gift')).toThrow(/n’est plus dans la banque/);
  });
});
