/**
 * The SCORM 1.2 adapter and the resume state, without a browser: the API search (parents, then the
 * opener, bounded), the CMITimespan format, the calls a session makes, and the 4 096-character bound
 * of `cmi.suspend_data` on the longest exam the course can draw.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { dureeScorm, ouvrirSession, PROFONDEUR_MAX, trouverApi, type ApiScorm12 } from '../../src/scorm/api';
import { encoderEtat, LIMITE_SUSPEND, lireEtat, SAISIE_MAX, saisieCompacte, type EtatSco, type ReponseSco } from '../../src/scorm/etat';
import { encoderCode, GRAINE_MAX, LONGUEURS, THEMES, tirerExamen } from '../../src/domaine/examen';
import { listeExercices } from '../../src/engine';
import { itemsDe, themesDe } from '../../src/scorm/tirage';
import { banque } from './outils';

type Fen = { API?: unknown; parent: Fen | null; opener?: Fen | null };

/** A fake LMS API that records every call. */
function fausseApi(donnees: Record<string, string> = {}) {
  const appels: string[] = [];
  const api: ApiScorm12 = {
    LMSInitialize: () => (appels.push('LMSInitialize'), 'true'),
    LMSFinish: () => (appels.push('LMSFinish'), 'true'),
    LMSGetValue: (e) => donnees[e] ?? '',
    LMSSetValue: (e, v) => (appels.push(`${e}=${v}`), 'true'),
    LMSCommit: () => (appels.push('LMSCommit'), 'true'),
    LMSGetLastError: () => '0',
    LMSGetErrorString: () => '',
  };
  return { api, appels };
}

/** A chain of `n` nested frames, the top one holding `api`; returns the innermost. */
function cadres(n: number, api: unknown): Fen {
  const haut: Fen = { API: api, parent: null };
  haut.parent = haut; // a top window is its own parent
  let w = haut;
  for (let i = 0; i < n; i++) w = { parent: w };
  return w;
}

describe('recherche de l’API', () => {
  test('dans les cadres parents, jusqu’à la profondeur maximale et pas au-delà', () => {
    const { api } = fausseApi();
    expect(trouverApi(cadres(0, api))).toBe(api);
    expect(trouverApi(cadres(PROFONDEUR_MAX, api))).toBe(api);
    expect(trouverApi(cadres(PROFONDEUR_MAX + 1, api))).toBeNull();
  });

  test('puis dans la fenêtre qui a ouvert celle-ci (et ses parents)', () => {
    const { api } = fausseApi();
    const seule: Fen = { parent: null, opener: cadres(2, api) };
    seule.parent = seule;
    expect(trouverApi(seule)).toBe(api);
  });

  test('un parent d’une autre origine (lecture impossible) est passé, pas fatal', () => {
    const { api } = fausseApi();
    const haut: Fen = { API: api, parent: null };
    haut.parent = haut;
    const etranger = { parent: haut } as Fen;
    Object.defineProperty(etranger, 'API', {
      get() {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    });
    expect(trouverApi({ parent: etranger })).toBe(api);
  });

  test('sans LMS : pas de session', () => {
    const seule: Fen = { parent: null };
    seule.parent = seule;
    expect(ouvrirSession(seule)).toBeNull();
  });
});

describe('durée de session (CMITimespan de SCORM 1.2)', () => {
  test.each([
    [0, '0000:00:00.00'],
    [1234, '0000:00:01.23'],
    [3_723_450, '0001:02:03.45'],
    [100 * 3_600_000, '0100:00:00.00'],
  ])('%i ms → %s', (ms, attendu) => expect(dureeScorm(ms)).toBe(attendu));

  test('toujours au format HHHH:MM:SS.SS, minutes et secondes < 60', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 * 3_600_000 }), (ms) => {
        const m = /^(\d{4}):([0-5]\d):([0-5]\d)\.(\d{2})$/.exec(dureeScorm(ms));
        expect(m).not.toBeNull();
      }),
    );
  });
});

describe('session', () => {
  test('LMSInitialize, reprise lue, sauvegarde, puis score, statut, durée, LMSCommit et LMSFinish — rien après', () => {
    const { api, appels } = fausseApi({ 'cmi.suspend_data': 'x', 'cmi.core.entry': 'resume' });
    const haut: Fen = { API: api, parent: null };
    haut.parent = haut;
    let t = 1000;
    const s = ouvrirSession(haut, () => t)!;
    expect(s.suspendu).toBe('x');
    expect(s.entree).toBe('resume');
    s.sauver('etat', 'incomplete');
    t += 65_500;
    s.terminer(80, 'fin', 'completed');
    s.sauver('trop tard', 'incomplete');
    expect(appels).toEqual([
      'LMSInitialize',
      'cmi.suspend_data=etat',
      'cmi.core.lesson_status=incomplete',
      'LMSCommit',
      'cmi.core.score.min=0',
      'cmi.core.score.max=100',
      'cmi.core.score.raw=80',
      'cmi.core.lesson_status=completed',
      'cmi.suspend_data=fin',
      'cmi.core.exit=',
      'cmi.core.session_time=0000:01:05.50',
      'LMSCommit',
      'LMSFinish',
    ]);
  });
});

describe('état de reprise dans cmi.suspend_data', () => {
  const kinds = listeExercices();
  /** The longest answer each item can have: every option ticked, every index, a typed number of SAISIE_MAX characters. */
  const plusLongue = (id: string | null): ReponseSco => {
    if (id === null) return { genre: 'exercice', verdict: 'proche', saisie: '-1 234 567 890,123456789 €' };
    const q = banque.find((x) => x.id === id)!;
    switch (q.type) {
      case 'choix-unique':
        return { genre: 'question', reponse: { type: q.type, choix: q.options.length - 1 } };
      case 'choix-multiple':
        return { genre: 'question', reponse: { type: q.type, choix: q.options.map((_, i) => i) } };
      case 'vrai-faux':
        return { genre: 'question', reponse: { type: q.type, choix: false } };
      case 'association':
        return { genre: 'question', reponse: { type: q.type, choix: q.paires.map((_, i) => i) } };
      case 'ordre':
        return { genre: 'question', reponse: { type: q.type, ordre: q.elements.map((_, i) => i) } };
    }
  };

  test('l’examen le plus long (40 questions, toutes répondues au plus long) tient dans 4 096 caractères, et se relit à l’identique', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: GRAINE_MAX - 1 }), fc.subarray([...THEMES], { minLength: 1 }), (graine, themes) => {
        const config = { graine, longueur: Math.max(...LONGUEURS) as 40, themes };
        const items = tirerExamen(config, banque, kinds);
        const reponses = items.map((it) => plusLongue(it.genre === 'question' ? it.id : null));
        const etat: EtatSco = {
          genre: 'A',
          cle: encoderCode(config),
          index: items.length - 1,
          fini: false,
          secondes: 99_999_999,
          reponses,
        };
        const s = encoderEtat(etat);
        expect(s.length).toBeLessThanOrEqual(LIMITE_SUSPEND);
        const lu = lireEtat(s);
        expect(lu.ok && lu.etat).toEqual({
          ...etat,
          reponses: reponses.map((r) => (r.genre === 'exercice' ? { ...r, saisie: saisieCompacte(r.saisie) } : r)),
        });
      }),
      { numRuns: 50 },
    );
  });

  test('une saisie garde sa valeur une fois compactée (unité et espaces de groupes ôtés)', () => {
    expect(saisieCompacte('1\u202f234,56\u00a0€')).toBe('1234,56');
    expect(saisieCompacte('66,8 %')).toBe('66,8');
    expect(saisieCompacte('1'.repeat(40))).toHaveLength(SAISIE_MAX);
  });

  test('un état d’une autre version des générateurs, ou illisible, n’est pas repris', () => {
    expect(lireEtat('')).toEqual({ ok: false, raison: 'vide' });
    expect(lireEtat('999;A;K7M-4QX;0;0;0;')).toEqual({ ok: false, raison: 'version' });
    expect(lireEtat('nimporte quoi')).toEqual({ ok: false, raison: 'illisible' });
  });
});

describe('ce que tire une SCO', () => {
  test('auto-évaluation limitée à des chapitres : leurs questions seulement, et des exercices de leurs thèmes', () => {
    const config = { genre: 'auto-evaluation' as const, titre: 'x', chapitres: ['histoire'] };
    const themes = themesDe(config, banque);
    const deLHistoire = new Set(banque.filter((q) => q.chapitre === 'histoire').map((q) => q.theme));
    expect(themes).toEqual(THEMES.filter((t) => deLHistoire.has(t)));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: GRAINE_MAX - 1 }), fc.constantFrom(...LONGUEURS), (graine, longueur) => {
        const items = itemsDe(config, banque, encoderCode({ graine, longueur, themes }))!;
        expect(items).toHaveLength(longueur);
        for (const it of items) {
          if (it.genre === 'question') expect(banque.find((q) => q.id === it.id)!.chapitre).toBe('histoire');
          else expect(themes).toContain(it.theme);
        }
      }),
      { numRuns: 30 },
    );
  });

  test('quiz de chapitre : les questions du chapitre dans l’ordre de la banque ; un état d’un autre chapitre n’est pas repris', () => {
    const config = { genre: 'quiz' as const, titre: 'x', chapitre: 'contrat' };
    expect(itemsDe(config, banque, 'contrat')!.map((i) => (i.genre === 'question' ? i.id : ''))).toEqual(
      banque.filter((q) => q.chapitre === 'contrat').map((q) => q.id),
    );
    expect(itemsDe(config, banque, 'histoire')).toBeNull();
    expect(itemsDe({ genre: 'auto-evaluation', titre: 'x', chapitres: null }, banque, 'ZZZ-ZZZ')).toBeNull();
  });
});
