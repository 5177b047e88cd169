/**
 * OPTAM prime (CdC II-B-3, note 173; ambiguity 11): specialty rate × fees at
 * tarif opposable × a modulation that depends on the gap to the commitments.
 */
import { type Decimal, type DecimalInput, ZERO, D, max } from '../decimal.js';
import { Trace, type Grandeur, type ResultatRegle } from '../trace.js';
import { cdc, ext } from '../parametres/sources.js';
import { verifierDate } from '../dates.js';
import { montant, nombre, taux } from './valider.js';
import { enregistrer } from '../parametres/registre.js';
import { parametresCdc } from '../parametres/cdc.js';

// The families whose ids this module names (parametres/registre.ts).
enregistrer(parametresCdc);

export interface EntreePrimeOptam {
  date: string;
  /** Fees billed at tarif opposable over the year (euros). */
  honorairesTarifOpposable: DecimalInput;
  /** Rate fixed for the specialty (fraction, e.g. 0.083 for dermatology [external CSMF]). */
  tauxSpecialite: DecimalInput;
  /** Gap, in points, on the taux de dépassement commitment (≤ 0 = commitment met). */
  ecartTauxDepassement: DecimalInput;
  /** Gap, in points, on the share of activity at tarif opposable (≤ 0 = commitment met). */
  ecartActiviteOpposable: DecimalInput;
}

export interface ResultatPrimeOptam extends ResultatRegle {
  ecartRetenu: Decimal;
  modulation: Decimal;
  primePleine: Decimal;
  /** Seed-only reading: 100 % with no gap, 0 beyond 5 points, null (undetermined) in between. */
  lectureCdc: Decimal | null;
}

/** Value = prime OPTAM (euros, rounded to the cent) under the external modulation scale. */
export function primeOptam(e: EntreePrimeOptam): ResultatPrimeOptam {
  const date = verifierDate(e.date);
  const t = new Trace();
  const hon = t.entree('honoraires à tarif opposable', montant('honoraires à tarif opposable', e.honorairesTarifOpposable), 'euros');
  const tx = t.entree('taux fixé pour la spécialité', taux('taux de la spécialité', e.tauxSpecialite), 'taux', { source: ext('csmf-optam'), externe: true });
  const e1 = t.entree('écart sur le taux de dépassement', nombre('écart sur le taux de dépassement', e.ecartTauxDepassement), 'points');
  const e2 = t.entree('écart sur la part d’activité à tarif opposable', nombre('écart sur l’activité à tarif opposable', e.ecartActiviteOpposable), 'points');
  const ecart = t.operation(
    'écart retenu',
    'max(écart 1, écart 2, 0) — hypothèse : l’indicateur le moins bien tenu compte',
    [e1, e2],
    (a, b) => max(ZERO, max(a, b)),
    'points',
    {
      ambiguite: 'a11',
    },
  );
  const pleine = t.operation('prime pleine', 'taux de la spécialité × honoraires à tarif opposable', [tx, hon], (a, b) => a.mul(b), 'euros', {
    source: cdc('II-B-3, note 173'),
    ambiguite: 'a11',
  });
  const ecartMax = t.parametre('optam.ecartMaximum', date, 'écart maximal');
  const max5 = ecartMax.valeur.toString();
  const bornes = [1, 2, 3, 4].map((k): Grandeur => ({ nom: `${k} point${k > 1 ? 's' : ''}`, valeur: D(k), unite: 'points' }));
  const i = t.tranche(
    'Palier de modulation',
    ecart,
    [
      { libelle: 'écart ≤ 1 point', jusqua: bornes[0] as Grandeur },
      { libelle: '1 < écart ≤ 2 points', jusqua: bornes[1] as Grandeur },
      { libelle: '2 < écart ≤ 3 points', jusqua: bornes[2] as Grandeur },
      { libelle: '3 < écart ≤ 4 points', jusqua: bornes[3] as Grandeur },
      { libelle: `4 < écart ≤ ${max5} points`, jusqua: ecartMax },
      { libelle: `écart > ${max5} points : prime non versée` },
    ],
    { source: ext('synmad-optam-2017'), externe: true, ambiguite: 'a11' },
  );
  const modulation: Grandeur =
    i < 5
      ? t.parametre(`optam.modulation.jusqua${i + 1}`, date, 'part de la prime versée', { ambiguite: 'a11' })
      : t.retenir('part de la prime versée', { nom: '0', valeur: ZERO, unite: 'taux' }, `écart de plus de ${max5} points (CdC note 173)`, {
          source: cdc('II-B-3, note 173'),
        });
  const prime = t.arrondi(
    t.operation('prime OPTAM', 'prime pleine × part versée', [pleine, modulation], (a, b) => a.mul(b), 'euros', { ambiguite: 'a11' }),
    'arrondiAuCentime',
    'prime OPTAM',
  );
  const lectureCdc = ecart.valeur.isZero() ? pleine.valeur.toDecimalPlaces(2) : ecart.valeur.greaterThan(ecartMax.valeur) ? ZERO : null;
  return {
    ...t.resultat(prime, [
      {
        ambiguite: 'a11',
        libelle: `Lecture de la seule CdC : 100 % sans écart, 0 au-delà de ${max5} points`,
        valeur: lectureCdc,
        ...(lectureCdc === null ? { explication: `Entre 0 et ${max5} points d’écart la CdC ne dit pas combien est versé.` } : {}),
      },
    ]),
    ecartRetenu: ecart.valeur,
    modulation: modulation.valeur,
    primePleine: pleine.valeur,
    lectureCdc,
  };
}
