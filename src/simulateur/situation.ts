/**
 * The installation simulator's pure part: from the reader's inputs, for each of the four choices
 * (secteur 1, secteur 2 + OPTAM, secteur 2, non conventionné),
 * - the activity computed by the course's engine (tariff at the date, fees billed, OPTAM prime,
 *   patient side of one consultation and of a year, CPAM participation in 2017),
 * - the Publicodes situation handed to the Urssaf's rules (`modele-social`) in the worker.
 * No DOM, no worker, no publicodes here: the tests run it in Node.
 */
import {
  D,
  Decimal,
  ErreurMoteur,
  cotisationsPriseEnCharge,
  priseEnChargeConsultation,
  primeOptam,
  specialite as trouverSpecialite,
  tarifActe,
  type ResultatCotisations,
  type ResultatPrimeOptam,
  type ResultatPriseEnCharge,
  type ResultatTarif,
  type Situation,
  type Specialite,
} from '../engine';

const ZERO_DECIMAL = D(0);

export const CHOIX = ['secteur1', 'optam', 'secteur2', 'nonConventionne'] as const;
export type Choix = (typeof CHOIX)[number];

export const LIBELLES_CHOIX: Record<Choix, string> = {
  secteur1: 'Secteur 1',
  optam: 'Secteur 2 avec OPTAM',
  secteur2: 'Secteur 2 sans OPTAM',
  nonConventionne: 'Non conventionné',
};

/** The reader's inputs, already read (rates as fractions, amounts in euros per year). */
export interface EntreesSimulateur {
  /** Date of the rules, ISO. */
  date: string;
  specialite: string;
  /** Consultations per year. */
  consultations: Decimal;
  /** Other acts: their honoraires at tarif opposable, euros per year. */
  autresActes: Decimal;
  /** Secteur 2 without OPTAM and non conventionné: dépassements ÷ honoraires at tarif opposable. */
  depassementSecteur2: Decimal;
  /** OPTAM commitment: share of the activity billed at tarif opposable. */
  optamPartOpposable: Decimal;
  /** OPTAM commitment: average dépassement rate (dépassements ÷ honoraires at tarif opposable). */
  optamDepassement: Decimal;
  /** OPTAM prime rate of the specialty; null when no source gives it and the reader left it empty. */
  tauxPrimeOptam: Decimal | null;
  /** Professional expenses, euros per year. */
  frais: Decimal;
  /** Share of the patients whose complémentaire covers dépassements. */
  partComplementaire: Decimal;
}

/** Dates at which the simulator evaluates the Urssaf's rules (modele-social models these years). */
export const PERIODE_MODELE_SOCIAL = { debut: '2022-01-01', fin: '2026-12-31' } as const;

export function modeleSocialCouvre(date: string): boolean {
  return date >= PERIODE_MODELE_SOCIAL.debut && date <= PERIODE_MODELE_SOCIAL.fin;
}

/** Patient side of one consultation: with a complémentaire covering dépassements, and with one that does not. */
export interface CotePatient {
  avec: ResultatPriseEnCharge;
  sans: ResultatPriseEnCharge;
  /** Over a year of the activity's consultations, weighted by the share of patients with each kind of cover. */
  annee: { amo: Decimal; complementaire: Decimal; resteACharge: Decimal; facture: Decimal };
}

export interface ActiviteChoix {
  choix: Choix;
  tarif: ResultatTarif;
  /** Price of an average consultation (tariff × (1 + dépassement rate)). */
  prixConsultation: Decimal;
  honorairesOpposables: Decimal;
  depassements: Decimal;
  /** Fees billed = honoraires at tarif opposable + dépassements. */
  honoraires: Decimal;
  /** Average dépassement rate of this choice (dépassements ÷ honoraires at tarif opposable). */
  tauxDepassement: Decimal;
  prime: ResultatPrimeOptam | null;
  /** Receipts = fees + OPTAM prime. */
  recettes: Decimal;
  patient: CotePatient;
  /** The course's engine, mechanism of the guide (2017 only): CPAM participation in AF and maladie. */
  participation2017: ResultatCotisations | null;
}

const SITUATION_PATIENT: Record<Choix, Situation> = {
  secteur1: 'secteur1',
  optam: 'secteur2Optam',
  secteur2: 'secteur2NonOptam',
  nonConventionne: 'nonConventionne',
};

const SECTEUR_COURS = { secteur1: 'secteur1', optam: 'optam', secteur2: 'secteur2' } as const;

export function specialiteConnue(id: string): Specialite {
  const s = trouverSpecialite(id);
  if (!s) throw new ErreurMoteur('ENTREE_INVALIDE', `La spécialité « ${id} » n’est pas proposée par le simulateur.`);
  return s;
}

/**
 * The one rounding step of the simulator's own arithmetic: to the cent, half up — the engine's
 * `arrondiAuCentime`, written with `Decimal` because importing that function would add an export to
 * the engine chunk that every chapter loads (other pages must not grow by a byte).
 */
const arrondi = (d: Decimal): Decimal => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/** Checks what the engine cannot: consistency between the OPTAM commitments. */
export function verifierEntrees(e: EntreesSimulateur): void {
  if (e.optamPartOpposable.greaterThan(1) || e.partComplementaire.greaterThan(1)) {
    throw new ErreurMoteur('ENTREE_INVALIDE', 'Une part ne peut pas dépasser 100 %.');
  }
  if (e.optamPartOpposable.equals(1) && !e.optamDepassement.isZero()) {
    throw new ErreurMoteur(
      'ENTREE_INVALIDE',
      'Avec 100 % de l’activité à tarif opposable, l’OPTAM ne laisse aucun dépassement : mettez le taux de dépassement OPTAM à 0 % ou baissez la part à tarif opposable.',
    );
  }
}

/** Everything the course's engine computes for one choice. */
export function activite(e: EntreesSimulateur, choix: Choix): ActiviteChoix {
  verifierEntrees(e);
  const sp = specialiteConnue(e.specialite);
  const tarif = tarifActe(sp.acte, e.date);
  const honorairesOpposables = e.consultations.mul(tarif.valeur).plus(e.autresActes);
  const tauxDepassement = choix === 'secteur1' ? ZERO_DECIMAL : choix === 'optam' ? e.optamDepassement : e.depassementSecteur2;
  const depassements = arrondi(honorairesOpposables.mul(tauxDepassement));
  const honoraires = honorairesOpposables.plus(depassements);
  const prixConsultation = arrondi(tarif.valeur.mul(tauxDepassement.plus(1)));

  let prime: ResultatPrimeOptam | null = null;
  if (choix === 'optam' && e.tauxPrimeOptam !== null) {
    // Ambiguity 11, reading of the course: specialty rate × honoraires of the activity billed at
    // tarif opposable; commitments met (no gap).
    prime = primeOptam({
      date: e.date,
      honorairesTarifOpposable: arrondi(honorairesOpposables.mul(e.optamPartOpposable)),
      tauxSpecialite: e.tauxPrimeOptam,
      ecartTauxDepassement: 0,
      ecartActiviteOpposable: 0,
    });
  }
  const recettes = honoraires.plus(prime ? prime.valeur : ZERO_DECIMAL);

  const consultation = (avecDepassements: boolean) =>
    priseEnChargeConsultation({
      situation: SITUATION_PATIENT[choix],
      date: e.date,
      acte: sp.acte,
      ...(choix === 'secteur1' ? {} : { montantFacture: prixConsultation }),
      complementaire: avecDepassements ? { ticketModerateur: true, plafondDepassements: 1 } : { ticketModerateur: true },
    });
  const avec = consultation(true);
  const sans = consultation(false);
  const part = e.partComplementaire;
  const pondere = (a: Decimal, b: Decimal) => e.consultations.mul(part.mul(a).plus(D(1).minus(part).mul(b)));
  const annee = {
    facture: e.consultations.mul(avec.montantFacture),
    amo: e.consultations.mul(avec.partAmo),
    complementaire: arrondi(pondere(avec.partComplementaire, sans.partComplementaire)),
    resteACharge: arrondi(pondere(avec.resteACharge, sans.resteACharge)),
  };

  // The guide's mechanism (2017): the course's engine computes the CPAM participation on an
  // approximate professional income (receipts − expenses, before contributions) and the assiette of
  // the participation (that income × honoraires without dépassements ÷ honoraires, as modele-social's
  // note on `PAMC . assiette participation CPAM` writes the Urssaf's formula).
  let participation2017: ResultatCotisations | null = null;
  if (e.date < '2018-01-01' && choix !== 'nonConventionne') {
    const revenu = recettes.minus(e.frais);
    if (revenu.isNegative()) {
      throw new ErreurMoteur('ENTREE_INVALIDE', 'Les frais professionnels dépassent les recettes : le revenu professionnel serait négatif.');
    }
    const assiette = honoraires.isZero() ? ZERO_DECIMAL : arrondi(revenu.mul(honorairesOpposables).div(honoraires));
    participation2017 = cotisationsPriseEnCharge({ secteur: SECTEUR_COURS[choix], revenu: arrondi(revenu), assietteParticipation: assiette, date: e.date });
  }

  return {
    choix,
    tarif,
    prixConsultation,
    honorairesOpposables,
    depassements,
    honoraires,
    tauxDepassement,
    prime,
    recettes,
    patient: { avec, sans, annee },
    participation2017,
  };
}

// ------------------------------------------------------------------ Publicodes situation

/** What mon-entreprise's simulator for liberal professions sets (site/source/pages/simulateurs/profession-libérale/simulationConfig.ts). */
export const SITUATION_BASE: Readonly<Record<string, string>> = {
  salarié: 'non',
  'entreprise . activité . nature': "'libérale'",
  'entreprise . catégorie juridique': "'EI'",
  'entreprise . imposition': "'IR'",
  'entreprise . catégorie juridique . EI . auto-entrepreneur': 'non',
  'entreprise . activité . nature . libérale . réglementée': 'oui',
  'dirigeant . indépendant . PL . métier': "'santé . médecin'",
};

const SECTEUR_URSSAF: Record<Choix, string> = {
  secteur1: "'S1'",
  // modele-social has no OPTAM: for the Urssaf an OPTAM doctor is a secteur 2 doctor (no CPAM participation, guide §4.5).
  optam: "'S2'",
  secteur2: "'S2'",
  nonConventionne: "'non conventionné'",
};

/** "01/06/2026" from "2026-06-01": Publicodes' date format. */
export function datePublicodes(iso: string): string {
  const [a, m, j] = iso.split('-');
  return `${j}/${m}/${a}`;
}

/** A Publicodes amount from a Decimal, to the cent. */
// Publicodes syntax, not French prose: the unit follows an ordinary space (typographie-code: code).
const euros = (d: Decimal) => `${arrondi(d).toFixed(2)} €/an`;
// typographie-code: code (Publicodes syntax).
const pourcent = (d: Decimal) => `${d.mul(100).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toString()} %`;

export type SituationPublicodes = Record<string, string>;

/** The Publicodes situation of one choice: receipts, expenses, secteur, average dépassement, date. */
export function situationPublicodes(e: EntreesSimulateur, a: ActiviteChoix): SituationPublicodes {
  const s: SituationPublicodes = {
    ...SITUATION_BASE,
    date: datePublicodes(e.date),
    "entreprise . chiffre d'affaires": euros(a.recettes),
    'entreprise . charges': euros(e.frais),
    'dirigeant . indépendant . PL . métier . santé . médecin . secteur': SECTEUR_URSSAF[a.choix],
  };
  if (a.choix === 'optam' || a.choix === 'secteur2') {
    s["dirigeant . indépendant . PL . PAMC . dépassement d'honoraire moyen"] = pourcent(a.tauxDepassement);
  }
  return s;
}

/** The four activities and, when modele-social covers the date, their four situations. */
export function simulation(e: EntreesSimulateur): { activites: Record<Choix, ActiviteChoix>; situations: Record<Choix, SituationPublicodes> | null } {
  const activites = Object.fromEntries(CHOIX.map((c) => [c, activite(e, c)])) as Record<Choix, ActiviteChoix>;
  const situations = modeleSocialCouvre(e.date)
    ? (Object.fromEntries(CHOIX.map((c) => [c, situationPublicodes(e, activites[c])])) as Record<Choix, SituationPublicodes>)
    : null;
  return { activites, situations };
}
