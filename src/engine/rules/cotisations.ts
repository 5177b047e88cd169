/**
 * Cotisations taken over by the Assurance Maladie, by secteur:
 * - secteur 1 (ISNAR §4.3): allocations familiales (ambiguities 1, 2, 3), maladie (ambiguity 17), ASV;
 * - secteur 2 (§4.4): none — "La CNAM ne participe pas financièrement aux cotisations sociales";
 * - OPTAM (§4.5): none — replaced by a specific remuneration on the activity at tarif opposable (`primeOptam`);
 * - CAS (§4.5): a participation "sur l'ensemble des revenus liés aux honoraires sans dépassements", whose
 *   rates the guide does not give: the secteur 1 mechanism is applied to that assiette ("dans les mêmes
 *   conditions que les médecins de secteur 1", CdC note 171).
 * A secteur option that did not exist at the date asked is refused (SECTEUR_INEXISTANT), from the dated
 * parameters of parametres/secteurs.ts. The CAS after 1 January 2017 is ambiguity 21 (§3.2 « maintenu »,
 * §4.5 « remplacé »): the retained reading refuses it (§4.5 is the passage on the CAS, in the past tense;
 * the course's brief places it in 2013–2016); `lecture: 'maintenu-2016'` computes the other one. As the
 * cotisation parameters start on 1 January 2017, the CAS is never computable under the retained reading.
 * The 2017 mechanism is historical (AF rates changed in 2018, external).
 */
import { Decimal, type DecimalInput, ZERO } from '../decimal.js';
import { ErreurMoteur } from '../errors.js';
import { Trace, type Grandeur, type Lecture, type ResultatRegle } from '../trace.js';
import { isnar, ext } from '../parametres/sources.js';
import { parametre, definition, lireValeur, enregistrer } from '../parametres/registre.js';
import { contrat } from '../parametres/contrat.js';
import { secteurs } from '../parametres/secteurs.js';
import { formatTaux } from '../francais.js';
import { verifierDate, formatDate } from '../dates.js';
import { citer } from '../citer.js';
import { montant } from './valider.js';

// The families whose ids this module names (parametres/registre.ts).
enregistrer(contrat);
enregistrer(secteurs);

interface CalculTaux {
  taux: Grandeur;
  tranche: number;
  seuilBas: Grandeur;
  seuilHaut: Grandeur;
}

/** The AF brackets' bounds in euros: the rule's own parameters (part of the PASS) × the PASS of the date. */
function seuilsAf(t: Trace, date: string): { seuilBas: Grandeur; seuilHaut: Grandeur } {
  const pass = t.parametre('pass', date, 'PASS');
  const pBas = t.parametre('cotisation.af.seuilBas', date, 'seuil bas (part du PASS)', { ambiguite: 'a2' });
  const pHaut = t.parametre('cotisation.af.seuilHaut', date, 'seuil haut (part du PASS)', { ambiguite: 'a2' });
  const seuilBas = t.operation('seuil bas en euros', 'seuil bas × PASS', [pBas, pass], (a, b) => a.mul(b), 'euros');
  const seuilHaut = t.operation('seuil haut en euros', 'seuil haut × PASS', [pHaut, pass], (a, b) => a.mul(b), 'euros');
  return { seuilBas, seuilHaut };
}

function calculTauxAf(t: Trace, revenu: Grandeur, date: string): CalculTaux {
  const { seuilBas, seuilHaut } = seuilsAf(t, date);
  const reduit = t.parametre('cotisation.af.tauxReduit', date, 'taux réduit');
  const plein = t.parametre('cotisation.af.tauxPlein', date, 'taux plein');
  const tranche = t.tranche(
    'Tranche de revenu',
    revenu,
    [
      { libelle: 'tranche 1 : revenu ≤ seuil bas (taux réduit)', jusqua: seuilBas },
      { libelle: 'tranche 2 : seuil bas < revenu ≤ seuil haut (taux progressif)', jusqua: seuilHaut },
      { libelle: 'tranche 3 : revenu > seuil haut (taux plein)' },
    ],
    { source: isnar('§4.3'), ambiguite: 'a2' },
  );
  let taux: Grandeur;
  if (tranche === 0) taux = t.retenir('taux AF', reduit, 'taux réduit');
  else if (tranche === 2) taux = t.retenir('taux AF', plein, 'taux plein');
  else {
    taux = t.operation(
      'taux AF (progressif, non arrondi)',
      'taux réduit + (taux plein − taux réduit) × (revenu − seuil bas) ÷ (seuil haut − seuil bas)',
      [reduit, plein, revenu, seuilBas, seuilHaut],
      (r, p, x, b, h) => r.plus(p.minus(r).mul(x.minus(b)).div(h.minus(b))),
      'taux',
      { source: ext('aga-ps-af'), externe: true, ambiguite: 'a1' },
    );
  }
  return { taux, tranche, seuilBas, seuilHaut };
}

/** Value = AF rate (fraction, unrounded — ambiguity 1) for an activity income at a date. */
export function tauxAllocationsFamiliales(revenu: DecimalInput, date: string): ResultatRegle {
  verifierDate(date);
  const t = new Trace();
  const r = t.entree('revenu professionnel', montant('revenu', revenu), 'euros');
  const c = calculTauxAf(t, r, date);
  const arrondi = c.taux.valeur.toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
  return t.resultat(c.taux, c.tranche === 1 ? [{ ambiguite: 'a1', libelle: 'Taux arrondi au centième de point (aga-ps)', valeur: arrondi }] : []);
}

export const SECTEURS_COTISATIONS = ['secteur1', 'secteur2', 'optam', 'cas'] as const;
export type SecteurCotisations = (typeof SECTEURS_COTISATIONS)[number];
export const LIBELLES_SECTEUR_COTISATIONS: Record<SecteurCotisations, string> = {
  secteur1: 'secteur 1 (tarifs opposables)',
  secteur2: 'secteur 2 sans option',
  optam: 'secteur 2 adhérent à l’OPTAM',
  cas: 'secteur 2 adhérent au contrat d’accès aux soins (CAS)',
};

/** Readings of ambiguity 21, the CAS after 1 January 2017: replaced by the OPTAM (§4.5, retained) or maintained (§3.2). */
export const LECTURES_CAS = ['remplace-2017', 'maintenu-2016'] as const;
export type LectureCas = (typeof LECTURES_CAS)[number];

export interface EntreeCotisations {
  /** Default 'secteur1'. */
  secteur?: SecteurCotisations;
  /** Ambiguity 21, default 'remplace-2017' (retained); only the CAS depends on it. */
  lecture?: LectureCas;
  /** Total professional income R (decides the AF rate and bracket). */
  revenu: DecimalInput;
  date: string;
  /** Conventioned income net of dépassements (assiette de participation); default = revenu. */
  assietteParticipation?: DecimalInput;
  /** Annual ASV contribution, if the caisses' two thirds should be computed. */
  cotisationAsv?: DecimalInput;
}

export interface ResultatCotisations extends ResultatRegle {
  secteur: SecteurCotisations;
  af: { taux: Decimal; due: Decimal; partCpam: Decimal; partMedecin: Decimal; partCpamTaux: Decimal };
  maladie: { taux: Decimal; due: Decimal; partCpam: Decimal; partMedecin: Decimal };
  asv: { partCaisses: Decimal } | null;
}

const SHARE_IDS = ['cotisation.af.partCpam.tranche1', 'cotisation.af.partCpam.tranche2', 'cotisation.af.partCpam.tranche3'];

/** Parameter saying when each option exists; secteur 1 and 2 exist over the whole range of the engine. */
const EXISTENCE: Partial<Record<SecteurCotisations, string>> = { optam: 'secteur.optam.existe', cas: 'secteur.cas.existe' };

/**
 * Throws SECTEUR_INEXISTANT when the secteur option did not exist at `date` (before its first period, or
 * in a period of value 0 — the CAS replaced by the OPTAM, unless the other reading of ambiguity 21 is
 * asked), and DATE_ANTERIEURE for a CAS that existed but whose participation no source gives a rate for.
 */
function verifierExistence(secteur: SecteurCotisations, date: string, lecture: LectureCas): void {
  const id = EXISTENCE[secteur];
  if (!id) return;
  const def = definition(id);
  const nom = `Le secteur « ${LIBELLES_SECTEUR_COTISATIONS[secteur]} »`;
  const premiere = def.periodes[0]!;
  const enVigueur = def.periodes.filter((p) => p.depuis <= date).at(-1);
  // First day of the cotisation barème (the PASS, like every rate of this rule, starts with the guide).
  const debutTaux = definition('pass').periodes[0]!.depuis;
  if (!enVigueur) {
    throw new ErreurMoteur(
      'SECTEUR_INEXISTANT',
      `${nom} n’existait pas au ${formatDate(date)} : il n’existe pas avant le ${formatDate(premiere.depuis)} (${citer(premiere.source)}) ; ${def.avantPremierePeriode ?? ''}`,
      { secteur, date, depuis: premiere.depuis },
    );
  }
  const remplace = lireValeur(enVigueur.valeur).isZero();
  if (remplace && lecture === 'remplace-2017') {
    throw new ErreurMoteur(
      'SECTEUR_INEXISTANT',
      `${nom} n’existait plus au ${formatDate(date)} : « Le CAS est donc remplacé par l’Option Pratique Tarifaire Maîtrisée (OPTAM) » (${citer(enVigueur.source)}), en vigueur depuis le ${formatDate(enVigueur.depuis)}. C’est la lecture retenue par le cours (ambiguïté n° 21 : le §3.2 dit le CAS « maintenu en place par la convention de 2016 »). Les barèmes du cours commencent le ${formatDate(debutTaux)} : aucun taux de participation n’est donné pour le CAS avant cette date, et dans cette lecture sa participation n’est donc calculable à aucune date. L’autre lecture (CAS maintenu) est calculée à part.`,
      { secteur, date, jusquau: enVigueur.depuis, ambiguite: 'a21', autreLecture: 'maintenu-2016' },
    );
  }
  // The CAS existed (at the earliest from the avenant's signature) but no rate of its participation is
  // dated before the cotisation parameters: refuse here rather than let the PASS's message explain it.
  if (secteur === 'cas' && date < debutTaux) {
    throw new ErreurMoteur(
      'DATE_ANTERIEURE',
      `Le CAS existait peut-être au ${formatDate(date)} (créé par l’avenant n° 8 signé le ${formatDate(premiere.depuis)}, date d’entrée en vigueur non donnée par les sources, ${citer(premiere.source)}), mais les barèmes du cours commencent le ${formatDate(debutTaux)} : les sources ne donnent aucun taux de sa participation aux cotisations avant cette date, qui n’est donc pas calculable.`,
      { secteur, date, premiereDate: debutTaux },
    );
  }
}

/** Value = total taken over by the CPAM (AF + maladie + ASV if given), rounded to the cent per contribution. */
export function cotisationsPriseEnCharge(e: EntreeCotisations): ResultatCotisations {
  const date = verifierDate(e.date);
  const secteur = e.secteur ?? 'secteur1';
  if (!(SECTEURS_COTISATIONS as readonly string[]).includes(secteur)) {
    throw new ErreurMoteur('ENTREE_INVALIDE', `Le secteur « ${String(secteur)} » n’est pas connu. Secteurs : ${SECTEURS_COTISATIONS.join(', ')}.`);
  }
  const lecture = e.lecture ?? 'remplace-2017';
  if (!(LECTURES_CAS as readonly string[]).includes(lecture)) {
    throw new ErreurMoteur('ENTREE_INVALIDE', `La lecture « ${String(lecture)} » n’est pas connue. Lectures : ${LECTURES_CAS.join(', ')}.`);
  }
  verifierExistence(secteur, date, lecture);
  if (secteur === 'cas' && e.assietteParticipation === undefined) {
    throw new ErreurMoteur(
      'ENTREE_INVALIDE',
      'Pour un médecin adhérent au CAS, donnez l’assiette de participation : la prise en charge « s’applique sur l’ensemble des revenus liés aux honoraires sans dépassements » (ISNAR §4.5).',
    );
  }
  const t = new Trace();
  t.note('Secteur', LIBELLES_SECTEUR_COTISATIONS[secteur]);
  const r = t.entree('revenu professionnel', montant('revenu', e.revenu), 'euros');
  const assiette =
    e.assietteParticipation === undefined
      ? t.retenir('assiette de participation', r, 'par défaut : tout le revenu est conventionné, sans dépassement')
      : t.entree(
          secteur === 'cas'
            ? 'assiette de participation (revenus liés aux honoraires sans dépassements)'
            : 'assiette de participation (revenu conventionné hors dépassements)',
          montant('assiette de participation', e.assietteParticipation),
          'euros',
          secteur === 'cas' ? { source: isnar('§4.5') } : undefined,
        );
  if (assiette.valeur.greaterThan(r.valeur)) {
    throw new ErreurMoteur('ENTREE_INVALIDE', "L'assiette de participation ne peut pas dépasser le revenu professionnel.");
  }
  t.note('Période', 'Mécanisme décrit par le guide ISNAR au 1er janvier 2017 ; depuis 2018 le barème AF a changé [externe].', { source: isnar('§4.3') });
  // Does the Assurance Maladie take part at all? Secteur 1 (§4.3) and the CAS (§4.5) only.
  const prisEnCharge = secteur === 'secteur1' || secteur === 'cas';
  const aucune = (nom: string): Grandeur => ({ nom, valeur: ZERO, unite: 'euros' });
  if (secteur === 'secteur2') {
    t.note('Secteur 2', '« La CNAM ne participe pas financièrement aux cotisations sociales » : le médecin paie toutes ses cotisations.', {
      source: isnar('§4.4'),
    });
  } else if (secteur === 'optam') {
    t.note(
      'OPTAM',
      '« La participation aux cotisations sociales est remplacée par le versement d’une rémunération spécifique calculée sur l’activité réalisée à tarif opposable » : aucune prise en charge ici ; cette rémunération est la prime OPTAM (règle primeOptam).',
      { source: isnar('§4.5') },
    );
  } else if (secteur === 'cas') {
    t.note(
      'CAS : taux du secteur 1',
      'Le guide dit que les caisses « participaient au financement des cotisations sociales » sur les revenus liés aux honoraires sans dépassements, sans en donner les taux ; la Cour des comptes écrit « dans les mêmes conditions que les médecins de secteur 1 » (note 171) : le calcul applique les taux du secteur 1 (§4.3) à cette assiette.',
      { source: isnar('§4.5') },
    );
  }
  if (secteur === 'cas' && lecture === 'maintenu-2016') {
    // The retained reading refuses the CAS from 2017: a CAS result after that date is the other reading's.
    t.note(
      'CAS maintenu après le 1er janvier 2017 : autre lecture (ambiguïté n° 21)',
      'Le §3.2 dit le CAS « maintenu en place par la convention de 2016 » ; le cours retient le §4.5 (« Le CAS est donc remplacé par l’Option Pratique Tarifaire Maîtrisée (OPTAM) ») et refuse le CAS à partir du 1er janvier 2017. Ce résultat est celui de la lecture non retenue.',
      { source: isnar('§3.2'), ambiguite: 'a21' },
    );
  }

  // ---- allocations familiales
  const c = calculTauxAf(t, r, date);
  const afDue = t.arrondi(
    t.operation('cotisation AF due', 'taux AF × revenu', [c.taux, r], (a, b) => a.mul(b), 'euros'),
    'arrondiAuCentime',
    'cotisation AF due',
  );
  const part = prisEnCharge
    ? t.parametre(SHARE_IDS[c.tranche] as string, date, 'part CPAM de la cotisation AF', { ambiguite: 'a3' })
    : t.retenir('part CPAM de la cotisation AF', { nom: 'aucune', valeur: ZERO, unite: 'taux' }, 'pas de prise en charge dans ce secteur', {
        source: isnar(secteur === 'secteur2' ? '§4.4' : '§4.5'),
      });
  let afCpam: Grandeur;
  if (prisEnCharge) {
    t.note('Part CPAM', 'Lecture retenue : tranche choisie sur le revenu total ; part × taux AF × assiette de participation.', { ambiguite: 'a3' });
    afCpam = t.arrondi(
      t.operation(
        'AF prise en charge par la CPAM',
        'part CPAM × taux AF × assiette de participation',
        [part, c.taux, assiette],
        (p, x, a) => p.mul(x).mul(a),
        'euros',
        { ambiguite: 'a3' },
      ),
      'arrondiAuCentime',
      'AF prise en charge par la CPAM',
    );
  } else {
    afCpam = t.retenir('AF prise en charge par la CPAM', aucune('aucune prise en charge'), 'pas de prise en charge dans ce secteur');
  }
  const afMed = t.operation('AF à la charge du médecin', 'cotisation AF due − part CPAM', [afDue, afCpam], (a, b) => a.minus(b), 'euros');

  // ---- maladie
  const tm = t.parametre('cotisation.maladie.taux', date, 'taux de la cotisation maladie', { ambiguite: 'a17' });
  const reste = t.parametre('cotisation.maladie.resteMedecin', date, 'taux restant à la charge du médecin', { ambiguite: 'a17' });
  const malDue = t.arrondi(
    t.operation('cotisation maladie due', 'taux × revenu', [tm, r], (a, b) => a.mul(b), 'euros'),
    'arrondiAuCentime',
    'cotisation maladie due',
  );
  const malCpam = prisEnCharge
    ? t.arrondi(
        t.operation(
          'maladie prise en charge par la CPAM',
          '(taux − reste médecin) × assiette de participation',
          [tm, reste, assiette],
          (a, b, x) => a.minus(b).mul(x),
          'euros',
          {
            source: isnar('§4.3'),
            ambiguite: 'a17',
          },
        ),
        'arrondiAuCentime',
        'maladie prise en charge par la CPAM',
      )
    : t.retenir('maladie prise en charge par la CPAM', aucune('aucune prise en charge'), 'pas de prise en charge dans ce secteur');
  const malMed = t.operation('maladie à la charge du médecin', 'cotisation due − part CPAM', [malDue, malCpam], (a, b) => a.minus(b), 'euros');

  // ---- ASV
  let asv: Grandeur | null = null;
  if (e.cotisationAsv !== undefined) {
    const cot = t.entree('cotisation ASV', montant('cotisation ASV', e.cotisationAsv), 'euros');
    if (prisEnCharge) {
      const p = t.parametre('asv.partCaisses', date, 'part des caisses');
      asv = t.arrondi(
        t.operation('ASV prise en charge par les caisses', 'part des caisses × cotisation', [p, cot], (a, b) => a.mul(b), 'euros'),
        'arrondiAuCentime',
        'ASV prise en charge',
      );
    } else {
      asv = t.retenir('ASV prise en charge par les caisses', aucune('aucune prise en charge'), 'pas de prise en charge dans ce secteur');
    }
  }
  const parts = [afCpam, malCpam, ...(asv ? [asv] : [])];
  const total = t.operation(
    'total pris en charge par l’Assurance Maladie',
    'somme des parts prises en charge',
    parts,
    (...v) => v.reduce((a, b) => a.plus(b), ZERO),
    'euros',
  );

  // ---- other readings
  const autres: Lecture[] = [];
  const c2 = (v: Decimal): Decimal => v.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  if (c.tranche === 1) {
    const tx = c.taux.valeur.toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
    autres.push({
      ambiguite: 'a1',
      libelle: `Cotisation AF due avec le taux arrondi à ${tx.mul(100).toString().replace('.', ',')} % (aga-ps)`,
      valeur: c2(tx.mul(r.valeur)),
    });
  }
  // Readings of how the CPAM shares (ambiguities 2, 3, 17): only where the Assurance Maladie takes part.
  if (prisEnCharge) {
    const shares = SHARE_IDS.map((id) => parametre(id, date).valeur);
    const autreTranche = r.valeur.equals(c.seuilBas.valeur) ? 1 : r.valeur.equals(c.seuilHaut.valeur) ? 2 : -1;
    if (autreTranche > 0) {
      const v = c2((shares[autreTranche] as Decimal).mul(c.taux.valeur).mul(assiette.valeur));
      const seuil = formatTaux(parametre(autreTranche === 1 ? 'cotisation.af.seuilBas' : 'cotisation.af.seuilHaut', date).valeur);
      autres.push({
        ambiguite: 'a2',
        libelle: `Revenu exactement au seuil de ${seuil} du PASS compté dans la tranche supérieure (lecture littérale du guide) : AF prise en charge`,
        valeur: v,
      });
    }
    // modele-social (Publicodes, URSSAF) chooses the share on the assiette, with its own thresholds.
    const pass = parametre('pass', date).valeur;
    const ms1 = parametre('cotisation.af.modeleSocial.seuil1', date).valeur;
    const ms2 = parametre('cotisation.af.modeleSocial.seuil2', date).valeur;
    const partMs = assiette.valeur.lessThanOrEqualTo(pass.mul(ms1)) ? shares[0] : assiette.valeur.lessThanOrEqualTo(pass.mul(ms2)) ? shares[1] : shares[2];
    const [p1, p2, p3] = shares.map((x) => formatTaux(x as Decimal));
    autres.push({
      ambiguite: 'a3',
      libelle: `Lecture modele-social (${p1} jusqu’à ${formatTaux(ms1)} du PASS d’assiette, ${p2} jusqu’à ${formatTaux(ms2)}, ${p3} au-delà) : AF prise en charge`,
      valeur: c2((partMs as Decimal).mul(c.taux.valeur).mul(assiette.valeur)),
    });
    // Ambiguity 17: the next rate of the barème (6,5 %) already in force.
    const suivante = definition('cotisation.maladie.taux').periodes.find((x) => x.depuis > date);
    if (suivante) {
      const tauxSuivant = lireValeur(suivante.valeur);
      autres.push({
        ambiguite: 'a17',
        libelle: `Cotisation maladie déjà à ${formatTaux(tauxSuivant)} : maladie prise en charge par la CPAM`,
        valeur: c2(tauxSuivant.minus(reste.valeur).mul(assiette.valeur)),
        explication: `Le médecin paie ${formatTaux(reste.valeur)} de l’assiette dans les deux cas ; seule la part CPAM change.`,
      });
    }
  }

  return {
    ...t.resultat(total, autres),
    secteur,
    af: { taux: c.taux.valeur, due: afDue.valeur, partCpam: afCpam.valeur, partMedecin: afMed.valeur, partCpamTaux: part.valeur },
    maladie: { taux: tm.valeur, due: malDue.valeur, partCpam: malCpam.valeur, partMedecin: malMed.valeur },
    asv: asv ? { partCaisses: asv.valeur } : null,
  };
}

export interface ResultatSeuilsAf extends ResultatRegle {
  seuilBas: Decimal;
  seuilHaut: Decimal;
}

/**
 * Value = the lower bound of the AF brackets in euros at a date (110 % × PASS in 2017: ISNAR §4.3);
 * `seuilHaut` the upper one (140 % × PASS). The same computation as the AF rate's brackets.
 */
export function seuilsAllocationsFamiliales(date: string): ResultatSeuilsAf {
  verifierDate(date);
  const t = new Trace();
  const s = seuilsAf(t, date);
  return { ...t.resultat(s.seuilBas), seuilBas: s.seuilBas.valeur, seuilHaut: s.seuilHaut.valeur };
}

/**
 * Value = the rate of the maladie contribution the CPAM takes over: rate − what is left to the doctor
 * (ISNAR §4.3: 9,8 % − 0,1 % in 2017; ambiguity 17 for the date of 6,5 %).
 */
export function tauxMaladiePrisEnCharge(date: string): ResultatRegle {
  verifierDate(date);
  const t = new Trace();
  const tm = t.parametre('cotisation.maladie.taux', date, 'taux de la cotisation maladie', { ambiguite: 'a17' });
  const reste = t.parametre('cotisation.maladie.resteMedecin', date, 'taux restant à la charge du médecin', { ambiguite: 'a17' });
  return t.resultat(
    t.operation('taux pris en charge par la CPAM', 'taux − reste médecin', [tm, reste], (a, b) => a.minus(b), 'taux', { source: isnar('§4.3') }),
  );
}

export interface ResultatEcartArrondiAf extends ResultatRegle {
  dueTauxNonArrondi: Decimal;
  dueTauxArrondi: Decimal;
  tauxArrondi: Decimal;
}

/**
 * Ambiguity 1, the rounding of the progressive AF rate: value = AF due with the unrounded rate (the
 * course's reading) − AF due with the rate rounded to 0,01 point (the aga-ps example). Both dues are
 * rounded to the cent as in `cotisationsPriseEnCharge`.
 */
export function ecartArrondiTauxAf(revenu: DecimalInput, date: string): ResultatEcartArrondiAf {
  verifierDate(date);
  const t = new Trace();
  const r = t.entree('revenu professionnel', montant('revenu', revenu), 'euros');
  const c = calculTauxAf(t, r, date);
  const arrondi = t.arrondi(c.taux, 'arrondiCentiemeDePoint', 'taux AF arrondi (aga-ps)', { source: ext('aga-ps-af'), externe: true, ambiguite: 'a1' });
  const due = (nom: string, tx: Grandeur) =>
    t.arrondi(
      t.operation(nom, 'taux AF × revenu', [tx, r], (a, b) => a.mul(b), 'euros', { ambiguite: 'a1' }),
      'arrondiAuCentime',
      nom,
    );
  const nonArrondie = due('cotisation AF due, taux non arrondi', c.taux);
  const arrondie = due('cotisation AF due, taux arrondi', arrondi);
  const ecart = t.operation(
    'écart entre les deux lectures',
    'due (taux non arrondi) − due (taux arrondi)',
    [nonArrondie, arrondie],
    (a, b) => a.minus(b),
    'euros',
    {
      ambiguite: 'a1',
    },
  );
  return { ...t.resultat(ecart), dueTauxNonArrondi: nonArrondie.valeur, dueTauxArrondi: arrondie.valeur, tauxArrondi: arrondi.valeur };
}

export interface ResultatEffetSeuilAf extends ResultatRegle {
  seuil: Decimal;
  partMedecinAuSeuil: Decimal;
  partMedecinAuDela: Decimal;
}

/**
 * Ambiguity 3, the threshold effect of the guide's reading: value = how much more AF the doctor pays
 * when the income goes from the lower bound (110 % of the PASS, tranche 1, CPAM 100 %) to that bound
 * + `supplement` (tranche 2, CPAM 75 %). Income and assiette equal (no dépassement). Each AF share is
 * computed by `cotisationsPriseEnCharge` itself, so this rule cannot disagree with the calculator.
 */
export function effetSeuilAllocationsFamiliales(e: { date: string; supplement: DecimalInput }): ResultatEffetSeuilAf {
  const date = verifierDate(e.date);
  const t = new Trace();
  const sup = t.entree('revenu en plus', montant('supplement', e.supplement), 'euros');
  if (sup.valeur.isZero()) throw new ErreurMoteur('ENTREE_INVALIDE', 'Le revenu en plus doit être positif pour franchir le seuil.');
  const { seuilBas } = seuilsAf(t, date);
  const auDela = t.operation('revenu au-delà du seuil', 'seuil bas + revenu en plus', [seuilBas, sup], (a, b) => a.plus(b), 'euros');
  const partMedecin = (g: Grandeur, nom: string) => {
    const v = cotisationsPriseEnCharge({ revenu: g.valeur, date }).af.partMedecin;
    return t.operation(nom, 'cotisation AF due − part CPAM (lecture du guide : tranche sur le revenu total)', [g], () => v, 'euros', {
      source: isnar('§4.3'),
      ambiguite: 'a3',
    });
  };
  const avant = partMedecin(seuilBas, 'AF à la charge du médecin, revenu au seuil');
  const apres = partMedecin(auDela, 'AF à la charge du médecin, revenu au-delà du seuil');
  const ecart = t.operation('AF en plus pour le médecin', 'part médecin au-delà − part médecin au seuil', [apres, avant], (a, b) => a.minus(b), 'euros', {
    ambiguite: 'a3',
  });
  return { ...t.resultat(ecart), seuil: seuilBas.valeur, partMedecinAuSeuil: avant.valeur, partMedecinAuDela: apres.valeur };
}
