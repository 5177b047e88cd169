// Parameter families registered module by module (src/engine/parametres/registre.ts): an island's
// bundle holds only the modules it imports, so each exercise module, imported ALONE (a fresh module
// graph, without the engine's public entry that registers the whole barème), must register every
// family its statements, hints, solutions and graders ask for — and no more than it needs.
import { describe, it, expect, vi, beforeEach } from 'vitest';
import type { ExerciseKind } from '../../src/engine/exercises/types';

const MODULES = {
  histoire: () => import('../../src/engine/exercises/histoire'),
  patient: () => import('../../src/engine/exercises/patient'),
  depassements: () => import('../../src/engine/exercises/depassements'),
  contrat: () => import('../../src/engine/exercises/contrat'),
  cdc: () => import('../../src/engine/exercises/cdc'),
} as const;

const estKind = (v: unknown): v is ExerciseKind => typeof v === 'object' && v !== null && 'generate' in v && 'grade' in v;

beforeEach(() => {
  vi.resetModules();
});

describe('chaque module d’exercices, importé seul, enregistre les familles de paramètres qu’il utilise', () => {
  for (const [nom, charger] of Object.entries(MODULES)) {
    it(nom, async () => {
      const mod: Record<string, unknown> = await charger();
      const kinds = Object.values(mod).filter(estKind);
      expect(kinds.length).toBeGreaterThan(0);
      for (const kind of kinds)
        for (let graine = 1; graine <= 40; graine++) {
          const p = kind.generate(graine);
          kind.enonce(p);
          kind.indices(p);
          const s = kind.solve(p);
          // The right answer, and a wrong one (graders look parameters up to name the likely mistake).
          expect(kind.grade(p, s.valeur.toString().replace('.', ',')).verdict, `${kind.id} graine ${graine}`).not.toBe('illisible');
          expect(kind.grade(p, '1').verdict).not.toBe('illisible');
        }
    });
  }
});

describe('un module n’emporte que ses familles', () => {
  it('les exercices du thème « aujourd’hui » (cdc) ne chargent pas les tarifs des consultations', async () => {
    await MODULES.cdc();
    const { parametre } = await import('../../src/engine/parametres/registre');
    expect(() => parametre('fpmt.base', '2018-01-01')).not.toThrow();
    expect(() => parametre('acte.G', '2018-01-01')).toThrow(/n'existe pas/);
  });
  it('l’entrée publique du moteur enregistre tout le barème', async () => {
    const { parametre, definitionsParametres } = await import('../../src/engine/index');
    for (const id of definitionsParametres.keys()) expect(() => parametre(id, '2030-01-01')).not.toThrow(/n'existe pas/);
  });
});
