/**
 * Exact decimal arithmetic for the whole engine.
 *
 * Why a private clone of decimal.js: the global `Decimal` may be configured by
 * other code (precision, exponent notation). Our clone fixes a generous
 * precision (40 significant digits, far beyond any euro amount) and disables
 * exponent notation so that `toString()` never prints "1e+21".
 */
import DecimalBase from 'decimal.js';

export const Decimal = DecimalBase.clone({
  precision: 40,
  rounding: DecimalBase.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});
export type Decimal = DecimalBase;
export type DecimalInput = DecimalBase | string | number;

/** Build a Decimal from a decimal string, an integer, or another Decimal. */
export function D(v: DecimalInput): Decimal {
  return new Decimal(v);
}

export const ZERO = D(0);
export const UN = D(1);
export const CENT = D(100);

/** Rounding modes the engine uses, each with a French name shown in traces. */
export type ModeArrondi =
  | 'arrondiAuCentime' // half-up to the cent: the usual commercial rounding of an amount in euros
  | 'arrondiAuCentimeInferieur' // down to the cent: a ceiling ("at most X") billed in cents must not exceed X
  | 'arrondiEuroSuperieur' // ceiling to the euro: convention 2016 art. 37.1 ("arrondi à l'euro supérieur")
  | 'arrondiDixiemeDePoint' // half-up to 0,1 point of percentage: how the CdC prints TCAM (tableau n° 23)
  | 'arrondiCentiemeDePoint'; // half-up to 0,01 point of percentage: aga-ps rounds the AF rate this way

export const MODES_ARRONDI: Record<ModeArrondi, { libelle: string; appliquer: (d: Decimal) => Decimal }> = {
  arrondiAuCentime: {
    libelle: 'arrondi au centime (demi-centime vers le haut)',
    appliquer: (d) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP),
  },
  arrondiAuCentimeInferieur: {
    libelle: 'arrondi au centime inférieur (un plafond ne se dépasse pas)',
    appliquer: (d) => d.toDecimalPlaces(2, Decimal.ROUND_DOWN),
  },
  arrondiEuroSuperieur: {
    libelle: "arrondi à l'euro supérieur",
    appliquer: (d) => d.toDecimalPlaces(0, Decimal.ROUND_CEIL),
  },
  arrondiDixiemeDePoint: {
    libelle: 'arrondi au dixième de point (demi vers le haut)',
    // a rate is a fraction: 0,1 point = 0.001
    appliquer: (d) => d.toDecimalPlaces(3, Decimal.ROUND_HALF_UP),
  },
  arrondiCentiemeDePoint: {
    libelle: 'arrondi au centième de point (demi vers le haut)',
    appliquer: (d) => d.toDecimalPlaces(4, Decimal.ROUND_HALF_UP),
  },
};

/** The one rounding of money: to the cent, half-up. Named so traces and docs can cite it. */
export function arrondiAuCentime(d: Decimal): Decimal {
  return MODES_ARRONDI.arrondiAuCentime.appliquer(d);
}

export function estFini(d: Decimal): boolean {
  return d.isFinite() && !d.isNaN();
}

export function min(a: Decimal, b: Decimal): Decimal {
  return a.lessThan(b) ? a : b;
}
export function max(a: Decimal, b: Decimal): Decimal {
  return a.greaterThan(b) ? a : b;
}

/**
 * n-th root of x > 0 by Newton's iteration on Decimals (the compound TCAM).
 * decimal.js's `pow` with a fractional exponent goes through exp/ln and is
 * ~50 times slower; Newton from 1 + (x − 1)/n (an upper bound, by convexity)
 * decreases monotonically and converges quadratically.
 */
export function racineNieme(x: Decimal, n: number): Decimal {
  if (!Number.isInteger(n) || n < 1) throw new RangeError('racineNieme: n doit être un entier ≥ 1');
  if (n === 1 || x.isZero()) return x;
  const N = D(n);
  const epsilon = D('1e-35');
  let y = UN.plus(x.minus(UN).div(N));
  if (y.lessThanOrEqualTo(0)) y = UN;
  for (let i = 0; i < 200; i++) {
    const suivant = y
      .mul(n - 1)
      .plus(x.div(y.pow(n - 1)))
      .div(N);
    if (suivant.minus(y).abs().lessThan(epsilon)) return suivant;
    y = suivant;
  }
  return y;
}
