/** Tariff of an act at a date (ISNAR §5.2, §2.2; later values external). */
import { ErreurMoteur } from '../errors.js';
import { Trace, type Grandeur, type ResultatRegle } from '../trace.js';
import { parametre, enregistrer } from '../parametres/registre.js';
import { tarifs } from '../parametres/tarifs.js';
import { ext, isnar } from '../parametres/sources.js';
import type { SourceRef } from '../parametres/types.js';
import { verifierDate, formatDate } from '../dates.js';
import { ZERO, type Decimal } from '../decimal.js';

// The families whose ids this module names (parametres/registre.ts).
enregistrer(tarifs);

export const ACTES = [
  'G',
  'CS',
  'MMG',
  'MPC',
  'consultationCoordonnee',
  'consultationComplexe',
  'consultationTresComplexe',
  'CNPSY',
  'CSC',
  'APC',
  'APCPsy',
  'APCPUPH',
] as const;
export type Acte = (typeof ACTES)[number];

/** Acts of the médecin généraliste (ISNAR §5.2: G = C + MMG; the MMG is the GP's majoration). */
export const ACTES_GENERALISTE: readonly Acte[] = ['G', 'MMG'];
/** Avis ponctuel de consultant: given "à la demande du Médecin Traitant" (ISNAR §5.2), so only inside the parcours. */
export const ACTES_AVIS_PONCTUEL: readonly Acte[] = ['APC', 'APCPsy', 'APCPUPH'];

/**
 * The one definition of "the tariff applicable outside the parcours de soins" for a specialist's
 * consultation: CS + MPC (the coordinated consultation CS + MPC + MCS exists only inside the
 * parcours; FMF, convention 2016, 25 € instead of 30 € in 2017). Used by the patient rule and by
 * the DA cap, so the two can never disagree.
 */
export function tarifConsultationSpecialisteHorsParcours(t: Trace, date: string): Grandeur {
  const cs = t.parametre('acte.CS', date, 'CS');
  const mpc = t.parametre('acte.MPC', date, 'MPC');
  return t.operation('tarif opposable hors parcours (consultation du spécialiste)', 'CS + MPC', [cs, mpc], (a, b) => a.plus(b), 'euros', {
    source: ext('fmf-da', 'convention 2016'),
    externe: true,
  });
}

/**
 * Tariff of `acte` at `date`, inside or outside the parcours de soins coordonnés: outside it, the
 * coordinated consultation becomes CS + MPC; an avis ponctuel de consultant cannot exist outside it.
 */
export function tarifApplicable(t: Trace, acte: Acte, date: string, parcours: boolean, nom = 'tarif opposable'): Grandeur {
  if (!parcours && ACTES_AVIS_PONCTUEL.includes(acte)) {
    throw new ErreurMoteur(
      'SITUATION_INCOMPATIBLE',
      `L’avis ponctuel de consultant (« ${acte} ») est effectué par le spécialiste « à la demande du Médecin Traitant » (ISNAR §5.2) : il n’existe pas hors du parcours de soins coordonnés.`,
      { acte },
    );
  }
  if (!parcours && acte === 'consultationCoordonnee') {
    t.note(
      'Hors parcours de soins',
      'La consultation coordonnée (CS + MPC + MCS) n’existe que dans le parcours ; hors parcours le spécialiste cote CS + MPC.',
      {
        source: isnar('§5.2'),
      },
    );
    return tarifConsultationSpecialisteHorsParcours(t, date);
  }
  return t.parametre(`acte.${acte}`, date, nom);
}

export function verifierActe(acte: string): Acte {
  if (!(ACTES as readonly string[]).includes(acte)) {
    throw new ErreurMoteur('ACTE_INCONNU', `L'acte « ${acte} » n'est pas connu du cours. Actes connus : ${ACTES.join(', ')}.`, { acte });
  }
  return acte as Acte;
}

export interface ResultatTarif extends ResultatRegle {
  depuis: string;
  source: SourceRef;
  externe: boolean;
  /** Last day a source attests this value; between it and the next value the tariff is unknown. */
  attesteeJusquau?: string;
}

/**
 * "What was the tariff of act X on date D?" Throws DATE_ANTERIEURE before the first known value and
 * VALEUR_INCONNUE in a period where no cited source gives the value (APC between June 2018 and
 * December 2024).
 */
export function tarifActe(acte: string, date: string): ResultatTarif {
  const a = verifierActe(acte);
  verifierDate(date);
  const t = new Trace();
  const g = t.parametre(`acte.${a}`, date);
  const p = parametre(`acte.${a}`, date);
  return { ...t.resultat(g), depuis: p.depuis, source: p.source, externe: p.externe, ...(p.attesteeJusquau ? { attesteeJusquau: p.attesteeJusquau } : {}) };
}

export interface EntreeSommeTarifs {
  /** Acts billed together (e.g. ['G', 'APC']: ISNAR §5.2 lists both). */
  actes: string[];
  date: string;
  /** An earlier date: the result then also gives the change of the sum since that day. */
  depuis?: string;
}

export interface ResultatSommeTarifs extends ResultatRegle {
  /** The sum at `depuis` (null without `depuis`). */
  sommeDepuis: Decimal | null;
  /** Sum at `date` − sum at `depuis`, in euros. */
  ecart: Decimal | null;
  /** ecart ÷ sum at `depuis` (a fraction). */
  hausse: Decimal | null;
}

function sommeALaDate(t: Trace, actes: Acte[], date: string): Grandeur {
  const tarifs = actes.map((a) => t.parametre(`acte.${a}`, date, `${a} au ${formatDate(date)}`));
  return t.operation(`somme au ${formatDate(date)}`, actes.join(' + '), tarifs, (...v) => v.reduce((s, x) => s.plus(x), ZERO), 'euros');
}

/**
 * Value = the sum of the tariffs of several acts at a date (the chapter's "G + APC"), each tariff a
 * dated parameter; with `depuis`, also the change of that sum in euros and as a rate. Unknown or
 * earlier-than-known tariffs raise the usual typed errors (VALEUR_INCONNUE, DATE_ANTERIEURE).
 */
export function sommeTarifs(e: EntreeSommeTarifs): ResultatSommeTarifs {
  if (!Array.isArray(e.actes) || e.actes.length === 0) throw new ErreurMoteur('ENTREE_INVALIDE', 'Donnez au moins un acte à additionner.');
  const actes = e.actes.map(verifierActe);
  const date = verifierDate(e.date);
  const t = new Trace();
  if (e.depuis === undefined) return { ...t.resultat(sommeALaDate(t, actes, date)), sommeDepuis: null, ecart: null, hausse: null };
  const depuis = verifierDate(e.depuis);
  if (depuis >= date) throw new ErreurMoteur('ENTREE_INVALIDE', 'La date de départ (« depuis ») doit précéder la date du calcul.');
  const avant = sommeALaDate(t, actes, depuis);
  const apres = sommeALaDate(t, actes, date);
  const ecart = t.operation('écart', `somme au ${formatDate(date)} − somme au ${formatDate(depuis)}`, [apres, avant], (a, b) => a.minus(b), 'euros');
  const hausse = t.operation('hausse', 'écart ÷ somme de départ', [ecart, avant], (a, b) => a.div(b), 'taux');
  return { ...t.resultat(apres), sommeDepuis: avant.valeur, ecart: ecart.valeur, hausse: hausse.valeur };
}
