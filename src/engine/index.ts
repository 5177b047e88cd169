/**
 * Public entry of the Secteurs calculation engine. Widgets, content and tests
 * import from here only. Pure TypeScript + decimal.js: no DOM, no framework.
 */
export { Decimal, D, arrondiAuCentime, MODES_ARRONDI, type ModeArrondi, type DecimalInput } from './decimal.js';
export { ErreurMoteur, type CodeErreur, type ErreurSaisie, type CodeErreurSaisie, type Resultat } from './errors.js';
export { parseMontant, parseTaux, parseNombre, formatEuros, formatTaux, formatNombre, BORNES, ESPACE_FINE, ESPACE_INSECABLE } from './francais.js';
export { formatDate, estDateIso, parseDate, formatDateNumerique } from './dates.js';
export { creerAlea, type Alea } from './random.js';
export { mulberry32 } from './prng.js';
export {
  Trace,
  formatGrandeur,
  formatValeurEtape,
  texteResultat,
  type Etape,
  type Grandeur,
  type Lecture,
  type ResultatRegle,
  type Unite,
  type GenreEtape,
  type Operande,
  type ValeurEtape,
} from './trace.js';
// The lookup comes from the registry itself, the whole barème from parametres/index.ts: an island
// that only looks parameters up does not pull the four families (see parametres/registre.ts).
export { parametre, valeurConnue, formatParametre, definition as definitionParametre, type ValeurParametre } from './parametres/registre.js';
export {
  listeParametres,
  definitions as definitionsParametres,
  type ParametrePourBareme,
  type SourceRef,
  type Periode,
  type DefinitionParametre,
  type UniteParametre,
} from './parametres/index.js';
export { ambiguites, type Ambiguite } from './ambiguites.js';
export { citer, CITATIONS_DOCUMENTS, SOURCE_HORS_GUIDE, type Citations } from './citer.js';
// The bibliography (server-side: its data is never imported by an island, see bibliographie.ts).
export { sources, citations, sourceConnue, estExterne, type EntreeSource, type StatutSource } from './bibliographie.js';

export { tarifActe, sommeTarifs, ACTES, type Acte, type ResultatTarif, type EntreeSommeTarifs, type ResultatSommeTarifs } from './rules/tarifs.js';
export {
  priseEnChargeConsultation,
  SITUATIONS,
  LIBELLES_SITUATION,
  type Situation,
  type EntreePriseEnCharge,
  type ResultatPriseEnCharge,
  type Complementaire,
} from './rules/patient.js';
export {
  plafondDepassementAutorise,
  ratioHonorairesSansDepassement,
  tauxDepassement,
  type LectureDA,
  type TypeActeDA,
  type EntreePlafondDA,
  type ResultatPlafondDA,
  type LigneActivite,
  type ResultatRatio,
  type EntreeTauxDepassement,
  type ResultatTauxDepassement,
} from './rules/depassements.js';
export {
  cotisationsPriseEnCharge,
  tauxAllocationsFamiliales,
  seuilsAllocationsFamiliales,
  tauxMaladiePrisEnCharge,
  ecartArrondiTauxAf,
  effetSeuilAllocationsFamiliales,
  SECTEURS_COTISATIONS,
  LIBELLES_SECTEUR_COTISATIONS,
  LECTURES_CAS,
  type LectureCas,
  type SecteurCotisations,
  type EntreeCotisations,
  type ResultatCotisations,
} from './rules/cotisations.js';
export { participationForfaitaireAnnee, type ActeParticipation, type JourParticipation, type ResultatParticipationAnnee } from './rules/participation.js';
export { redevanceActiviteLiberale, plafondTempsActiviteLiberale, type Etablissement, type CategorieActe, type ActeLiberal } from './rules/hopital.js';
export {
  forfaitPatienteleMedecinTraitant,
  categorieFpmt,
  majorationAdresse48h,
  aideInstallation,
  type PatienteleFpmt,
  type CategorieFpmt,
} from './rules/forfaits.js';
export { primeOptam, type EntreePrimeOptam, type ResultatPrimeOptam } from './rules/optam.js';
export { SPECIALITES, specialite, TAUX_PRIME_OPTAM_CSMF, SOURCE_TAUX_PRIME_OPTAM, type Specialite } from './rules/specialites.js';
export {
  tcam,
  tcamTableau23,
  partCroissance,
  partCroissanceTableau23,
  partCroissancePostesTableau23,
  hausseTableau23,
  recompositionTcamTableau23,
  ecartPartCroissanceCour,
  rapportTableau23,
  type MethodeTcam,
  type ResultatTcam,
  type LigneTcam,
} from './rules/tcam.js';
export { TABLEAU_23, ANNEES_TABLEAU_23, PARTS_CROISSANCE_COUR, type LigneTableau23 } from './donnees/tableau23.js';

export { exercices, listeExercices, exercice, autoEvaluation, noter, TOLERANCE_EUROS, TOLERANCE_TAUX } from './exercises/index.js';
export { THEMES, LIBELLES_THEMES, type Theme } from './themes.js';
export type { ExerciseKind, Params, Solution, Notation, Verdict, Tolerance, ErreurType, QuestionAutoEvaluation } from './exercises/index.js';

/** Each exercise kind on its own, so a page that embeds one kind does not ship the others. */
export { tarifALaDate, aideInstallationExercice } from './exercises/histoire.js';
export { priseEnChargeExercice } from './exercises/patient.js';
export { plafondDAExercice, tauxDepassementExercice, redevanceExercice } from './exercises/depassements.js';
export { ratio70Exercice, cotisationsExercice } from './exercises/contrat.js';
export { fpmtExercice, primeOptamExercice, tcamExercice, majoration48hExercice } from './exercises/cdc.js';
