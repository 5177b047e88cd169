// Issue 10: some classic mistakes got no diagnosis. Each case below is the mistake a learner makes,
// computed from the exercise's own parameters, and must be named in `erreurProbable`.
import { describe, expect, it } from 'vitest';
import { exercices, formatEuros, formatNombre, noter, priseEnChargeConsultation, texteResultat, D, type Solution } from '../../src/engine/index';

describe('erreurs classiques diagnostiquées', () => {
  it('prise-en-charge, reste à charge : le dépassement oublié (seul le ticket modérateur compté) est nommé', () => {
    const k = exercices['prise-en-charge']!;
    let vus = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const p = k.generate(seed) as { situation: string; date: string; montantFacture: string; parcours: boolean; question: string };
      const r = priseEnChargeConsultation({
        situation: p.situation as 'secteur1',
        date: p.date,
        acte: 'G',
        montantFacture: p.montantFacture,
        parcours: p.parcours,
      });
      if (p.question !== 'reste' || !r.montantFacture.greaterThan(r.baseRemboursement)) continue;
      vus++;
      // e.g. secteur 2 OPTAM, 2017-06-01, 35 € billed: base 25 €, AMO 70 % × 25 − 1 = 16,50 € → ticket modérateur + PF = 8,50 €, the 10 € of dépassement forgotten.
      const n = k.grade(p, formatEuros(r.baseRemboursement.minus(r.partAmo)));
      expect(n.verdict, `graine ${seed}`).toBe('faux');
      expect(n.erreurProbable, `graine ${seed}`).toMatch(/dépassement d’honoraires a été oublié/);
    }
    expect(vus).toBeGreaterThan(20);
  });
  it.each(['ratio-70', 'taux-depassement', 'tcam'])('%s : un taux écrit comme une fraction (0,668 pour 66,8 %) est nommé', (id) => {
    const k = exercices[id]!;
    for (let seed = 1; seed <= 100; seed++) {
      const p = k.generate(seed);
      const s = k.solve(p);
      if (s.valeur.isZero()) continue;
      const n = k.grade(p, formatNombre(s.valeur)); // the fraction, e.g. « 0,668 », read as 0,668 %
      expect(n.verdict, `graine ${seed}`).toBe('faux');
      expect(n.erreurProbable, `graine ${seed} : ${n.message}`).toMatch(/fraction/);
    }
  });
});

describe('s’arrêter en chemin est diagnostiqué', () => {
  // Any value shown in the worked solution (a given, a tariff, an intermediate result), typed as the
  // answer, is named: e.g. redevance, line 1 alone (25 € × 75 % = 18,75 €) instead of the sum of the lines.
  it.each(Object.keys(exercices))('%s : chaque valeur intermédiaire de la solution, donnée comme réponse, reçoit une erreur probable', (id) => {
    const k = exercices[id]!;
    for (let seed = 1; seed <= 60; seed++) {
      const p = k.generate(seed);
      const s = k.solve(p);
      for (const e of s.etapes) {
        const texte = texteResultat(e); // what the learner reads in the solution, typed back
        if (texte.includes('≈') || !texte.endsWith(s.unite === 'euros' ? '€' : '%')) continue;
        const n = k.grade(p, texte);
        if (n.verdict !== 'faux') continue; // the answer itself, or close to it
        expect(n.erreurProbable, `${id} graine ${seed}, étape « ${e.libelle} » = ${texte}`).toBeDefined();
      }
    }
  });
});

describe('le diagnostic compare des valeurs, pas des textes', () => {
  // A hand-made solution: 25 € × 75 % = 18,75 € for line 1, then 18,75 € + 11,25 € = 30 €.
  const sol: Solution = {
    valeur: D(30),
    unite: 'euros',
    etapes: [
      { genre: 'entree', libelle: 'tarif', formule: 'donnée', operandes: [], resultat: { valeur: D(25), unite: 'euros' } },
      { genre: 'operation', libelle: 'ligne 1', formule: 'tarif × 75 %', operandes: [], resultat: { valeur: D('18.75'), unite: 'euros' } },
      // Unrounded (shown « ≈ 3,3333 € »): not a value a learner could have read, so not diagnosed.
      { genre: 'operation', libelle: 'tiers', formule: 'tarif ÷ 3', operandes: [], resultat: { valeur: D(10).div(3), unite: 'euros' } },
      { genre: 'operation', libelle: 'un taux', formule: '—', operandes: [], resultat: { valeur: D('0.2'), unite: 'taux' } },
    ],
  };
  it('une valeur intermédiaire, écrite autrement que dans la trace (« 18.75 »), est reconnue', () => {
    expect(noter('18.75', sol, []).erreurProbable).toMatch(/étape intermédiaire \(ligne 1\)/);
    expect(noter('25', sol, []).erreurProbable).toMatch(/donnée de l’énoncé/);
  });
  it('une valeur non exacte à l’affichage, ou d’une autre unité, n’est pas un diagnostic', () => {
    expect(noter('3,33', sol, []).erreurProbable).toBeUndefined();
    expect(noter('20', sol, []).erreurProbable).toBeUndefined();
  });
});
