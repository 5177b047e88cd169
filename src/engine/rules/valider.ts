/** Input checks shared by the rules: impossible inputs become typed French errors, never NaN. */
import { D, Decimal, type DecimalInput, estFini } from '../decimal.js';
import { ErreurMoteur } from '../errors.js';

export function nombre(nom: string, v: DecimalInput | undefined): Decimal {
  if (v === undefined || v === null) {
    throw new ErreurMoteur('ENTREE_INVALIDE', `La donnée « ${nom} » est manquante.`, { nom });
  }
  let d: Decimal;
  try {
    d = D(v);
  } catch {
    throw new ErreurMoteur('ENTREE_INVALIDE', `La donnée « ${nom} » (${String(v)}) n'est pas un nombre.`, { nom });
  }
  if (!estFini(d)) throw new ErreurMoteur('ENTREE_INVALIDE', `La donnée « ${nom} » doit être un nombre fini.`, { nom });
  return d;
}

export function montant(nom: string, v: DecimalInput | undefined): Decimal {
  const d = nombre(nom, v);
  if (d.isNegative() && !d.isZero()) {
    throw new ErreurMoteur('MONTANT_NEGATIF', `Le montant « ${nom} » ne peut pas être négatif.`, { nom });
  }
  return d;
}

/** An amount a patient pays: positive and to the cent. */
export function montantAuCentime(nom: string, v: DecimalInput | undefined): Decimal {
  const d = montant(nom, v);
  if (d.decimalPlaces() > 2) {
    throw new ErreurMoteur('ENTREE_INVALIDE', `Le montant « ${nom} » doit être donné au centime près (deux décimales au plus).`, { nom });
  }
  return d;
}

/** A rate as a fraction in [0, max] (max = 1 means 100 %). */
export function taux(nom: string, v: DecimalInput | undefined, max: DecimalInput = 1): Decimal {
  const d = nombre(nom, v);
  if (d.isNegative() && !d.isZero()) throw new ErreurMoteur('TAUX_HORS_BORNES', `Le taux « ${nom} » ne peut pas être négatif.`, { nom });
  if (d.greaterThan(max)) {
    throw new ErreurMoteur('TAUX_HORS_BORNES', `Le taux « ${nom} » ne peut pas dépasser ${D(max).mul(100).toString()} %.`, { nom });
  }
  return d;
}

export function entierPositif(nom: string, v: DecimalInput | undefined): Decimal {
  const d = montant(nom, v);
  if (!d.isInteger()) throw new ErreurMoteur('ENTREE_INVALIDE', `« ${nom} » doit être un nombre entier.`, { nom });
  return d;
}
