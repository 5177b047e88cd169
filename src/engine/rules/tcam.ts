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
import { TABLEAU_23, ANNEES_TABLEAU_23, type LigneTableau23 } from '../donnees/tableau23.js';

export type MethodeTcam = 'arithmetique' | 'geometrique';

export interface ResultatTcam extends ResultatRegle {
  /** Rounded to 0,1 point, as the Cour prints it. */
  valeurArrondie: Decimal;
  arithmetique: Decimal;
  geometrique: Decimal;
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
