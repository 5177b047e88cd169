/**
 * Private practice of full-time hospital practitioners (ISNAR §3.4): the
 * redevance paid to the hospital and the 20 % time cap. Ambiguity 18: the
 * guide's percentages, applied to the act's tariff excluding dépassements.
 */
import { type Decimal, type DecimalInput, ZERO } from '../decimal.js';
import { ErreurMoteur } from '../errors.js';
import { Trace, type Grandeur, type Lecture, type ResultatRegle } from '../trace.js';
import { isnar } from '../parametres/sources.js';
import { verifierDate } from '../dates.js';
import { montant, entierPositif, nombre } from './valider.js';
import { enregistrer } from '../parametres/registre.js';
import { contrat } from '../parametres/contrat.js';

// The families whose ids this module names (parametres/registre.ts).
enregistrer(contrat);

export type Etablissement = 'CHU' | 'CH';
export type CategorieActe = 'consultation' | 'autreActe' | 'imagerieBiologie';

export interface ActeLiberal {
  categorie: CategorieActe;
  /** Tariff of the act, excluding dépassements. */
  tarif: DecimalInput;
  nombre?: DecimalInput;
  /** Fees actually received per act (dépassements included), for the alternative reading. */
  honorairesPercus?: DecimalInput;
}

function idTaux(c: CategorieActe, e: Etablissement): string {
  if (c === 'imagerieBiologie') return 'redevance.imagerieBiologie';
  return `redevance.${c === 'consultation' ? 'consultation' : 'autresActes'}.${e === 'CHU' ? 'chu' : 'ch'}`;
}

const LIBELLE_CAT: Record<CategorieActe, string> = {
  consultation: 'consultations',
  autreActe: 'actes autres qu’imagerie, radiothérapie, médecine nucléaire, biologie',
  imagerieBiologie: 'imagerie, radiothérapie, médecine nucléaire, biologie',
};

export interface ResultatRedevance extends ResultatRegle {
  parCategorie: Partial<Record<CategorieActe, Decimal>>;
}

/** Value = redevance due to the hospital (euros, rounded to the cent once, at the end). */
export function redevanceActiviteLiberale(e: { date: string; etablissement: Etablissement; actes: ActeLiberal[] }): ResultatRedevance {
  const date = verifierDate(e.date);
  if (e.etablissement !== 'CHU' && e.etablissement !== 'CH') {
    throw new ErreurMoteur('ENTREE_INVALIDE', 'L’établissement doit être un CHU ou un CH.');
  }
  if (!Array.isArray(e.actes) || e.actes.length === 0) throw new ErreurMoteur('ENTREE_INVALIDE', 'Il faut au moins un acte.');
  const t = new Trace();
  t.note('Assiette', 'Pourcentage du tarif de l’acte, hors dépassements (lecture du guide ; pas le droit actuel).', {
    source: isnar('§3.4'),
    ambiguite: 'a18',
  });
  const parCategorie: Partial<Record<CategorieActe, Decimal>> = {};
  let altTotal: Decimal | null = ZERO;
  const lignes: Grandeur[] = e.actes.map((a, i) => {
    if (!(a.categorie in LIBELLE_CAT)) throw new ErreurMoteur('ENTREE_INVALIDE', `Catégorie d’acte inconnue : « ${String(a.categorie)} ».`);
    const tarif = t.entree(`tarif hors dépassements (ligne ${i + 1}, ${LIBELLE_CAT[a.categorie]})`, montant('tarif', a.tarif), 'euros');
    const n = t.entree(`nombre d’actes (ligne ${i + 1})`, entierPositif('nombre d’actes', a.nombre ?? 1), 'nombre');
    const taux = t.parametre(idTaux(a.categorie, e.etablissement), date, `taux de redevance (${LIBELLE_CAT[a.categorie]}, ${e.etablissement})`, {
      ambiguite: 'a18',
    });
    const r = t.operation(`redevance ligne ${i + 1}`, 'taux × tarif × nombre', [taux, tarif, n], (x, y, z) => x.mul(y).mul(z), 'euros', {
      source: isnar('§3.4'),
    });
    parCategorie[a.categorie] = (parCategorie[a.categorie] ?? ZERO).plus(r.valeur);
    if (altTotal && a.honorairesPercus !== undefined) altTotal = altTotal.plus(taux.valeur.mul(montant('honoraires perçus', a.honorairesPercus)).mul(n.valeur));
    else altTotal = null;
    return r;
  });
  const total = t.operation('redevance totale', 'somme des lignes', lignes, (...v) => v.reduce((a, b) => a.plus(b), ZERO), 'euros');
  const arrondi = t.arrondi(total, 'arrondiAuCentime', 'redevance due');
  const autres: Lecture[] = altTotal
    ? [{ ambiguite: 'a18', libelle: 'Mêmes pourcentages appliqués aux honoraires perçus (dépassements compris)', valeur: altTotal.toDecimalPlaces(2) }]
    : [];
  return { ...t.resultat(arrondi, autres), parCategorie };
}

export interface ResultatPlafondTemps extends ResultatRegle {
  respecte: boolean | null;
}

/** Value = maximum duration of private practice (same unit as `dureeService`, e.g. hours per week), ISNAR §3.4. */
export function plafondTempsActiviteLiberale(e: { date: string; dureeService: DecimalInput; dureeLiberale?: DecimalInput }): ResultatPlafondTemps {
  const date = verifierDate(e.date);
  const t = new Trace();
  const service = t.entree('durée du service hospitalier (hors gardes)', montant('durée du service', e.dureeService), 'nombre');
  const plafond = t.parametre('activiteLiberale.plafondTemps', date, 'plafond de l’activité libérale');
  const max = t.operation('durée maximale d’activité libérale', 'plafond × durée du service', [plafond, service], (a, b) => a.mul(b), 'nombre', {
    source: isnar('§3.4'),
  });
  let respecte: boolean | null = null;
  if (e.dureeLiberale !== undefined) {
    const lib = t.entree('durée d’activité libérale', nombre('durée libérale', e.dureeLiberale), 'nombre');
    if (lib.valeur.isNegative()) throw new ErreurMoteur('MONTANT_NEGATIF', 'La durée d’activité libérale ne peut pas être négative.');
    respecte = t.condition('Plafond respecté ?', 'durée libérale ≤ durée maximale', [lib, max], (a, b) => a.lessThanOrEqualTo(b), { source: isnar('§3.4') });
  }
  return { ...t.resultat(max), respecte };
}
