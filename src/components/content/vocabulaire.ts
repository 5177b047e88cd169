/**
 * The MDX vocabulary of the chapters: which `type` each component accepts, and the one check the
 * components run on their props. A bad value stops the build with a message naming the component,
 * the prop, the value and the values allowed — never an empty block on the page.
 * tests/content/vocabulaire.test.ts checks these lists against the engine and the islands on disk.
 */
import { AstroError } from 'astro/errors';

/**
 * `<Calculateur type="…">` → its island in src/components/calculateurs/. Calculateur.astro renders
 * one static line per entry (Astro needs a static component reference per hydrated island).
 */
export const CALCULATEURS = {
  patient: 'CalculateurPatient',
  da: 'CalculateurDA',
  cotisations: 'CalculateurCotisations',
  redevance: 'CalculateurRedevance',
  fpmt: 'CalculateurFpmt',
  optam: 'CalculateurOptam',
  tcam: 'CalculateurTcam',
  'tarif-date': 'CalculateurTarifDate',
} as const;
export type TypeCalculateur = keyof typeof CALCULATEURS;

/**
 * `<Exercice type="…">` → its island in src/components/exercices/. The keys are the engine's
 * exercise kinds (`exercices` of src/engine); the test checks the two lists are equal.
 */
export const EXERCICES = {
  'tarif-a-la-date': 'ExerciceTarifALaDate',
  'aide-installation': 'ExerciceAideInstallation',
  'prise-en-charge': 'ExercicePriseEnCharge',
  'plafond-da': 'ExercicePlafondDa',
  'taux-depassement': 'ExerciceTauxDepassement',
  redevance: 'ExerciceRedevance',
  'ratio-70': 'ExerciceRatio70',
  cotisations: 'ExerciceCotisations',
  fpmt: 'ExerciceFpmt',
  'prime-optam': 'ExercicePrimeOptam',
  tcam: 'ExerciceTcam',
  'majoration-48h': 'ExerciceMajoration48h',
} as const;
export type TypeExercice = keyof typeof EXERCICES;

/** `<Encadre type="…">` and the heading each type shows when the author gives no `titre`. */
export const ENCADRES = {
  'a-retenir': 'À retenir',
  exemple: 'Exemple',
  ambiguite: 'Point d’ambiguïté des sources',
  'change-depuis': 'Ce qui a changé depuis le guide',
  'hors-guide': 'Hors du guide',
  attention: 'Attention',
  definition: 'Définition',
} as const;
export type TypeEncadre = keyof typeof ENCADRES;

/** Past this many allowed values the message points to the registry instead of listing them all. */
const LISTE_MAX = 15;

/**
 * `valeur` if it is one of `permises`, else an AstroError (the build stops):
 * `<Calculateur type="patiant">` : « patiant » n’est pas une valeur de `type`. Valeurs permises : …
 */
export function valeurPermise<T extends string>(balise: string, prop: string, valeur: unknown, permises: readonly T[], registre?: string): T {
  if (typeof valeur === 'string' && (permises as readonly string[]).includes(valeur)) return valeur as T;
  const lue = valeur === undefined ? 'absent' : `« ${String(valeur)} »`;
  const liste = permises.length <= LISTE_MAX ? permises.join(', ') : `${permises.slice(0, LISTE_MAX).join(', ')}… (${permises.length} en tout)`;
  throw new AstroError(
    `<${balise} ${prop}="${String(valeur ?? '')}"> : ${lue} n’est pas une valeur permise de \`${prop}\`. Valeurs permises : ${liste}.`,
    registre ? `La liste complète est dans ${registre}.` : undefined,
  );
}

/** The keys of a registry object, typed (Object.keys loses the key type). */
export function cles<T extends object>(o: T): (keyof T & string)[] {
  return Object.keys(o) as (keyof T & string)[];
}
