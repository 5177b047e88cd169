/**
 * Pure parts of the self-assessment: the exam code (round trip, typos caught), the seeded draw (same
 * code → same exam, balanced across themes), the repair of stored state (never throws, item by item),
 * scores, and the FSRS scheduling of missed items.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { listeExercices } from '../../src/engine';
import {
  ALPHABET,
  cleRevision,
  encoderCode,
  GRAINE_MAX,
  lireCode,
  LONGUEURS,
  THEMES,
  tirerExamen,
  type ConfigExamen,
  type Theme,
} from '../../src/domaine/examen';
import {
  cartesDues,
  reparerCartes,
  reparerHistorique,
  reparerSession,
  scoreGlobal,
  scoresParTheme,
  VERSION_AUTO_EVALUATION,
  type ReponseItem,
  type Session,
} from '../../src/domaine/schema-auto-evaluation';
import { planifier } from '../../src/domaine/revision';
import { reponseCompatible } from '../../src/domaine/reponses';
import type { Question } from '../../src/content/schemas/question';

const dossier = new URL('../../src/content/questions/', import.meta.url);
const banque: Question[] = readdirSync(dossier)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(new URL(f, dossier), 'utf8')));
const KINDS = listeExercices();

const themesArb = fc.subarray([...THEMES], { minLength: 1 }) as fc.Arbitrary<Theme[]>;
const configArb: fc.Arbitrary<ConfigExamen> = fc.record({
  graine: fc.integer({ min: 0, max: GRAINE_MAX - 1 }),
  longueur: fc.constantFrom(...LONGUEURS),
  themes: themesArb,
});

describe('code d’examen', () => {
  test('aller-retour : lire(encoder(c)) = c, format XXX-XXX sur l’alphabet sans ambiguïté', () => {
    fc.assert(
      fc.property(configArb, (c) => {
        const code = encoderCode(c);
        expect(code).toMatch(new RegExp(`^[${ALPHABET}]{3}-[${ALPHABET}]{3}$`));
        const r = lireCode(code);
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.config).toEqual(c);
        // Lower case, spaces, no hyphen: the same exam.
        const r2 = lireCode(` ${code.toLowerCase().replace('-', ' ')} `);
        expect(r2.ok && r2.config).toEqual(c);
      }),
    );
  });

  test('une faute de frappe sur un caractère est détectée (sauf 2 ↔ Z, même reste modulo 29)', () => {
    fc.assert(
      fc.property(configArb, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: ALPHABET.length - 1 }), (c, pos, decalage) => {
        const brut = encoderCode(c).replace('-', '');
        const v = ALPHABET.indexOf(brut[pos]!);
        const w = (v + decalage) % ALPHABET.length;
        fc.pre(pos === 5 || Math.abs(v - w) !== 29);
        const faux = brut.slice(0, pos) + ALPHABET[w] + brut.slice(pos + 1);
        expect(lireCode(faux).ok).toBe(false);
      }),
    );
  });

  test('ne lève jamais d’exception ; messages en français', () => {
    fc.assert(fc.property(fc.string(), (s) => void lireCode(s)));
    expect(lireCode('')).toMatchObject({ ok: false, message: expect.stringContaining('Saisissez') });
    expect(lireCode('ABC')).toMatchObject({ ok: false, message: expect.stringContaining('6\u00a0caractères') });
    expect(lireCode('IOL-U10')).toMatchObject({ ok: false, message: expect.stringContaining('impossibles') });
  });
});

describe('tirage', () => {
  test('même code → même examen, quel que soit l’ordre de lecture de la banque', () => {
    fc.assert(
      fc.property(configArb, (c) => {
        const a = tirerExamen(c, banque, KINDS);
        const b = tirerExamen(
          lireCode(encoderCode(c)).ok ? (lireCode(encoderCode(c)) as { config: ConfigExamen }).config : c,
          [...banque].reverse(),
          [...KINDS].reverse(),
        );
        expect(b).toEqual(a);
      }),
      { numRuns: 60 },
    );
  });

  test('équilibré entre les thèmes choisis, sans question répétée, questions et exercices mêlés', () => {
    fc.assert(
      fc.property(configArb, (c) => {
        const items = tirerExamen(c, banque, KINDS);
        expect(items).toHaveLength(c.longueur);
        const parTheme = c.themes.map((t) => items.filter((i) => i.theme === t).length);
        expect(Math.max(...parTheme) - Math.min(...parTheme)).toBeLessThanOrEqual(1);
        expect(items.every((i) => c.themes.includes(i.theme))).toBe(true);
        const ids = items.flatMap((i) => (i.genre === 'question' ? [i.id] : []));
        expect(new Set(ids).size).toBe(ids.length);
        for (const i of items) {
          if (i.genre === 'question') expect(banque.find((q) => q.id === i.id)?.theme).toBe(i.theme);
          else expect(KINDS.find((k) => k.id === i.type)?.theme).toBe(i.theme);
        }
        expect(items.some((i) => i.genre === 'exercice')).toBe(true);
        if (c.longueur === 15 && c.themes.length === 5) expect(items.some((i) => i.genre === 'question')).toBe(true);
      }),
      { numRuns: 80 },
    );
  });

  test('deux graines différentes donnent en général deux examens différents', () => {
    const a = tirerExamen({ graine: 1, longueur: 15, themes: [...THEMES] }, banque, KINDS);
    const b = tirerExamen({ graine: 2, longueur: 15, themes: [...THEMES] }, banque, KINDS);
    expect(b).not.toEqual(a);
  });
});

function sessionExemple(): Session {
  const items = tirerExamen({ graine: 77, longueur: 15, themes: [...THEMES] }, banque, KINDS);
  const reponses: Array<ReponseItem | null> = items.map((it, i) =>
    i > 5
      ? null
      : it.genre === 'question'
        ? { genre: 'question', reponse: { type: 'vrai-faux', choix: true }, correct: i % 2 === 0 }
        : { genre: 'exercice', saisie: '12,5 €', verdict: i % 2 ? 'proche' : 'correct' },
  );
  return {
    version: VERSION_AUTO_EVALUATION,
    mode: 'examen',
    code: 'K7M-4QX',
    longueur: 15,
    themes: [...THEMES],
    items,
    reponses,
    index: 6,
    chrono: true,
    secondes: 42,
    debut: '2026-01-02T03:04:05.000Z',
  };
}

describe('réparation de l’état enregistré', () => {
  test('ne lève jamais d’exception, quelles que soient les données', () => {
    const brut = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.anything().map((v) => {
        try {
          return JSON.stringify(v) ?? '';
        } catch {
          return '';
        }
      }),
    );
    fc.assert(
      fc.property(brut, (s) => {
        reparerSession(s);
        reparerHistorique(s);
        reparerCartes(s);
      }),
      { numRuns: 500 },
    );
    for (const s of [null, undefined, '', 'null', '[]', '{', '"x"', '{"__proto__":{"a":1}}']) {
      expect(() => [reparerSession(s), reparerHistorique(s), reparerCartes(s)]).not.toThrow();
    }
  });

  test('une session valide est relue à l’identique', () => {
    const s = sessionExemple();
    expect(reparerSession(JSON.stringify(s))).toEqual({ valeur: s, rejets: 0 });
  });

  test('réparation élément par élément : un item corrompu part avec sa réponse, le reste est gardé', () => {
    const s = sessionExemple();
    const abime = JSON.parse(JSON.stringify(s));
    abime.items[2] = { genre: 'question', id: '__proto__', theme: 'histoire' };
    abime.reponses[3] = { genre: 'exercice', saisie: 12, verdict: 'peut-être' };
    abime.index = -4;
    const r = reparerSession(JSON.stringify(abime));
    expect(r.rejets).toBe(2);
    expect(r.valeur!.items).toHaveLength(14);
    expect(r.valeur!.items).toEqual(s.items.filter((_, i) => i !== 2));
    // the bad answer is now "unanswered"; the index goes to the first unanswered question
    expect(r.valeur!.reponses[2]).toBeNull();
    expect(r.valeur!.index).toBe(2);
  });

  test('historique : une tentative corrompue est écartée seule', () => {
    const s = sessionExemple();
    const t = { code: s.code, date: '2026-01-02T03:10:00.000Z', longueur: 15, themes: s.themes, items: s.items, reponses: s.reponses, secondes: 0 };
    const r = reparerHistorique(JSON.stringify([t, { date: 'hier' }, 17, { ...t, date: '2026-01-01T00:00:00.000Z' }]));
    expect(r.rejets).toBe(2);
    expect(r.valeur.map((x) => x.date)).toEqual(['2026-01-01T00:00:00.000Z', '2026-01-02T03:10:00.000Z']);
  });

  test('cartes : une carte corrompue, ou rangée sous une autre clé, est écartée seule', () => {
    const cartes = planifier({}, [{ item: { genre: 'question', id: 'histoire-x', theme: 'histoire' }, juste: false }], new Date('2026-01-01T00:00:00Z'));
    const bonne = cartes['q:histoire-x'];
    const r = reparerCartes(JSON.stringify({ 'q:histoire-x': bonne, 'q:autre': bonne, 'x:y': { item: bonne!.item, carte: { due: 'demain' } } }));
    expect(Object.keys(r.valeur)).toEqual(['q:histoire-x']);
    expect(r.rejets).toBe(2);
  });
});

describe('scores et révisions', () => {
  test('score : juste = 1, presque juste = ½, faux ou sans réponse = 0, au total et par thème', () => {
    const q = (correct: boolean): ReponseItem => ({ genre: 'question', reponse: { type: 'vrai-faux', choix: true }, correct });
    const ex = (verdict: 'correct' | 'proche' | 'faux'): ReponseItem => ({ genre: 'exercice', saisie: '12,5 €', verdict });
    const items = [
      { genre: 'question', id: 'histoire-a', theme: 'histoire' },
      { genre: 'question', id: 'histoire-b', theme: 'histoire' },
      { genre: 'exercice', type: 'plafond-da', graine: 1, theme: 'depassements' },
      { genre: 'exercice', type: 'plafond-da', graine: 2, theme: 'depassements' },
      { genre: 'exercice', type: 'plafond-da', graine: 3, theme: 'depassements' },
    ] as const;
    const reponses = [q(true), q(false), ex('proche'), ex('faux'), null];
    // Total: 1 + 0 + ½ + 0 + 0 = 1,5 point sur 5, 30 %. Histoire 1 / 2 = 50 % ; dépassements ½ / 3 ≈ 16,7 → 17 %.
    expect(scoreGlobal(items, reponses)).toEqual({ points: 1.5, total: 5, pourcent: 30 });
    expect(scoresParTheme(items, reponses)).toEqual([
      { theme: 'histoire', points: 1, total: 2, pourcent: 50 },
      { theme: 'depassements', points: 0.5, total: 3, pourcent: 17 },
    ]);
  });

  test('FSRS : un item manqué reçoit une carte (Again), un item juste sans carte n’en reçoit pas, une carte révisée juste s’espace', () => {
    const t0 = new Date('2026-03-01T10:00:00Z');
    const manque = { genre: 'question' as const, id: 'contrat-a', theme: 'contrat' as const };
    const juste = { genre: 'exercice' as const, type: 'plafond-da', graine: 12345, theme: 'depassements' as const };
    const c1 = planifier(
      {},
      [
        { item: manque, juste: false },
        { item: juste, juste: true },
      ],
      t0,
    );
    expect(Object.keys(c1)).toEqual([cleRevision(manque)]);
    expect(cartesDues(c1, t0)).toHaveLength(0);
    const t1 = new Date(t0.getTime() + 10 * 60_000);
    expect(cartesDues(c1, t1).map((c) => c.cle)).toEqual(['q:contrat-a']);
    const c2 = planifier(c1, [{ item: manque, juste: true }], t1);
    expect(Date.parse(c2['q:contrat-a']!.carte.due)).toBeGreaterThan(Date.parse(c1['q:contrat-a']!.carte.due));
    expect(c2['q:contrat-a']!.carte.reps).toBe(2);
    // The stored card survives a round trip through localStorage.
    expect(reparerCartes(JSON.stringify(c2)).valeur).toEqual(c2);
  });

  test('réponse enregistrée incompatible avec la question (banque modifiée) : écartée', () => {
    const q = banque.find((x) => x.type === 'choix-unique')!;
    expect(reponseCompatible(q, { type: 'choix-unique', choix: 0 })).toBe(true);
    expect(reponseCompatible(q, { type: 'choix-unique', choix: 40 })).toBe(false);
    expect(reponseCompatible(q, { type: 'vrai-faux', choix: true })).toBe(false);
  });
});
