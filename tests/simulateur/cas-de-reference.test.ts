// Golden cases from the rules' own publisher (betagouv/mon-entreprise, MIT licence), commit
// e2c00992b51fa49ae9df35c622806d126f7327b0 (9 January 2026, « chore(modele-social): v10.0.1 »):
// - situations: site/test/regressions/professions-libérales.yaml, key « médecin » (six situations, copied below);
// - expected figures: site/test/regressions/__snapshots__/professions-libérales.test.ts.snap, « médecin 1 » to « médecin 6 »
//   (excerpt kept verbatim in fixtures/snapshot-medecin-10.0.1.txt);
// - the base situation of their test: site/source/pages/simulateurs/profession-libérale/simulationConfig.ts
//   (`configProfessionLibérale.situation` + « réglementée : oui » — our SITUATION_BASE).
// The snapshot was taken with modele-social 10.0.1; the course pins 11.1.0, whose CHANGELOG says
// « Mise à jour des cotisations aux caisses de retraite spécifiques aux professions libérales
// réglementées » (CARMF: ASV forfaitaire 5 556 → 5 751 €, ajustement 3,80 → 4,00 %, invalidité-décès
// 2026). The test asserts both: 11.1.0 with the CARMF rules of 10.0.1 (fixtures/CARMF-modele-social-10.0.1.publicodes,
// same commit, modele-social/règles/dirigeant/professions-libérales/CARMF.publicodes) gives the snapshot to the
// euro; 11.1.0 as published differs from it only where the CARMF lines changed.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import rules from 'modele-social';
import Engine from 'publicodes';
import { SITUATION_BASE } from '../../src/simulateur/situation';

const ici = (f: string) => new URL(`./fixtures/${f}`, import.meta.url);
const P = 'dirigeant . indépendant . PL';
const SITUATIONS: Record<string, string>[] = [
  { [`${P} . métier`]: "'santé . médecin'", 'dirigeant . rémunération . totale': '50000 €/an' },
  {
    [`${P} . métier`]: "'santé . médecin'",
    'dirigeant . rémunération . totale': '50000 €/an',
    [`${P} . métier . santé . médecin . secteur`]: "'S2'",
    [`${P} . PAMC . dépassement d'honoraire moyen`]: '20%',
  },
  {
    [`${P} . métier`]: "'santé . médecin'",
    'dirigeant . rémunération . totale': '300000 €/an',
    [`${P} . métier . santé . médecin . secteur`]: "'S2'",
    [`${P} . PAMC . dépassement d'honoraire moyen`]: '50%',
  },
  {
    [`${P} . métier`]: "'santé . médecin'",
    'dirigeant . rémunération . totale': '400000 €/an',
    [`${P} . métier . santé . médecin . secteur`]: "'S2'",
    [`${P} . PAMC . dépassement d'honoraire moyen`]: '50%',
    [`${P} . PAMC . proportion recette activité non conventionnée`]: '40%',
  },
  {
    [`${P} . métier`]: "'santé . médecin'",
    'dirigeant . rémunération . totale': '120000 €/an',
    [`${P} . métier . santé . médecin . secteur`]: "'non conventionné'",
  },
  { 'entreprise . date de création': '01/01/2025', [`${P} . métier`]: "'santé . médecin'", 'dirigeant . rémunération . totale': '50000 €/an' },
];
const COTISATIONS = 'dirigeant . indépendant . cotisations et contributions';
const NET = 'dirigeant . rémunération . net';
const CARMF = ['PCV', 'invalidité et décès', 'retraite complémentaire'].map((l) => `${COTISATIONS} . ${l}`);

/** « médecin n » → { cotisations, net } read from the snapshot excerpt. */
function attendus(): Array<{ cotisations: number; net: number }> {
  const texte = readFileSync(ici('snapshot-medecin-10.0.1.txt'), 'utf8');
  return texte
    .split('exports[')
    .slice(1)
    .map((bloc) => ({
      cotisations: Number(/cotisations et contributions: (\d+)/.exec(bloc)![1]),
      net: Number(/rémunération \. net: (\d+)/.exec(bloc)![1]),
    }));
}

let publie: Engine;
let carmf1001: Engine;
const logger = { log() {}, warn() {}, error() {} };
beforeAll(() => {
  type Regles = ConstructorParameters<typeof Engine>[0];
  publie = new Engine(rules as Regles, { logger });
  const anciennes = parse(readFileSync(ici('CARMF-modele-social-10.0.1.publicodes'), 'utf8')) as Record<string, unknown>;
  carmf1001 = new Engine({ ...(rules as Record<string, unknown>), ...anciennes } as Regles, { logger });
}, 60_000);

const valeur = (e: Engine, regle: string, situation: Record<string, string>): number => {
  e.setSituation({ ...SITUATION_BASE, ...situation } as never);
  const v = e.evaluate({ valeur: regle, unité: '€/an' }).nodeValue;
  return typeof v === 'number' ? v : 0;
};

describe('Cas de référence de mon-entreprise pour un médecin', () => {
  const attendu = attendus();
  it('l’extrait du snapshot contient les six cas « médecin »', () => {
    expect(attendu).toHaveLength(SITUATIONS.length);
  });

  it.each(SITUATIONS.map((s, i) => [i + 1, s] as const))(
    'médecin %i : modele-social 11.1.0 avec les règles CARMF de 10.0.1 redonne le snapshot à l’euro',
    (n, s) => {
      expect(Math.round(valeur(carmf1001, COTISATIONS, s))).toBe(attendu[n - 1]!.cotisations);
      expect(Math.round(valeur(carmf1001, NET, s))).toBe(attendu[n - 1]!.net);
    },
    60_000,
  );

  it.each(SITUATIONS.map((s, i) => [i + 1, s] as const))(
    'médecin %i : modele-social 11.1.0 publié ne s’en écarte que là où les lignes CARMF ont changé (mise à jour 2026)',
    (n, s) => {
      const ecart = valeur(publie, COTISATIONS, s) - valeur(carmf1001, COTISATIONS, s);
      const ecartCarmf = CARMF.reduce((t, l) => t + valeur(publie, l, s) - valeur(carmf1001, l, s), 0);
      // The CARMF lines move the assiette too (rémunération totale fixed), so the total moves by more
      // than their own difference; the cause is pinned by the test above (old CARMF rules → snapshot).
      if (n === 5) {
        // non conventionné: no ASV, same invalidité-décès class → no change, the snapshot holds as published
        expect(Math.abs(ecartCarmf)).toBeLessThan(0.01);
        expect(Math.round(valeur(publie, COTISATIONS, s))).toBe(attendu[4]!.cotisations);
      } else {
        expect(ecartCarmf).toBeGreaterThan(0);
        expect(ecart).toBeGreaterThan(0);
      }
    },
    60_000,
  );
});
