/**
 * French parsing and formatting of numbers — the ONE place where text becomes a
 * Decimal and a Decimal becomes text.
 *
 * Formatting follows Intl fr-FR: U+202F (espace fine insécable) between groups
 * of thousands, a decimal comma, U+00A0 (espace insécable) before "€" and "%".
 * Implemented by hand on the Decimal's digit string, so that no amount ever
 * goes through a binary float.
 *
 * Rates are fractions inside the engine (17,5 % is 0.175). `parseTaux` reads a
 * percentage as a learner writes it ("17,5 %" or "17,5") and returns 0.175;
 * `formatTaux(0.175)` prints "17,5 %". So parse(format(x)) = x.
 */
import { D, Decimal, CENT } from './decimal.js';
import type { Resultat, CodeErreurSaisie } from './errors.js';

export const ESPACE_FINE = '\u202F';
export const ESPACE_INSECABLE = '\u00A0';

/** Largest absolute values accepted from a learner; beyond, the input is certainly a typo. */
export const BORNES = {
  montant: D('1000000000000'), // mille milliards d'euros : plus que toutes les dépenses de soins de ville (83 Md€ en 2019, CdC tableau n° 23)
  taux: D('100'), // 10 000 % (en fraction : 100), bien au-delà de tout taux de dépassement plausible
  nombre: D('1000000000000'),
};

// ---------------------------------------------------------------- formatting

function grouper(entier: string): string {
  let out = '';
  for (let i = 0; i < entier.length; i++) {
    if (i > 0 && (entier.length - i) % 3 === 0) out += ESPACE_FINE;
    out += entier[i];
  }
  return out;
}

/** Digits of |d| with exactly `decimales` decimals (d must already have at most that many). */
function chiffres(d: Decimal, decimalesMin: number): string {
  const s = d.abs().toString();
  const [ent = '0', frac = ''] = s.split('.');
  const f = frac.length < decimalesMin ? frac + '0'.repeat(decimalesMin - frac.length) : frac;
  return f.length > 0 ? `${grouper(ent)},${f}` : grouper(ent);
}

function signe(d: Decimal): string {
  return d.isNegative() && !d.isZero() ? '-' : '';
}

/**
 * Shows `d` exactly when it has at most `max` decimals; otherwise rounds to
 * `max` decimals and prefixes "≈ " so the reader knows the figure is not exact
 * (used in traces for intermediate values, e.g. an unrounded AF rate).
 */
function exactOuApproche(d: Decimal, min: number, max: number): string {
  if (d.decimalPlaces() <= max) return signe(d) + chiffres(d, min);
  const r = d.toDecimalPlaces(max, Decimal.ROUND_HALF_UP);
  return '≈ ' + signe(r) + chiffres(r, min);
}

/** "1 234,56 €" — always at least two decimals, as on a French bill. */
export function formatEuros(d: Decimal): string {
  return `${exactOuApproche(d, 2, 4)}${ESPACE_INSECABLE}€`;
}

/** "17,5 %" from 0.175. `decimales` fixes the number of decimals shown (rounded half-up). */
export function formatTaux(d: Decimal, decimales?: number): string {
  const pct = d.mul(CENT);
  if (decimales !== undefined) {
    const r = pct.toDecimalPlaces(decimales, Decimal.ROUND_HALF_UP);
    return `${signe(r)}${chiffres(r, decimales)}${ESPACE_INSECABLE}%`;
  }
  return `${exactOuApproche(pct, 0, 4)}${ESPACE_INSECABLE}%`;
}

/** "1 234" or "1 234,5": exact, grouped, no unit. */
export function formatNombre(d: Decimal, decimales?: number): string {
  if (decimales !== undefined) {
    const r = d.toDecimalPlaces(decimales, Decimal.ROUND_HALF_UP);
    return signe(r) + chiffres(r, decimales);
  }
  return exactOuApproche(d, 0, 6);
}

// ---------------------------------------------------------------- parsing

type Genre = 'montant' | 'taux' | 'nombre';
const EXEMPLES: Record<Genre, string> = { montant: '1 234,56 €', taux: '17,5 %', nombre: '1 234' };

const ESPACES = '[ \\u00A0\\u202F]';
const GROUPE = new RegExp(`^\\d{1,3}(?:${ESPACES}\\d{3})+(?:[.,]\\d+)?$`);
const SIMPLE = /^\d+(?:[.,]\d+)?$/;
const SCIENTIFIQUE = /^[-+−]?\d+(?:[.,]\d+)?e[-+−]?\d+$/i;

function echec(code: CodeErreurSaisie, message: string): { ok: false; erreur: { code: CodeErreurSaisie; message: string } } {
  return { ok: false, erreur: { code, message } };
}

function lire(raw: unknown, genre: Genre): Resultat<Decimal> {
  if (typeof raw !== 'string') return echec('FORMAT', 'La saisie doit être un texte contenant un nombre.');
  let s = raw.trim();
  if (s === '') return echec('VIDE', `La saisie est vide : écrivez un nombre, par exemple ${EXEMPLES[genre]}.`);

  // Unit suffix: "€" (or "euros") for an amount, "%" for a rate, none for a plain number.
  const euro = /\s*(?:€|euros?|eur)$/i;
  const pourcent = /\s*%$/;
  if (euro.test(s)) {
    if (genre !== 'montant')
      return echec(
        'UNITE',
        genre === 'taux' ? 'Un taux est attendu (par exemple 17,5 %), pas un montant en euros.' : 'Un nombre sans unité est attendu, pas un montant en euros.',
      );
    s = s.replace(euro, '');
  } else if (pourcent.test(s)) {
    if (genre !== 'taux')
      return echec(
        'UNITE',
        genre === 'montant'
          ? 'Un montant en euros est attendu (par exemple 25,00 €), pas un pourcentage.'
          : 'Un nombre sans unité est attendu, pas un pourcentage.',
      );
    s = s.replace(pourcent, '');
  }
  if (s === '') return echec('VIDE', "Il n'y a que l'unité : écrivez aussi le nombre.");

  if (SCIENTIFIQUE.test(s)) {
    return echec(
      'NOTATION_SCIENTIFIQUE',
      'La notation scientifique (comme 1e9) n’est pas acceptée : écrivez le nombre en chiffres, par exemple 1 000 000 000.',
    );
  }

  // Sign: at most one, and only in front.
  const nbSignes = (s.match(/[-+−]/g) ?? []).length;
  let negatif = false;
  if (nbSignes > 0) {
    if (nbSignes > 1 || !/^[-+−]/.test(s)) {
      return echec('SIGNES', 'Le signe est mal placé ou répété : un seul signe « - » est permis, devant le nombre.');
    }
    negatif = s[0] !== '+';
    s = s.slice(1);
  }

  if (!SIMPLE.test(s) && !GROUPE.test(s)) {
    // A decimal separator with nothing on one side (".5", "25,"): say which side is missing,
    // rather than a message about thousands that has nothing to do with what was typed.
    if (/^[.,]\d+$/.test(s)) {
      return echec('PARTIE_ENTIERE', `Il manque le chiffre avant la virgule : écrivez «${ESPACE_INSECABLE}0${s.replace('.', ',')}${ESPACE_INSECABLE}».`);
    }
    const sansSeparateurFinal = s.slice(0, -1);
    if (/[.,]$/.test(s) && (SIMPLE.test(sansSeparateurFinal) || GROUPE.test(sansSeparateurFinal))) {
      return echec(
        'DECIMALES',
        `La virgule n’est suivie d’aucun chiffre : écrivez «${ESPACE_INSECABLE}${sansSeparateurFinal}${ESPACE_INSECABLE}» sans virgule, ou complétez les décimales (par exemple «${ESPACE_INSECABLE}${sansSeparateurFinal},50${ESPACE_INSECABLE}»).`,
      );
    }
    const nbSeparateurs = (s.match(/[.,]/g) ?? []).length;
    if (nbSeparateurs > 1) {
      return echec(
        'SEPARATEURS',
        'Il y a plusieurs séparateurs décimaux : utilisez une seule virgule (ou un seul point) pour les décimales, par exemple 1 234,56.',
      );
    }
    if (/^[\d ., \u00A0\u202F]+$/.test(s)) {
      return echec('SEPARATEURS', 'Les espaces ne peuvent séparer que des groupes de trois chiffres (milliers), par exemple 1 234,56.');
    }
    return echec('FORMAT', `« ${raw.trim()} » n’est pas un nombre lisible : écrivez par exemple ${EXEMPLES[genre]}.`);
  }

  let d = D(s.replace(/[ \u00A0\u202F]/g, '').replace(',', '.'));
  if (negatif) d = d.negated();
  if (d.abs().greaterThan(genre === 'taux' ? BORNES.taux.mul(CENT) : BORNES[genre])) {
    const borne = genre === 'taux' ? '10 000 %' : genre === 'montant' ? '1 000 000 000 000 €' : '1 000 000 000 000';
    return echec('TROP_GRAND', `La valeur dépasse la borne de ${borne} : c’est certainement une faute de frappe.`);
  }
  if (genre === 'taux') d = d.div(CENT);
  return { ok: true, valeur: d };
}

/** "1 234,56 €", "1234.56", "25" → Decimal euros. Never throws. */
export function parseMontant(raw: unknown): Resultat<Decimal> {
  return lire(raw, 'montant');
}
/** "17,5 %", "17.5%", "17,5" → 0.175 (a percentage is always read as such). Never throws. */
export function parseTaux(raw: unknown): Resultat<Decimal> {
  return lire(raw, 'taux');
}
/** "1 234", "12,5" → Decimal. Never throws. */
export function parseNombre(raw: unknown): Resultat<Decimal> {
  return lire(raw, 'nombre');
}
