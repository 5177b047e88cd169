/**
 * Doctor side of dépassements: DA cap (ISNAR §3.1 vs §4.3, ambiguity 4), the
 * 70 % commitment (§4.3, ambiguity 6), the taux de dépassement (§4.1 vs
 * convention annexe 21, ambiguity 7).
 */
import { Decimal, type DecimalInput, ZERO, UN, max } from '../decimal.js';
import { ErreurMoteur } from '../errors.js';
import { Trace, type Grandeur, type ResultatRegle } from '../trace.js';
import { isnar, ext } from '../parametres/sources.js';
import { parametre, enregistrer } from '../parametres/registre.js';
import { tarifs } from '../parametres/tarifs.js';
import { contrat } from '../parametres/contrat.js';
import { formatTaux } from '../francais.js';
import { verifierDate } from '../dates.js';
import { montant, montantAuCentime, entierPositif } from './valider.js';
import { tarifConsultationSpecialisteHorsParcours } from './tarifs.js';

// The families whose ids this module names (parametres/registre.ts).
enregistrer(tarifs, contrat);

export type LectureDA = 'convention' | 'isnar43' | 'isnar31';

/**
 * Clinical act (consultation) or technical act (CCAM). Convention 2016 art. 37.1, as quoted by the
 * FMF (source `fmf-da`): for clinical acts the cap on the billed amount is 117,5 % of the parcours
 * tariff "arrondi à l'euro supérieur"; for technical acts the DA is at most 17,5 % of each act's
 * tariff, with no euro rounding. ISNAR §4.3 applies the 117,5 % "pour les actes cliniques et
 * techniques" without any rounding.
 */
export type TypeActeDA = 'clinique' | 'technique';

export interface EntreePlafondDA {
  date: string;
  /** Default 'clinique'. */
  typeActe?: TypeActeDA;
  /** Tarif opposable applied to the patient (hors parcours). Default (clinical act): CS + MPC at that date. Required for a technical act. */
  tarifOpposable?: DecimalInput;
  /** Tariff in the parcours de soins. Default: consultation coordonnée (clinical act) or the act's own tariff (technical act). */
  tarifParcours?: DecimalInput;
  /** Which reading gives `valeur`; default 'convention' (§4.3 + art. 37.1). */
  lecture?: LectureDA;
}

export interface ResultatPlafondDA extends ResultatRegle {
  typeActe: TypeActeDA;
  /** Maximum amount billable (tarif + DA) under the chosen reading. */
  factureMaximal: Decimal;
  /** Maximum DA under each reading. */
  lectures: Record<LectureDA, { depassementMaximal: Decimal; factureMaximal: Decimal }>;
}

/**
 * The one rounding policy for a cap expressed in euros to bill: down to the cent
 * (`arrondiAuCentimeInferieur`), because an amount billed in cents must never exceed the cap
 * (17,5 % × 25 € = 4,375 € → 4,37 €; 117,5 % × 25 € = 29,375 € → 29,37 €). The only exception is a
 * text that fixes its own rounding: convention art. 37.1 for clinical acts ("à l'euro supérieur").
 */
function plafondFacturable(t: Trace, g: Grandeur, nom: string): Grandeur {
  return t.arrondi(g, 'arrondiAuCentimeInferieur', nom, { ambiguite: 'a4' });
}

/** Value = maximum DA amount (euros) under the chosen reading; all three readings are computed. */
export function plafondDepassementAutorise(e: EntreePlafondDA): ResultatPlafondDA {
  const date = verifierDate(e.date);
  const typeActe = e.typeActe ?? 'clinique';
  if (typeActe !== 'clinique' && typeActe !== 'technique') {
    throw new ErreurMoteur(
      'ENTREE_INVALIDE',
      `Le type d’acte « ${String(typeActe)} » n’est pas connu : « clinique » (consultation) ou « technique » (acte CCAM).`,
    );
  }
  // The cap's rate, for the sentences of the trace (the computation reads it again, traced, below).
  const taux = parametre('depassementAutorise.plafond', date).valeur;
  const pct = formatTaux(taux);
  const pctFacture = formatTaux(UN.plus(taux));
  const t = new Trace();
  t.note(
    'Type d’acte',
    typeActe === 'clinique'
      ? 'Acte clinique (consultation) : la convention arrondit le montant facturé maximal à l’euro supérieur.'
      : `Acte technique : la convention plafonne le DA à ${pct} du tarif de chaque acte, sans arrondi à l’euro.`,
    { source: ext('fmf-da', 'art. 37.1'), externe: true, ambiguite: 'a4' },
  );
  let tarifOpp: Grandeur;
  if (e.tarifOpposable === undefined) {
    if (typeActe === 'technique') {
      throw new ErreurMoteur('ENTREE_INVALIDE', 'Pour un acte technique, donnez son tarif : le plafond du DA porte sur le tarif de chaque acte.');
    }
    tarifOpp = tarifConsultationSpecialisteHorsParcours(t, date);
  } else {
    tarifOpp = t.entree(typeActe === 'technique' ? 'tarif de l’acte technique' : 'tarif opposable', montant('tarif opposable', e.tarifOpposable), 'euros');
  }
  const tarifParc =
    e.tarifParcours !== undefined
      ? t.entree('tarif dans le parcours de soins', montant('tarif dans le parcours', e.tarifParcours), 'euros')
      : typeActe === 'technique'
        ? t.retenir('tarif dans le parcours de soins', tarifOpp, 'un acte technique a le même tarif dans et hors du parcours')
        : t.parametre('acte.consultationCoordonnee', date, 'tarif dans le parcours de soins');
  if (tarifParc.valeur.lessThan(tarifOpp.valeur)) {
    throw new ErreurMoteur('SITUATION_INCOMPATIBLE', 'Le tarif du parcours de soins ne peut pas être inférieur au tarif opposable hors parcours.');
  }
  const plafond = t.parametre('depassementAutorise.plafond', date, 'plafond du DA', { ambiguite: 'a4' });

  // Reading §3.1: the DA itself is at most 17,5 % of the tarif opposable.
  t.note('Lecture §3.1', `Le montant du DA est plafonné à ${pct} du tarif opposable.`, { source: isnar('§3.1'), ambiguite: 'a4' });
  const da31 = plafondFacturable(
    t,
    t.operation('DA maximal (§3.1)', 'plafond × tarif opposable', [plafond, tarifOpp], (p, o) => p.mul(o), 'euros', { ambiguite: 'a4' }),
    'DA maximal (§3.1), au centime inférieur',
  );
  const f31 = t.operation('montant facturé maximal (§3.1)', 'tarif opposable + DA maximal', [tarifOpp, da31], (a, b) => a.plus(b), 'euros');

  // Reading §4.3: the billed amount is at most 117,5 % of the parcours tariff, clinical and technical acts alike.
  t.note(
    'Lecture §4.3',
    `Le montant facturé n’excède pas de plus de ${pct} le tarif applicable dans le parcours de soins, pour les actes cliniques et techniques.`,
    {
      source: isnar('§4.3'),
      ambiguite: 'a4',
    },
  );
  const f43brut = t.operation(
    'montant facturé maximal (§4.3)',
    '(1 + plafond) × tarif du parcours',
    [plafond, tarifParc],
    (p, v) => UN.plus(p).mul(v),
    'euros',
    { ambiguite: 'a4' },
  );
  const f43 = plafondFacturable(t, f43brut, 'montant facturé maximal (§4.3), au centime inférieur');
  const da43 = t.operation('DA maximal (§4.3)', 'montant facturé maximal − tarif opposable', [f43, tarifOpp], (a, b) => max(ZERO, a.minus(b)), 'euros');

  // Convention 2016 art. 37.1: §4.3 with "arrondi à l'euro supérieur" for clinical acts; 17,5 % per technical act.
  const fConv =
    typeActe === 'clinique'
      ? t.arrondi(f43brut, 'arrondiEuroSuperieur', "montant facturé maximal (convention, acte clinique : arrondi à l'euro supérieur)", {
          source: ext('fmf-da', 'art. 37.1'),
          externe: true,
          ambiguite: 'a4',
        })
      : t.retenir('montant facturé maximal (convention, acte technique)', f43, `${pct} du tarif de l’acte, sans arrondi à l’euro (au centime inférieur)`, {
          source: ext('fmf-da', 'art. 37.1'),
          externe: true,
          ambiguite: 'a4',
        });
  const daConv = t.operation(
    'DA maximal (convention)',
    'montant facturé maximal − tarif opposable',
    [fConv, tarifOpp],
    (a, b) => max(ZERO, a.minus(b)),
    'euros',
  );

  const lectures: ResultatPlafondDA['lectures'] = {
    convention: { depassementMaximal: daConv.valeur, factureMaximal: fConv.valeur },
    isnar43: { depassementMaximal: da43.valeur, factureMaximal: f43.valeur },
    isnar31: { depassementMaximal: da31.valeur, factureMaximal: f31.valeur },
  };
  const choix = e.lecture ?? 'convention';
  const libelles: Record<LectureDA, string> = {
    convention:
      typeActe === 'clinique'
        ? `Convention 2016 art. 37.1 (acte clinique) : ${pctFacture} du tarif du parcours, arrondi à l'euro supérieur`
        : `Convention 2016 art. 37.1 (acte technique) : ${pct} du tarif de l’acte, sans arrondi à l’euro`,
    isnar43: `ISNAR §4.3 : ${pctFacture} du tarif du parcours, sans arrondi à l’euro (au centime inférieur)`,
    isnar31: `ISNAR §3.1 : ${pct} du tarif opposable (au centime inférieur)`,
  };
  const retenu = { convention: daConv, isnar43: da43, isnar31: da31 }[choix];
  const final = t.retenir('DA maximal retenu', retenu, `lecture retenue : ${libelles[choix]}`, { ambiguite: 'a4' });
  return {
    ...t.resultat(
      final,
      (Object.keys(lectures) as LectureDA[])
        .filter((l) => l !== choix)
        .map((l) => ({ ambiguite: 'a4', libelle: libelles[l], valeur: lectures[l].depassementMaximal })),
    ),
    typeActe,
    factureMaximal: lectures[choix].factureMaximal,
    lectures,
  };
}

// --------------------------------------------------------------- 70 % ratio

export interface LigneActivite {
  /** Tarif opposable of the act. */
  tarif: DecimalInput;
  /** Amount billed per act (≥ tarif when there is a dépassement). */
  montantFacture: DecimalInput;
  /** Number of such acts; default 1. */
  nombre?: DecimalInput;
}

export interface ResultatRatio extends ResultatRegle {
  honorairesTotaux: Decimal;
  honorairesSansDepassement: Decimal;
  depassements: Decimal;
  lectureB: Decimal;
  respecteEngagement: boolean;
  respecteEngagementLectureB: boolean;
}

/** Value = ratio "honoraires sans dépassement / honoraires totaux" under reading A (ISNAR §4.3, ambiguity 6). */
export function ratioHonorairesSansDepassement(e: { date: string; actes: LigneActivite[] }): ResultatRatio {
  const date = verifierDate(e.date);
  if (!Array.isArray(e.actes) || e.actes.length === 0) {
    throw new ErreurMoteur('ENTREE_INVALIDE', "Il faut au moins une ligne d'activité pour calculer le ratio.");
  }
  const t = new Trace();
  const lignes = e.actes.map((l, i) => {
    const tarif = montantAuCentime(`tarif (ligne ${i + 1})`, l.tarif);
    const f = montantAuCentime(`montant facturé (ligne ${i + 1})`, l.montantFacture);
    const n = entierPositif(`nombre d'actes (ligne ${i + 1})`, l.nombre ?? 1);
    return { tarif, f, n, total: f.mul(n), dep: max(ZERO, f.minus(tarif)).mul(n), sansDep: f.lessThanOrEqualTo(tarif) };
  });
  const g = (nom: string, v: Decimal): Grandeur => ({ nom, valeur: v, unite: 'euros' });
  const totaux = lignes.map((l, i) => g(`ligne ${i + 1} : ${l.n.toString()} × ${l.f.toString().replace('.', ',')} €`, l.total));
  const total = t.operation('honoraires totaux', 'somme des montants facturés', totaux, (...v) => v.reduce((a, b) => a.plus(b), ZERO), 'euros', {
    source: isnar('§4.3'),
  });
  const sansDepLignes = lignes.map((l, i) => g(`ligne ${i + 1}${l.sansDep ? '' : ' (avec dépassement : 0)'}`, l.sansDep ? l.total : ZERO));
  const sansDep = t.operation(
    'honoraires des actes sans dépassement (lecture A)',
    'somme des montants des actes facturés sans dépassement',
    sansDepLignes,
    (...v) => v.reduce((a, b) => a.plus(b), ZERO),
    'euros',
    {
      ambiguite: 'a6',
    },
  );
  const deps = t.operation(
    'montant des dépassements',
    'somme de (facturé − tarif) × nombre',
    lignes.map((l, i) => g(`dépassements ligne ${i + 1}`, l.dep)),
    (...v) => v.reduce((a, b) => a.plus(b), ZERO),
    'euros',
  );
  const ratioA = t.operation('ratio (lecture A)', 'honoraires sans dépassement ÷ honoraires totaux', [sansDep, total], (a, b) => a.div(b), 'taux', {
    ambiguite: 'a6',
  });
  const ratioB = t.operation(
    'ratio (lecture B)',
    '(honoraires totaux − dépassements) ÷ honoraires totaux',
    [total, deps],
    (a, d) => a.minus(d).div(a),
    'taux',
    { ambiguite: 'a6' },
  );
  const minimum = t.parametre('honorairesSansDepassement.ratioMinimum', date, 'ratio minimum');
  const ok = t.condition('Engagement respecté (lecture A) ?', 'ratio ≥ ratio minimum', [ratioA, minimum], (r, m) => r.greaterThanOrEqualTo(m), {
    source: isnar('§4.3'),
  });
  return {
    ...t.resultat(ratioA, [{ ambiguite: 'a6', libelle: 'Lecture B : (honoraires totaux − dépassements) ÷ honoraires totaux', valeur: ratioB.valeur }]),
    honorairesTotaux: total.valeur,
    honorairesSansDepassement: sansDep.valeur,
    depassements: deps.valeur,
    lectureB: ratioB.valeur,
    respecteEngagement: ok,
    respecteEngagementLectureB: ratioB.valeur.greaterThanOrEqualTo(minimum.valeur),
  };
}

// --------------------------------------------------------------- taux de dépassement

export type DefinitionTauxDepassement = 'cnam' | 'isnar';

export type EntreeTauxDepassement =
  | { montantFacture: DecimalInput; tarifOpposable: DecimalInput; definition?: DefinitionTauxDepassement }
  | { annees: Array<{ depassements: DecimalInput; honorairesRemboursables: DecimalInput }>; definition?: DefinitionTauxDepassement };

export interface ResultatTauxDepassement extends ResultatRegle {
  cnam: Decimal;
  isnar: Decimal;
}

/**
 * Value = taux de dépassement under the chosen definition (default 'cnam':
 * dépassements ÷ honoraires remboursables, averaged over the years given;
 * 'isnar': price ÷ tariff, ISNAR §4.1). Both are returned (ambiguity 7).
 */
export function tauxDepassement(e: EntreeTauxDepassement): ResultatTauxDepassement {
  const t = new Trace();
  const def = e.definition ?? 'cnam';
  let cnam: Grandeur;
  let isn: Grandeur;
  if ('annees' in e) {
    if (!Array.isArray(e.annees) || e.annees.length === 0) throw new ErreurMoteur('ENTREE_INVALIDE', 'Il faut au moins une année de référence.');
    const ratios = e.annees.map((a, i) => {
      const dep = t.entree(`dépassements, année ${i + 1}`, montant('dépassements', a.depassements), 'euros');
      const hr = t.entree(`honoraires remboursables, année ${i + 1}`, montant('honoraires remboursables', a.honorairesRemboursables), 'euros');
      if (hr.valeur.isZero()) throw new ErreurMoteur('ENTREE_INVALIDE', 'Les honoraires remboursables ne peuvent pas être nuls.');
      return t.operation(`taux de l'année ${i + 1}`, 'dépassements ÷ honoraires remboursables', [dep, hr], (d, h) => d.div(h), 'taux', { ambiguite: 'a7' });
    });
    cnam = t.operation(
      'taux de dépassement (définition CNAM)',
      'moyenne des taux annuels',
      ratios,
      (...v) => v.reduce((a, b) => a.plus(b), ZERO).div(v.length),
      'taux',
      {
        source: ext('legifrance-annexe21'),
        externe: true,
        ambiguite: 'a7',
      },
    );
    const un: Grandeur = { nom: '1 (le tarif lui-même)', valeur: UN, unite: 'taux' };
    isn = t.operation('taux de dépassement (définition ISNAR)', '1 + taux CNAM (prix ÷ tarif)', [un, cnam], (a, b) => a.plus(b), 'taux', {
      source: isnar('§4.1'),
      ambiguite: 'a7',
    });
  } else {
    const f = t.entree('tarif pratiqué', montant('tarif pratiqué', e.montantFacture), 'euros');
    const o = t.entree('tarif conventionnel', montant('tarif conventionnel', e.tarifOpposable), 'euros');
    if (o.valeur.isZero()) throw new ErreurMoteur('ENTREE_INVALIDE', 'Le tarif conventionnel ne peut pas être nul.');
    isn = t.operation('taux de dépassement (définition ISNAR)', 'tarif pratiqué ÷ tarif conventionnel', [f, o], (a, b) => a.div(b), 'taux', {
      source: isnar('§4.1'),
      ambiguite: 'a7',
    });
    cnam = t.operation(
      'taux de dépassement (définition CNAM)',
      '(tarif pratiqué − tarif conventionnel) ÷ tarif conventionnel',
      [f, o],
      (a, b) => a.minus(b).div(b),
      'taux',
      {
        source: ext('legifrance-annexe21'),
        externe: true,
        ambiguite: 'a7',
      },
    );
  }
  const retenu = def === 'cnam' ? cnam : isn;
  const autre = def === 'cnam' ? isn : cnam;
  return {
    ...t.resultat(retenu, [
      {
        ambiguite: 'a7',
        libelle: def === 'cnam' ? 'Définition ISNAR §4.1 (prix ÷ tarif)' : 'Définition CNAM (dépassements ÷ honoraires remboursables)',
        valeur: autre.valeur,
      },
    ]),
    cnam: cnam.valeur,
    isnar: isn.valeur,
  };
}
