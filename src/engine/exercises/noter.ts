/**
 * Shared grading: parse the learner's answer, compare with tolerance, and
 * recognise typical mistakes by recomputing their (wrong) results.
 */
import { D, Decimal, MODES_ARRONDI, type ModeArrondi } from '../decimal.js';
import { parseMontant, parseTaux, formatEuros, formatTaux, formatNombre } from '../francais.js';
import type { Etape, ResultatRegle } from '../trace.js';
import type { Notation, Solution, Tolerance } from './types.js';

export interface ErreurType {
  valeur: Decimal | null;
  erreur: string;
  /** A forgivable slip (rounding, another defensible reading): 'proche' rather than 'faux'. */
  proche?: boolean;
}

export const TOLERANCE_EUROS: Tolerance = {
  correct: D('0.01'),
  proche: D('0.5'),
  description: 'Correct à ± 0,01 € près ; « proche » à ± 0,50 € près ou à 1 % près.',
};
export const TOLERANCE_TAUX: Tolerance = {
  correct: D('0.0005'),
  proche: D('0.005'),
  description: 'Correct à ± 0,05 point près ; « proche » à ± 0,5 point près.',
};

/** Whether the trace shows `valeur` exactly (formatEuros and formatTaux print at most 4 decimals, else « ≈ »). */
function exactementAffiche(valeur: Decimal, unite: 'euros' | 'taux'): boolean {
  return (unite === 'euros' ? valeur : valeur.mul(100)).decimalPlaces() <= 4;
}

export function afficher(valeur: Decimal, unite: 'euros' | 'taux'): string {
  return unite === 'euros' ? formatEuros(valeur) : formatTaux(valeur);
}

/** Rounds a rule's result for the answer the learner gives, recording the step. */
export function solution(
  r: ResultatRegle | { valeur: Decimal; etapes: Etape[] },
  unite: 'euros' | 'taux',
  mode?: ModeArrondi,
  libelle = 'réponse attendue',
): Solution {
  if (!mode) return { valeur: r.valeur, unite, etapes: r.etapes };
  const m = MODES_ARRONDI[mode];
  const v = m.appliquer(r.valeur);
  return {
    valeur: v,
    unite,
    etapes: [
      ...r.etapes,
      {
        genre: 'arrondi',
        libelle,
        formule: m.libelle,
        operandes: [{ nom: 'valeur calculée', valeur: r.valeur, unite }],
        resultat: { valeur: v, unite },
      },
    ],
  };
}

export interface OptionsNotation {
  /**
   * The answer is a cap (a maximum that may be billed): an amount above it is never right, whatever
   * the cent tolerance, since billing it would exceed the cap. Below it, the tolerance applies as usual.
   */
  plafond?: boolean;
}

export function noter(raw: string, sol: Solution, erreurs: ErreurType[], tol?: Tolerance, options: OptionsNotation = {}): Notation {
  const tolerance = tol ?? (sol.unite === 'euros' ? TOLERANCE_EUROS : TOLERANCE_TAUX);
  const attendu = afficher(sol.valeur, sol.unite);
  const lu = sol.unite === 'euros' ? parseMontant(raw) : parseTaux(raw);
  if (!lu.ok) return { verdict: 'illisible', message: lu.erreur.message, tolerance, attendu };
  const x = lu.valeur;
  // A diagnosed answer: the verdict and what was typed; the view shows `erreurProbable` under it, once.
  const diagnostiquer = (verdict: 'proche' | 'faux', erreurProbable: string, suite = `la réponse attendue est ${attendu}.`): Notation => ({
    verdict,
    message: `${verdict === 'proche' ? 'Presque' : 'Ce n’est pas la bonne réponse'} : vous avez répondu ${afficher(x, sol.unite)}, ${suite}`,
    erreurProbable,
    tolerance,
    attendu,
  });
  const ecart = x.minus(sol.valeur).abs();
  const auDessusDuPlafond = options.plafond === true && x.greaterThan(sol.valeur);
  if (auDessusDuPlafond && ecart.lessThanOrEqualTo(tolerance.correct)) {
    return diagnostiquer('proche', 'le montant dépasse le plafond ; un plafond ne se dépasse pas, même d’un centime.', `au-dessus du plafond de ${attendu}.`);
  }
  if (ecart.lessThanOrEqualTo(tolerance.correct)) {
    return { verdict: 'correct', message: `Bonne réponse : ${attendu}.`, tolerance, attendu };
  }
  for (const e of erreurs) {
    if (!e.valeur) continue;
    if (e.valeur.minus(sol.valeur).abs().lessThanOrEqualTo(tolerance.correct)) continue; // indistinguishable from the right answer
    if (x.minus(e.valeur).abs().lessThanOrEqualTo(tolerance.correct)) return diagnostiquer(e.proche ? 'proche' : 'faux', e.erreur);
  }
  // A rate typed as a fraction (« 0,668 » for 66,8 %) is read as a percentage, 100 times too small:
  // a classic slip on any rate question, recognised here once for every kind.
  if (sol.unite === 'taux' && !x.isZero() && x.mul(100).minus(sol.valeur).abs().lessThanOrEqualTo(tolerance.correct)) {
    const erreur = `la réponse a été écrite comme une fraction (${formatNombre(x.mul(100))}) : un taux s’écrit en pourcentage, la fraction multipliée par 100.`;
    return diagnostiquer('faux', erreur);
  }
  // Stopping half-way is the commonest slip of all: an answer equal to a value of the worked
  // solution (a given, a tariff, an intermediate result) is named as such, from the trace itself.
  const procheSolution = (v: Decimal) =>
    v.minus(sol.valeur).abs().lessThanOrEqualTo(tolerance.proche) ||
    v
      .minus(sol.valeur)
      .abs()
      .lessThanOrEqualTo(sol.unite === 'euros' ? sol.valeur.abs().mul('0.01') : D(0));
  for (const e of sol.etapes) {
    // Compared as values: a step of the answer's unit, shown exactly to the reader (an unrounded
    // intermediate printed « ≈ … » is not something a learner could have typed), that is not an exact
    // ratio written as a fraction (« 2/3 »).
    const r = e.resultat;
    if (!r || r.unite !== sol.unite || r.fraction !== undefined || !exactementAffiche(r.valeur, r.unite)) continue;
    if (procheSolution(r.valeur) || x.minus(r.valeur).abs().greaterThan(tolerance.correct)) continue;
    const erreur =
      e.genre === 'entree'
        ? `c’est une donnée de l’énoncé (${e.libelle}), pas le résultat du calcul.`
        : e.genre === 'parametre'
          ? `c’est la valeur du barème «\u00A0${e.libelle}\u00A0», une donnée du calcul, pas son résultat.`
          : `c’est le résultat d’une étape intermédiaire (${e.libelle}) : le calcul continue après elle.`;
    return diagnostiquer('faux', erreur);
  }
  if (x.isNegative()) {
    return { verdict: 'faux', message: `Une valeur négative n’a pas de sens ici ; la réponse attendue est ${attendu}.`, tolerance, attendu };
  }
  const procheRel = sol.unite === 'euros' ? sol.valeur.abs().mul('0.01') : D(0);
  if (ecart.lessThanOrEqualTo(tolerance.proche) || ecart.lessThanOrEqualTo(procheRel)) {
    return {
      verdict: 'proche',
      message: `Presque : la réponse attendue est ${attendu} (vous avez répondu ${afficher(x, sol.unite)}). Vérifiez les arrondis.`,
      tolerance,
      attendu,
    };
  }
  return { verdict: 'faux', message: `Ce n’est pas la bonne réponse : la réponse attendue est ${attendu}.`, tolerance, attendu };
}

export function c(d: Decimal): Decimal {
  return d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}
