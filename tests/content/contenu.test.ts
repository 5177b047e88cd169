/**
 * The course content: every collection valid against its schema, every cross-reference resolving,
 * the question bank complete, every ambiguity of the sources addressed in a chapter.
 */
import { describe, expect, test } from 'vitest';
import { chapitreSchema } from '../../src/content/schemas/chapitre';
import { questionSchema, type Question } from '../../src/content/schemas/question';
import { termeSchema } from '../../src/content/schemas/glossaire';
import { sourceSchema } from '../../src/content/schemas/source';
import { evenementSchema } from '../../src/content/schemas/evenement';
import { CHAPITRES } from '../../src/content/schemas/common';
import { THEMES } from '../../src/engine/themes';
import { chapitres, chronologieBrute, glossaireBrut, questionsBrutes, sourcesBrutes, titresNiveau2, usages } from './charger';

const lesChapitres = chapitres();
const glossaire = glossaireBrut();
const sources = sourcesBrutes();
const idsTermes = new Set(glossaire.map((t) => t.id as string));
const idsSources = new Set(sources.map((s) => s.id as string));
const questions = questionsBrutes();

describe('schémas', () => {
  test('les six chapitres existent, dans l’ordre prévu', () => {
    const parOrdre = [...lesChapitres].sort((a, b) => (a.frontmatter.ordre as number) - (b.frontmatter.ordre as number)).map((c) => c.id);
    expect(parOrdre).toEqual([...CHAPITRES]);
  });
  for (const c of lesChapitres) {
    test(`chapitre ${c.id} : en-tête valide`, () => {
      const r = chapitreSchema.safeParse(c.frontmatter);
      expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
    });
  }
  test('chaque question respecte le schéma', () => {
    const erreurs = questions.flatMap(({ fichier, question }) => {
      const r = questionSchema.safeParse(question);
      return r.success ? [] : [`${fichier} ${String(question.id)} : ${JSON.stringify(r.error.issues[0])}`];
    });
    expect(erreurs).toEqual([]);
  });
  test('chaque terme du glossaire, source et événement respecte son schéma', () => {
    const erreurs = [
      ...glossaire.map((t) => [t.id, termeSchema.safeParse(t)] as const),
      ...sources.map((s) => [s.id, sourceSchema.safeParse(s)] as const),
      ...chronologieBrute().map((e) => [e.id, evenementSchema.safeParse(e)] as const),
    ].flatMap(([id, r]) => (r.success ? [] : [`${String(id)} : ${JSON.stringify(r.error.issues[0])}`]));
    expect(erreurs).toEqual([]);
  });
  test('identifiants uniques partout', () => {
    for (const ids of [questions.map((q) => q.question.id), glossaire.map((t) => t.id), sources.map((s) => s.id), chronologieBrute().map((e) => e.id)]) {
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('banque de questions', () => {
  const valides = questions.map((q) => questionSchema.parse(q.question));
  for (const chapitre of CHAPITRES) {
    test(`${chapitre} : au moins 10 questions, d’au moins trois types`, () => {
      const qs = valides.filter((q) => q.chapitre === chapitre);
      expect(qs.length).toBeGreaterThanOrEqual(10);
      expect(new Set(qs.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
    });
  }
  test('les cinq types de question sont représentés', () => {
    expect(new Set(valides.map((q) => q.type))).toEqual(new Set(['choix-unique', 'choix-multiple', 'vrai-faux', 'association', 'ordre']));
  });
  test('chaque thème a des questions', () => {
    for (const t of THEMES)
      expect(
        valides.some((q) => q.theme === t),
        t,
      ).toBe(true);
  });
  const nbCorrectes = (q: Question) => ('options' in q ? q.options.filter((o) => o.correct).length : null);
  test('choix unique : exactement une bonne réponse ; choix multiple : au moins deux', () => {
    const fautives = valides.filter((q) => (q.type === 'choix-unique' && nbCorrectes(q) !== 1) || (q.type === 'choix-multiple' && (nbCorrectes(q) ?? 0) < 2));
    expect(fautives.map((q) => q.id)).toEqual([]);
  });
  test('associations et ordres sans doublon (la bonne réponse serait ambiguë)', () => {
    const fautives = valides.filter(
      (q) =>
        (q.type === 'association' &&
          (new Set(q.paires.map((p) => p.gauche)).size !== q.paires.length || new Set(q.paires.map((p) => p.droite)).size !== q.paires.length)) ||
        (q.type === 'ordre' && new Set(q.elements).size !== q.elements.length) ||
        ('options' in q && new Set(q.options.map((o) => o.texte)).size !== q.options.length),
    );
    expect(fautives.map((q) => q.id)).toEqual([]);
  });
  test('chaque question cite une source connue', () => {
    expect(valides.filter((q) => !idsSources.has(q.source.document)).map((q) => q.id)).toEqual([]);
  });
});

describe('renvois', () => {
  for (const c of lesChapitres) {
    test(`${c.id} : chaque <Terme> et <Source> renvoie à une entrée existante`, () => {
      const termes = usages(c.corps, 'Terme')
        .map((u) => u.attributs.id!)
        .filter((id) => !idsTermes.has(id));
      const docs = usages(c.corps, 'Source')
        .map((u) => u.attributs.doc!)
        .filter((id) => !idsSources.has(id));
      expect({ termes, docs }).toEqual({ termes: [], docs: [] });
    });
  }
  test('chaque terme du glossaire et chaque événement cite une source connue', () => {
    const sansSource = [...glossaire, ...chronologieBrute()]
      .filter((e) => e.source && !idsSources.has((e.source as { document: string }).document))
      .map((e) => e.id);
    expect(sansSource).toEqual([]);
  });
  test('les sigles exigés sont au glossaire', () => {
    const exiges = [
      'amo',
      'amc',
      'ald',
      'apc',
      'asv',
      'cas',
      'ccam',
      'cmu-c',
      'cnam',
      'cpam',
      'cpts',
      'csc',
      'da',
      'de',
      'dp',
      'dmp',
      'fami',
      'fmt',
      'fpmt',
      'hcaam',
      'mcs',
      'mmg',
      'mpc',
      'msp',
      'ondam',
      'optam',
      'optam-co',
      'pass',
      'rmt',
      'rosp',
      't2a',
      'uncam',
      'unocam',
      'unps',
      'urps',
    ];
    expect(exiges.filter((id) => !idsTermes.has(id))).toEqual([]);
  });
});

describe('structure pédagogique des chapitres', () => {
  for (const c of lesChapitres) {
    test(`${c.id} : sections, encadré « À retenir », citations`, () => {
      expect(titresNiveau2(c.corps).length).toBeGreaterThanOrEqual(2);
      expect(usages(c.corps, 'Encadre').some((u) => u.attributs.type === 'a-retenir')).toBe(true);
      expect(usages(c.corps, 'Source').length).toBeGreaterThanOrEqual(3);
    });
  }
  test('chacune des 21 ambiguïtés des sources (registre src/engine/ambiguites.ts) a son encadré dans un chapitre', () => {
    const notes = new Set(
      lesChapitres.flatMap((c) =>
        usages(c.corps, 'Encadre')
          .filter((u) => u.attributs.type === 'ambiguite')
          .map((u) => Number(u.attributs.note)),
      ),
    );
    const manquantes = Array.from({ length: 21 }, (_, i) => i + 1).filter((n) => !notes.has(n));
    expect(manquantes).toEqual([]);
  });
  test('chaque encadré « Ce qui a changé depuis » est daté et cite ses sources', () => {
    for (const c of lesChapitres) {
      const re = /<Encadre\b[^>]*type="change-depuis"[^>]*>([\s\S]*?)<\/Encadre>/g;
      for (const m of c.corps.matchAll(re)) {
        expect(m[0], c.id).toMatch(/date="[^"]+"/);
        expect(m[1], c.id).toMatch(/<Source /);
      }
    }
  });
});
