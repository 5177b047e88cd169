/**
 * The rules a chapter may run as a worked example (`<Exemple regle="…" …/>`), with the props each
 * one takes. Exemple.astro calls `calculerExemple` at build time: the figure a reader sees in a
 * worked example is the engine's, never typed by hand (issue 11, "a number lives in one place").
 *
 * Pure TypeScript over the engine's public entry, so tests/content/exemples.test.ts can check the
 * build-time errors without building the site.
 */
import {
  aideInstallation,
  cotisationsPriseEnCharge,
  ErreurMoteur,
  formatGrandeur,
  texteResultat,
  formatTaux,
  formatNombre,
  formatEuros,
  forfaitPatienteleMedecinTraitant,
  majorationAdresse48h,
  participationForfaitaireAnnee,
  partCroissanceTableau23,
  plafondDepassementAutorise,
  plafondTempsActiviteLiberale,
  primeOptam,
  priseEnChargeConsultation,
  ratioHonorairesSansDepassement,
  redevanceActiviteLiberale,
  tarifActe,
  sommeTarifs,
  seuilsAllocationsFamiliales,
  tauxMaladiePrisEnCharge,
  ecartArrondiTauxAf,
  effetSeuilAllocationsFamiliales,
  hausseTableau23,
  partCroissancePostesTableau23,
  recompositionTcamTableau23,
  ecartPartCroissanceCour,
  rapportTableau23,
  tauxAllocationsFamiliales,
  tauxDepassement,
  tcam,
  TABLEAU_23,
  ANNEES_TABLEAU_23,
  Decimal,
  type Etape,
  type ResultatRegle,
  type Unite,
} from '../../engine';

type Entrees = Record<string, unknown>;

interface RegleExemple {
  /** Props the rule cannot do without. */
  requis: string[];
  /** Props it accepts besides (any other prop is a typo and stops the build). */
  optionnels: string[];
  calcul: (e: Entrees) => ResultatRegle;
  /**
   * Other figures of the result a sentence may quote (`champ="resteACharge"`), with their unit.
   * A path with dots reads a nested field (`af.due`, `lectures.isnar31.depassementMaximal`).
   */
  champs?: Record<string, Unite>;
}

// The engine validates the values themselves (ErreurMoteur with a French message); these casts only
// hand the MDX props over, they never convert a figure.
const s = (v: unknown) => v as string;
/** A rule that takes one input object: the MDX props are that object. */
const parObjet =
  <E, R extends ResultatRegle>(regle: (entree: E) => R) =>
  (e: Entrees): R =>
    regle(e as unknown as E);

export const REGLES_EXEMPLE: Record<string, RegleExemple> = {
  tarifActe: { requis: ['acte', 'date'], optionnels: [], calcul: (e) => tarifActe(s(e.acte), s(e.date)) },
  /** G + APC at a date; with `depuis`, the change since then (`champ="ecart"`, `champ="hausse"`). */
  sommeTarifs: {
    requis: ['actes', 'date'],
    optionnels: ['depuis'],
    calcul: parObjet(sommeTarifs),
    champs: { sommeDepuis: 'euros', ecart: 'euros', hausse: 'taux' },
  },
  priseEnChargeConsultation: {
    requis: ['situation', 'date'],
    optionnels: ['acte', 'montantFacture', 'parcours', 'exonereParticipationForfaitaire', 'complementaire', 'lectureSecteur2'],
    calcul: parObjet(priseEnChargeConsultation),
    champs: {
      resteACharge: 'euros',
      partAmo: 'euros',
      partComplementaire: 'euros',
      baseRemboursement: 'euros',
      depassement: 'euros',
      participationForfaitaire: 'euros',
      tauxRemboursement: 'taux',
    },
  },
  plafondDepassementAutorise: {
    requis: ['date'],
    optionnels: ['typeActe', 'tarifOpposable', 'tarifParcours', 'lecture'],
    calcul: parObjet(plafondDepassementAutorise),
    champs: {
      factureMaximal: 'euros',
      'lectures.isnar31.depassementMaximal': 'euros',
      'lectures.isnar31.factureMaximal': 'euros',
      'lectures.isnar43.depassementMaximal': 'euros',
      'lectures.isnar43.factureMaximal': 'euros',
      'lectures.convention.depassementMaximal': 'euros',
      'lectures.convention.factureMaximal': 'euros',
    },
  },
  ratioHonorairesSansDepassement: {
    requis: ['date', 'actes'],
    optionnels: [],
    calcul: parObjet(ratioHonorairesSansDepassement),
    champs: { lectureB: 'taux', honorairesTotaux: 'euros', honorairesSansDepassement: 'euros', depassements: 'euros' },
  },
  tauxDepassement: {
    requis: [],
    optionnels: ['montantFacture', 'tarifOpposable', 'annees', 'definition'],
    calcul: parObjet(tauxDepassement),
    champs: { cnam: 'taux', isnar: 'taux' },
  },
  seuilsAllocationsFamiliales: {
    requis: ['date'],
    optionnels: [],
    calcul: (e) => seuilsAllocationsFamiliales(s(e.date)),
    champs: { seuilBas: 'euros', seuilHaut: 'euros' },
  },
  tauxMaladiePrisEnCharge: { requis: ['date'], optionnels: [], calcul: (e) => tauxMaladiePrisEnCharge(s(e.date)) },
  ecartArrondiTauxAf: {
    requis: ['revenu', 'date'],
    optionnels: [],
    calcul: (e) => ecartArrondiTauxAf(s(e.revenu), s(e.date)),
    champs: { dueTauxNonArrondi: 'euros', dueTauxArrondi: 'euros', tauxArrondi: 'taux' },
  },
  effetSeuilAllocationsFamiliales: {
    requis: ['date', 'supplement'],
    optionnels: [],
    calcul: parObjet(effetSeuilAllocationsFamiliales),
    champs: { seuil: 'euros', partMedecinAuSeuil: 'euros', partMedecinAuDela: 'euros' },
  },
  tauxAllocationsFamiliales: { requis: ['revenu', 'date'], optionnels: [], calcul: (e) => tauxAllocationsFamiliales(s(e.revenu), s(e.date)) },
  cotisationsPriseEnCharge: {
    requis: ['revenu', 'date'],
    optionnels: ['secteur', 'assietteParticipation', 'cotisationAsv'],
    calcul: parObjet(cotisationsPriseEnCharge),
    champs: {
      'af.taux': 'taux',
      'af.due': 'euros',
      'af.partCpam': 'euros',
      'af.partMedecin': 'euros',
      'maladie.due': 'euros',
      'maladie.partCpam': 'euros',
      'maladie.partMedecin': 'euros',
      'asv.partCaisses': 'euros',
    },
  },
  redevanceActiviteLiberale: {
    requis: ['date', 'etablissement', 'actes'],
    optionnels: [],
    calcul: parObjet(redevanceActiviteLiberale),
    champs: { 'parCategorie.consultation': 'euros', 'parCategorie.autreActe': 'euros', 'parCategorie.imagerieBiologie': 'euros' },
  },
  plafondTempsActiviteLiberale: {
    requis: ['date', 'dureeService'],
    optionnels: ['dureeLiberale'],
    calcul: parObjet(plafondTempsActiviteLiberale),
  },
  forfaitPatienteleMedecinTraitant: {
    requis: ['date', 'patients'],
    optionnels: [],
    calcul: parObjet(forfaitPatienteleMedecinTraitant),
    // The other reading of ambiguity 12 (a child in ALD counted at the child's forfait).
    champs: { 'autresLectures.0.valeur': 'euros' },
  },
  primeOptam: {
    requis: ['date', 'honorairesTarifOpposable', 'tauxSpecialite', 'ecartTauxDepassement', 'ecartActiviteOpposable'],
    optionnels: [],
    calcul: parObjet(primeOptam),
    champs: { primePleine: 'euros', modulation: 'taux', ecartRetenu: 'points' },
  },
  majorationAdresse48h: {
    requis: ['date', 'delaisHeures'],
    optionnels: ['beneficiaire'],
    calcul: parObjet(majorationAdresse48h),
    champs: { totalSpecialiste: 'euros', totalAdresseurs: 'euros' },
  },
  aideInstallation: {
    requis: ['date'],
    optionnels: ['annee'],
    calcul: parObjet(aideInstallation),
    champs: { montantTotal: 'euros', parAn: 'euros' },
  },
  participationForfaitaireAnnee: {
    requis: ['actes'],
    optionnels: ['exonere'],
    calcul: parObjet(participationForfaitaireAnnee),
    champs: { sansPlafonds: 'euros', apresPlafondJournalier: 'euros' },
  },
  /** TCAM of one line of the Cour's tableau n° 23 (CdC I-A), from the figures the engine holds. */
  tcamTableau23: {
    requis: ['ligne'],
    optionnels: ['methode'],
    calcul: (e) => {
      const ligne = TABLEAU_23.find((l) => l.id === e.ligne);
      if (!ligne)
        throw new ErreurMoteur(
          'ENTREE_INVALIDE',
          `Ligne du tableau n° 23 inconnue : « ${String(e.ligne)} » (lignes : ${TABLEAU_23.map((l) => l.id).join(', ')}).`,
        );
      return tcam([...ligne.valeurs], (e.methode as 'arithmetique' | 'geometrique' | undefined) ?? 'arithmetique', ANNEES_TABLEAU_23.map(String));
    },
    champs: {
      valeurArrondie: 'taux',
      arithmetique: 'taux',
      geometrique: 'taux',
      'tauxAnnuels.0': 'taux',
      'tauxAnnuels.1': 'taux',
      'tauxAnnuels.2': 'taux',
      'tauxAnnuels.3': 'taux',
    },
  },
  partCroissanceTableau23: {
    requis: ['ligne', 'de', 'a'],
    optionnels: [],
    calcul: (e) => partCroissanceTableau23(e.ligne as Parameters<typeof partCroissanceTableau23>[0], e.de as number, e.a as number),
  },
  /** Rise (M€) of one or several lines of tableau n° 23; the unit « M€ » is written after the tag. */
  hausseTableau23: {
    requis: ['lignes', 'de', 'a'],
    optionnels: [],
    calcul: parObjet(hausseTableau23),
  },
  partCroissancePostesTableau23: {
    requis: ['lignes', 'de', 'a'],
    optionnels: [],
    calcul: parObjet(partCroissancePostesTableau23),
  },
  recompositionTcamTableau23: {
    requis: ['ligne'],
    optionnels: ['methode'],
    calcul: parObjet(recompositionTcamTableau23),
    champs: { ecart: 'nombre' },
  },
  ecartPartCroissanceCour: {
    requis: ['de', 'a'],
    optionnels: [],
    calcul: parObjet(ecartPartCroissanceCour),
  },
  rapportTableau23: {
    requis: ['montant', 'ligne', 'annee'],
    optionnels: [],
    calcul: parObjet(rapportTableau23),
  },
};

/** Props of `<Exemple>` that configure the display, not the rule. */
export const PROPS_AFFICHAGE = ['regle', 'champ', 'affichage', 'decimales', 'titre'] as const;

export interface Exemple {
  regle: string;
  /** The figure shown as the result, already in French ("6,50 €", "3,95 %"). */
  valeur: string;
  /** What the reader is given: the trace's input steps, as "label : value". */
  entrees: Array<{ libelle: string; valeur: string }>;
  etapes: Etape[];
}

/** Where the example is, for the build error: "chapitre /chapitres/contrat/". */
function ou(page: string) {
  return `<Exemple> du chapitre ${page}`;
}

function lireChamp(r: ResultatRegle, chemin: string): unknown {
  return chemin.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), r);
}

function formater(v: Decimal, unite: Unite, decimales: number | undefined): string {
  if (decimales === undefined) return formatGrandeur(v, unite);
  if (unite === 'taux') return formatTaux(v, decimales);
  // Rounded once here, then printed with its unit: "232 €" with decimales={0}, "15,7 points" with {1}.
  const r = v.toDecimalPlaces(decimales, Decimal.ROUND_HALF_UP);
  if (unite === 'euros') return decimales >= 2 ? formatEuros(r) : `${formatNombre(r, decimales)}\u00A0€`;
  if (unite === 'points') return `${formatNombre(r, decimales)}\u00A0point${r.abs().greaterThan(1) ? 's' : ''}`;
  return formatNombre(r, decimales);
}

/**
 * Runs the rule named by `props.regle` with the other props as its input. Any problem (unknown
 * rule, missing or unknown prop, unknown field, engine error) throws an Error naming the page and
 * the prop, so a wrong example stops the build instead of printing a wrong or blank figure.
 */
export function calculerExemple(props: Entrees, page: string): Exemple {
  const regle = props.regle;
  if (typeof regle !== 'string' || !(regle in REGLES_EXEMPLE)) {
    throw new Error(`${ou(page)} : prop regle="${String(regle)}" inconnue. Règles possibles : ${Object.keys(REGLES_EXEMPLE).join(', ')}.`);
  }
  const def = REGLES_EXEMPLE[regle]!;
  const entrees: Entrees = {};
  for (const [k, v] of Object.entries(props)) {
    if ((PROPS_AFFICHAGE as readonly string[]).includes(k)) continue;
    if (!def.requis.includes(k) && !def.optionnels.includes(k)) {
      throw new Error(
        `${ou(page)} (regle="${regle}") : prop ${k} inconnue. Props de cette règle : ${[...def.requis, ...def.optionnels].join(', ') || 'aucune'}.`,
      );
    }
    entrees[k] = v;
  }
  for (const k of def.requis) {
    if (entrees[k] === undefined || entrees[k] === '') throw new Error(`${ou(page)} (regle="${regle}") : prop ${k} manquante.`);
  }
  let r: ResultatRegle;
  try {
    r = def.calcul(entrees);
  } catch (err) {
    const detail = err instanceof ErreurMoteur ? `${err.code} : ${err.message}` : String(err);
    throw new Error(`${ou(page)} (regle="${regle}") : le moteur refuse ces entrées (${JSON.stringify(entrees)}). ${detail}`, { cause: err });
  }
  let valeur = r.valeur;
  let unite = r.unite;
  const champ = props.champ;
  if (champ !== undefined) {
    const connus = def.champs ?? {};
    if (typeof champ !== 'string' || !(champ in connus)) {
      throw new Error(
        `${ou(page)} (regle="${regle}") : prop champ="${String(champ)}" inconnue. Champs : ${Object.keys(connus).join(', ') || 'aucun (seule la valeur)'}.`,
      );
    }
    const v = lireChamp(r, champ);
    if (!(v instanceof Decimal)) throw new Error(`${ou(page)} (regle="${regle}") : prop champ="${champ}" ne donne pas de nombre pour ces entrées.`);
    valeur = v;
    unite = connus[champ]!;
  }
  const decimales = props.decimales;
  if (decimales !== undefined && !(typeof decimales === 'number' && Number.isInteger(decimales) && decimales >= 0 && decimales <= 6)) {
    throw new Error(`${ou(page)} (regle="${regle}") : prop decimales={${String(decimales)}} : un entier de 0 à 6 est attendu.`);
  }
  return {
    regle,
    valeur: formater(valeur, unite, decimales as number | undefined),
    entrees: r.etapes.filter((e) => e.genre === 'entree').map((e) => ({ libelle: e.libelle, valeur: texteResultat(e) })),
    etapes: r.etapes,
  };
}
