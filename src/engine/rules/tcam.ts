/**
 * Taux de croissance annuel moyen (CdC I-A, tableau n° 23; ambiguity 13) and
 * shares of growth. The Cour's printed TCAM are the arithmetic mean of the
 * annual growth rates; the compound (geometric) rate is computed alongside.
 */
import { D, Decimal, type DecimalInput, ZERO, UN, racineNieme } from '../decimal.js';
import { ErreurMoteur } from '../errors.js';
import { Trace, type Grandeur, type ResultatRegle } from '../trace.js';
import { cdc } from '../parametres/sources.js';
import { montant } from './valider.js';
import { TABLEAU_23, ANNEES_TABLEAU_23, PARTS_CROISSANCE_COUR, type LigneTableau23 } from '../donnees/tableau23.js';

export type MethodeTcam = 'arithmetique' | 'geometrique';

export interface ResultatTcam extends ResultatRegle {
  /** Rounded to 0,1 point, as the Cour prints it. */
  valeurArrondie: Decimal;
  arithmetique: Decimal;
  geometrique: Decimal;
  /** The annual growth rates, in order (2015→2016 first for tableau n° 23). */
  tauxAnnuels: Decimal[];
}

/** Value = TCAM (fraction, unrounded) by the chosen method (default 'arithmetique', the Cour's). */
export function tcam(valeurs: DecimalInput[], methode: MethodeTcam = 'arithmetique', libelles?: string[]): ResultatTcam {
  if (!Array.isArray(valeurs) || valeurs.length < 2)
    throw new ErreurMoteur('ENTREE_INVALIDE', 'Il faut au moins deux valeurs annuelles pour un taux de croissance.');
  const t = new Trace();
  const vs = valeurs.map((v, i) => {
    const d = montant(`valeur ${i + 1}`, v);
    if (d.isZero()) throw new ErreurMoteur('ENTREE_INVALIDE', 'Une valeur nulle ne permet pas de calculer un taux de croissance.');
    return t.entree(libelles?.[i] ?? `année ${i + 1}`, d, 'nombre');
  });
  const taux: Grandeur[] = [];
  for (let i = 1; i < vs.length; i++) {
    const a = vs[i - 1] as Grandeur;
    const b = vs[i] as Grandeur;
    taux.push(t.operation(`croissance ${a.nom} → ${b.nom}`, '(valeur − valeur précédente) ÷ valeur précédente', [b, a], (x, y) => x.minus(y).div(y), 'taux'));
  }
  const arith = t.operation(
    'TCAM (moyenne arithmétique des taux annuels)',
    'somme des taux annuels ÷ nombre d’années',
    taux,
    (...v) => v.reduce((s, x) => s.plus(x), ZERO).div(v.length),
    'taux',
    {
      ambiguite: 'a13',
    },
  );
  const premier = vs[0] as Grandeur;
  const dernier = vs[vs.length - 1] as Grandeur;
  const n: Grandeur = { nom: 'nombre d’années', valeur: D(vs.length - 1), unite: 'nombre' };
  /* eslint-disable no-restricted-properties -- k is the number of years (an integer): the root's index, not an amount */
  const geo = t.operation(
    'TCAM composé (géométrique)',
    '(dernière ÷ première)^(1 ÷ nombre d’années) − 1',
    [dernier, premier, n],
    (x, y, k) => racineNieme(x.div(y), k.toNumber()).minus(UN),
    'taux',
    {
      ambiguite: 'a13',
    },
  );
  /* eslint-enable no-restricted-properties */
  const retenu = methode === 'arithmetique' ? arith : geo;
  const arrondi = t.arrondi(retenu, 'arrondiDixiemeDePoint', 'TCAM arrondi au dixième de point');
  return {
    ...t.resultat(retenu, [
      methode === 'arithmetique'
        ? { ambiguite: 'a13', libelle: 'Taux composé (géométrique)', valeur: geo.valeur }
        : { ambiguite: 'a13', libelle: 'Moyenne arithmétique des taux annuels (méthode de la Cour)', valeur: arith.valeur },
    ]),
    valeurArrondie: arrondi.valeur,
    arithmetique: arith.valeur,
    geometrique: geo.valeur,
    tauxAnnuels: taux.map((g) => g.valeur),
  };
}

export interface LigneTcam {
  ligne: LigneTableau23;
  tcamPublie: Decimal;
  arithmetique: ResultatTcam;
  geometrique: ResultatTcam;
}

/** Both TCAM for every line of tableau n° 23 (CdC I-A). */
export function tcamTableau23(): LigneTcam[] {
  const libelles = ANNEES_TABLEAU_23.map(String);
  return TABLEAU_23.map((ligne) => ({
    ligne,
    tcamPublie: D(ligne.tcamPublie),
    arithmetique: tcam([...ligne.valeurs], 'arithmetique', libelles),
    geometrique: tcam([...ligne.valeurs], 'geometrique', libelles),
  }));
}

/**
 * Value = share of the growth of `total` due to `partie` between two columns
 * (e.g. honoraires médicaux et dentaires / soins de ville, 2015 → 2019).
 */
export function partCroissance(e: { partie: DecimalInput[]; total: DecimalInput[]; de: number; a: number; libelles?: [string, string] }): ResultatRegle {
  const { de, a } = e;
  if (!Number.isInteger(de) || !Number.isInteger(a) || de < 0 || a <= de || a >= e.partie.length || a >= e.total.length) {
    throw new ErreurMoteur('ENTREE_INVALIDE', 'Les colonnes de début et de fin de la période sont incorrectes.');
  }
  const t = new Trace();
  const [lp, lt] = e.libelles ?? ['partie', 'total'];
  const p0 = t.entree(`${lp}, début`, montant('partie', e.partie[de]), 'nombre');
  const p1 = t.entree(`${lp}, fin`, montant('partie', e.partie[a]), 'nombre');
  const t0 = t.entree(`${lt}, début`, montant('total', e.total[de]), 'nombre');
  const t1 = t.entree(`${lt}, fin`, montant('total', e.total[a]), 'nombre');
  const dp = t.operation(`hausse ${lp}`, 'fin − début', [p1, p0], (x, y) => x.minus(y), 'nombre');
  const dt = t.operation(`hausse ${lt}`, 'fin − début', [t1, t0], (x, y) => x.minus(y), 'nombre');
  const part = t.operation('part de la croissance', `hausse ${lp} ÷ hausse ${lt}`, [dp, dt], (x, y) => x.div(y), 'taux', { source: cdc('I-A, tableau n° 23') });
  return t.resultat(part);
}

/** Convenience: share of growth between two years of tableau n° 23. */
export function partCroissanceTableau23(ligne: LigneTableau23['id'], de: number, a: number): ResultatRegle {
  const l = TABLEAU_23.find((x) => x.id === ligne);
  const total = TABLEAU_23[0] as LigneTableau23;
  const i = ANNEES_TABLEAU_23.indexOf(de as 2015);
  const j = ANNEES_TABLEAU_23.indexOf(a as 2015);
  if (!l || i < 0 || j < 0) throw new ErreurMoteur('ENTREE_INVALIDE', 'Ligne ou années absentes du tableau n° 23 (2015 à 2019).');
  return partCroissance({ partie: [...l.valeurs], total: [...total.valeurs], de: i, a: j, libelles: [l.libelle, total.libelle] });
}

type IdLigne = LigneTableau23['id'];

function ligneTableau23(id: unknown): LigneTableau23 {
  const l = TABLEAU_23.find((x) => x.id === id);
  if (!l)
    throw new ErreurMoteur('ENTREE_INVALIDE', `Ligne du tableau n° 23 inconnue : « ${String(id)} » (lignes : ${TABLEAU_23.map((x) => x.id).join(', ')}).`);
  return l;
}

function colonneTableau23(annee: unknown): number {
  const i = ANNEES_TABLEAU_23.indexOf(annee as 2015);
  if (i < 0) throw new ErreurMoteur('ENTREE_INVALIDE', `Année absente du tableau n° 23 : « ${String(annee)} » (années : 2015 à 2019).`);
  return i;
}

function periode(de: unknown, a: unknown): [number, number] {
  const i = colonneTableau23(de);
  const j = colonneTableau23(a);
  if (j <= i) throw new ErreurMoteur('ENTREE_INVALIDE', 'L’année de fin doit suivre l’année de début.');
  return [i, j];
}

/** Records the rise of one line of tableau n° 23 between two columns (M€). */
function hausseLigne(t: Trace, l: LigneTableau23, i: number, j: number): Grandeur {
  const debut = t.entree(`${l.libelle}, ${ANNEES_TABLEAU_23[i]}`, D(l.valeurs[i]!), 'nombre', { source: cdc('I-A, tableau n° 23') });
  const fin = t.entree(`${l.libelle}, ${ANNEES_TABLEAU_23[j]}`, D(l.valeurs[j]!), 'nombre', { source: cdc('I-A, tableau n° 23') });
  return t.operation(`hausse ${l.libelle} (M€)`, 'fin − début', [fin, debut], (x, y) => x.minus(y), 'nombre');
}

function somme(t: Trace, nom: string, gs: Grandeur[]): Grandeur {
  return gs.length === 1 ? gs[0]! : t.operation(nom, 'somme des hausses', gs, (...v) => v.reduce((s, x) => s.plus(x), ZERO), 'nombre');
}

/** Value = rise (M€) of one or several lines of tableau n° 23 between two years (CdC I-A: « +15 Md€ » for soins de ville). */
export function hausseTableau23(e: { lignes: IdLigne[]; de: number; a: number }): ResultatRegle {
  if (!Array.isArray(e.lignes) || e.lignes.length === 0) throw new ErreurMoteur('ENTREE_INVALIDE', 'Donnez au moins une ligne du tableau n° 23.');
  const lignes = e.lignes.map(ligneTableau23);
  const [i, j] = periode(e.de, e.a);
  const t = new Trace();
  return t.resultat(
    somme(
      t,
      'hausse des lignes (M€)',
      lignes.map((l) => hausseLigne(t, l, i, j)),
    ),
  );
}

/**
 * Value = share of the growth of soins de ville due to several lines together between two years
 * (CdC I-A: the three kinds of honoraires make « un peu plus de la moitié (55 %) » of the rise).
 */
export function partCroissancePostesTableau23(e: { lignes: IdLigne[]; de: number; a: number }): ResultatRegle {
  if (!Array.isArray(e.lignes) || e.lignes.length === 0) throw new ErreurMoteur('ENTREE_INVALIDE', 'Donnez au moins une ligne du tableau n° 23.');
  const lignes = e.lignes.map(ligneTableau23);
  const total = TABLEAU_23[0] as LigneTableau23;
  if (lignes.includes(total)) throw new ErreurMoteur('ENTREE_INVALIDE', `« ${total.libelle} » est le total : ses postes seuls ont une part.`);
  const [i, j] = periode(e.de, e.a);
  const t = new Trace();
  const partie = somme(
    t,
    'hausse des postes (M€)',
    lignes.map((l) => hausseLigne(t, l, i, j)),
  );
  const tout = hausseLigne(t, total, i, j);
  return t.resultat(
    t.operation('part de la croissance', 'hausse des postes ÷ hausse des soins de ville', [partie, tout], (x, y) => x.div(y), 'taux', {
      source: cdc('I-A, tableau n° 23'),
    }),
  );
}

export interface ResultatRecomposition extends ResultatRegle {
  /** recomposed − actual last value (M€). */
  ecart: Decimal;
}

/**
 * Value = first value × (1 + TCAM)^years, the TCAM of the chosen method rounded to 0,01 point as the
 * chapter prints it: the check that only the compound rate leads back to the last value (ambiguity 13).
 */
export function recompositionTcamTableau23(e: { ligne: IdLigne; methode?: MethodeTcam }): ResultatRecomposition {
  const l = ligneTableau23(e.ligne);
  const methode = e.methode ?? 'arithmetique';
  if (methode !== 'arithmetique' && methode !== 'geometrique') throw new ErreurMoteur('ENTREE_INVALIDE', `Méthode inconnue : « ${String(methode)} ».`);
  const r = tcam([...l.valeurs], methode);
  const t = new Trace();
  const n = l.valeurs.length - 1;
  const taux = t.entree(
    methode === 'arithmetique' ? 'TCAM, moyenne arithmétique (règle tcam)' : 'TCAM composé (règle tcam)',
    methode === 'arithmetique' ? r.arithmetique : r.geometrique,
    'taux',
    { ambiguite: 'a13' },
  );
  const arrondi = t.arrondi(taux, 'arrondiCentiemeDePoint', 'TCAM arrondi au centième de point');
  const premier = t.entree(`${l.libelle}, ${ANNEES_TABLEAU_23[0]}`, D(l.valeurs[0]), 'nombre', { source: cdc('I-A, tableau n° 23') });
  const dernier = t.entree(`${l.libelle}, ${ANNEES_TABLEAU_23[n]}`, D(l.valeurs[n]!), 'nombre', { source: cdc('I-A, tableau n° 23') });
  const annees: Grandeur = { nom: 'nombre d’années', valeur: D(n), unite: 'nombre' };
  /* eslint-disable no-restricted-properties -- k is the number of years (an integer exponent), not an amount */
  const recompose = t.operation(
    'valeur recomposée (M€)',
    'première valeur × (1 + TCAM arrondi)^nombre d’années',
    [premier, arrondi, annees],
    (v, x, k) => v.mul(UN.plus(x).pow(k.toNumber())),
    'nombre',
    { ambiguite: 'a13' },
  );
  /* eslint-enable no-restricted-properties */
  const ecart = t.operation('écart avec la valeur publiée (M€)', 'valeur recomposée − dernière valeur', [recompose, dernier], (x, y) => x.minus(y), 'nombre');
  return { ...t.resultat(recompose), ecart: ecart.valeur };
}

/**
 * Value = the gap, in points, between the share of honoraires médicaux et dentaires in the growth of
 * soins de ville computed from tableau n° 23 and the share the Cour states for that year (CdC I-A:
 * 28,4 % for 2017→2018, « environ 21 % » the other years; ambiguity 14). Absolute value.
 */
export function ecartPartCroissanceCour(e: { de: number; a: number }): ResultatRegle {
  const [i, j] = periode(e.de, e.a);
  if (j !== i + 1) throw new ErreurMoteur('ENTREE_INVALIDE', 'La Cour donne une part par année : choisissez deux années consécutives.');
  const cour = PARTS_CROISSANCE_COUR.find((p) => p.de === e.de) ?? PARTS_CROISSANCE_COUR.find((p) => p.de === null)!;
  const t = new Trace();
  const part = t.entree(
    `part calculée sur le tableau n° 23, ${e.de} → ${e.a} (règle partCroissanceTableau23)`,
    partCroissanceTableau23('honorairesMedicauxDentaires', e.de, e.a).valeur,
    'taux',
    { source: cdc('I-A, tableau n° 23') },
  );
  const dite = t.entree(cour.de === null ? 'part dite par la Cour (« environ »)' : 'part dite par la Cour', D(cour.valeur), 'taux', {
    source: cdc('I-A'),
    ambiguite: 'a14',
  });
  return t.resultat(
    t.operation('écart (points)', '|part calculée − part dite| × 100', [part, dite], (x, y) => x.minus(y).abs().mul(100), 'points', { ambiguite: 'a14' }),
  );
}

/**
 * Value = an amount (M€) divided by one value of tableau n° 23 (ambiguity 15: the ROSP's 350 to
 * 400 M€ against the soins de ville of the table, not the Ondam sub-objective the Cour uses).
 */
export function rapportTableau23(e: { montant: DecimalInput; ligne: IdLigne; annee: number }): ResultatRegle {
  const l = ligneTableau23(e.ligne);
  const i = colonneTableau23(e.annee);
  const t = new Trace();
  const m = t.entree('montant (M€)', montant('montant', e.montant), 'nombre');
  const v = t.entree(`${l.libelle}, ${e.annee}`, D(l.valeurs[i]!), 'nombre', { source: cdc('I-A, tableau n° 23') });
  return t.resultat(t.operation('rapport', 'montant ÷ valeur du tableau', [m, v], (x, y) => x.div(y), 'taux', { ambiguite: 'a15' }));
}
