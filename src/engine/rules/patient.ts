/**
 * Patient side of a consultation: what the Assurance Maladie pays (AMO), what a
 * complémentaire pays, and what is left to the patient.
 *
 * ISNAR §4.2 ("70 % du montant des soins"), §3.1-§3.3, §4.5 (OPTAM patients
 * reimbursed like secteur 1). Ambiguities 8, 9, 10, 20. The 70 % always
 * applies to the base de remboursement, never to the billed fee.
 */
import { Decimal, type DecimalInput, min, max, ZERO } from '../decimal.js';
import { ErreurMoteur } from '../errors.js';
import { Trace, type Grandeur, type Lecture, type ResultatRegle } from '../trace.js';
import { isnar } from '../parametres/sources.js';
import { verifierDate } from '../dates.js';
import { verifierActe, tarifApplicable, ACTES_GENERALISTE, type Acte } from './tarifs.js';
import { montantAuCentime, taux as tauxValide } from './valider.js';
import { formatEuros, formatTaux } from '../francais.js';
import { parametre, enregistrer } from '../parametres/registre.js';
import { patient } from '../parametres/patient.js';

// The families whose ids this module names (parametres/registre.ts).
enregistrer(patient);

export const SITUATIONS = ['secteur1', 'secteur1DE', 'secteur1DA', 'secteur2Optam', 'secteur2NonOptam', 'DP', 'nonConventionne'] as const;
export type Situation = (typeof SITUATIONS)[number];

export const LIBELLES_SITUATION: Record<Situation, string> = {
  secteur1: 'médecin de secteur 1 au tarif opposable',
  secteur1DE: 'médecin de secteur 1 facturant un dépassement exceptionnel (DE)',
  secteur1DA: 'spécialiste de secteur 1 facturant un dépassement autorisé (DA), patient hors parcours',
  secteur2Optam: 'médecin de secteur 2 adhérent à l’OPTAM',
  secteur2NonOptam: 'médecin de secteur 2 non adhérent à l’OPTAM',
  DP: 'médecin titulaire d’un droit permanent à dépassement (DP)',
  nonConventionne: 'médecin non conventionné (tarif d’autorité)',
};

export interface Complementaire {
  /** Pays the ticket modérateur (base − AMO before the participation forfaitaire). */
  ticketModerateur: boolean;
  /** Cover of the dépassement as a fraction of the base (1 = 100 % de la BR); 0 or absent = none. */
  plafondDepassements?: DecimalInput;
}

export interface EntreePriseEnCharge {
  situation: Situation;
  date: string;
  /** Act billed; default 'G'. */
  acte?: Acte | string;
  /** Amount billed; default: the tarif opposable (secteur 1) — required otherwise. */
  montantFacture?: DecimalInput;
  /** Inside the parcours de soins coordonnés; default true (a DA implies false). */
  parcours?: boolean;
  /** Minor, CSS, maternity…: no participation forfaitaire (ambiguity 20). */
  exonereParticipationForfaitaire?: boolean;
  complementaire?: Complementaire;
  /** Ambiguity 9: 'pratique' (23 € base, external, default) or 'isnar' (tarif opposable). */
  lectureSecteur2?: 'pratique' | 'isnar';
}

export interface ResultatPriseEnCharge extends ResultatRegle {
  montantFacture: Decimal;
  tarifOpposable: Decimal;
  baseRemboursement: Decimal;
  tauxRemboursement: Decimal;
  participationForfaitaire: Decimal;
  partAmo: Decimal;
  partComplementaire: Decimal;
  resteACharge: Decimal;
  depassement: Decimal;
}

const SANS_DEPASSEMENT: Situation[] = ['secteur1'];

/**
 * Value = part AMO (what the Assurance Maladie pays, after the participation forfaitaire).
 * AMO + complémentaire + reste à charge = montant facturé, exactly.
 */
export function priseEnChargeConsultation(e: EntreePriseEnCharge): ResultatPriseEnCharge {
  return calculer(e, true);
}

function calculer(e: EntreePriseEnCharge, avecAutresLectures: boolean): ResultatPriseEnCharge {
  if (!(SITUATIONS as readonly string[]).includes(e.situation)) {
    throw new ErreurMoteur('ENTREE_INVALIDE', `La situation « ${String(e.situation)} » n'est pas connue. Situations : ${SITUATIONS.join(', ')}.`);
  }
  const date = verifierDate(e.date);
  const acte = verifierActe(e.acte ?? 'G');
  const s = e.situation;
  const lectureS2 = e.lectureSecteur2 ?? 'pratique';
  const t = new Trace();
  t.note('Situation', LIBELLES_SITUATION[s]);

  let parcours = e.parcours ?? true;
  if (s === 'secteur1DA') {
    if (e.parcours === true) {
      throw new ErreurMoteur(
        'SITUATION_INCOMPATIBLE',
        'Un dépassement autorisé (DA) ne se facture que si le patient est hors du parcours de soins coordonnés (ISNAR §3.1, §4.3).',
      );
    }
    if (ACTES_GENERALISTE.includes(acte)) {
      // Ambiguity 5, retained reading: §4.3 reserves the DA to "praticiens spécialistes".
      throw new ErreurMoteur(
        'SITUATION_INCOMPATIBLE',
        `Le dépassement autorisé (DA) est réservé aux praticiens spécialistes (ISNAR §4.3, lecture retenue de l’ambiguïté 5) : « ${acte} » est un acte du médecin généraliste. Le §3.1 (« notamment » les spécialistes) laisse une autre lecture, que le cours ne retient pas.`,
        { acte },
      );
    }
    parcours = false;
    t.note('Parcours de soins', 'Le DA suppose un patient hors parcours de soins coordonnés, consultant un spécialiste (lecture retenue de l’ambiguïté 5).', {
      source: isnar('§3.1 et §4.3'),
      ambiguite: 'a5',
    });
  }
  // A specialist's consultation: 'consultationCoordonnee', or the letter 'CS' when the situation implies a
  // specialist (a DA; a secteur 2 non-OPTAM base, ambiguity 9). Outside the parcours it is CS + MPC.
  const consultationSpecialiste = acte === 'consultationCoordonnee' || (acte === 'CS' && (s === 'secteur1DA' || s === 'secteur2NonOptam' || s === 'DP'));
  if (consultationSpecialiste && acte === 'CS') {
    t.note(
      'Acte',
      'Dans cette situation le médecin est un spécialiste : « CS » désigne sa consultation, cotée comme la consultation du spécialiste (CS + MPC + MCS dans le parcours, CS + MPC hors parcours).',
      {
        source: isnar('§5.2'),
      },
    );
  }
  const tarif = tarifApplicable(t, consultationSpecialiste ? 'consultationCoordonnee' : acte, date, parcours);
  if (e.montantFacture === undefined && !SANS_DEPASSEMENT.includes(s)) {
    throw new ErreurMoteur('ENTREE_INVALIDE', 'Le montant facturé doit être donné pour cette situation.');
  }
  const facture = t.entree('montant facturé', e.montantFacture === undefined ? tarif.valeur : montantAuCentime('montant facturé', e.montantFacture), 'euros');

  if (s === 'secteur1' && facture.valeur.greaterThan(tarif.valeur)) {
    throw new ErreurMoteur(
      'SITUATION_INCOMPATIBLE',
      'Un médecin de secteur 1 ne peut pas facturer au-delà du tarif opposable sans dépassement exceptionnel (DE) ni dépassement autorisé (DA) (ISNAR §3.1).',
    );
  }

  // ---- base de remboursement
  let base: Grandeur;
  if (s === 'nonConventionne') {
    const id = acte === 'G' ? 'tarifAutorite.generaliste' : 'tarifAutorite.specialiste';
    base = t.parametre(id, date, "base de remboursement (tarif d'autorité)", { ambiguite: 'a10' });
    const [bas, haut] = ['tarifAutorite.isnarBas', 'tarifAutorite.isnarHaut'].map((id) => parametre(id, date).valeur.toString());
    t.note(
      "Tarif d'autorité",
      `Lecture retenue : tarif d’autorité externe pris comme base, remboursé au taux habituel ; le guide dit « ${bas} ou ${haut} euros » (§3.3).`,
      { ambiguite: 'a10' },
    );
  } else if ((s === 'secteur2NonOptam' || s === 'DP') && lectureS2 === 'pratique' && (acte === 'G' || consultationSpecialiste)) {
    base = t.parametre('secteur2.baseNonOptam', date, 'base de remboursement (secteur 2 hors OPTAM)', { ambiguite: 'a9' });
    if (s === 'DP')
      t.note('Droit permanent à dépassement', 'Le titulaire d’un DP est remboursé comme un médecin de secteur 2 hors OPTAM (ISNAR §3.2).', {
        source: isnar('§3.2'),
      });
  } else {
    const pourquoi =
      s === 'secteur2Optam'
        ? 'OPTAM : patients remboursés sur la même base qu’en secteur 1 (ISNAR §4.5)'
        : s === 'secteur2NonOptam' || s === 'DP'
          ? lectureS2 === 'isnar'
            ? 'lecture du guide : remboursement « sur la base du tarif opposable » (ISNAR §3.2)'
            : 'pas de base spécifique documentée pour cet acte hors OPTAM : tarif opposable (ISNAR §3.2)'
          : 'en secteur 1 la base est le tarif opposable';
    base = t.retenir(
      'base de remboursement',
      tarif,
      pourquoi,
      s.startsWith('secteur2') || s === 'DP' ? { ambiguite: 'a9', source: isnar('§3.2 et §4.5') } : { source: isnar('§4.2') },
    );
  }
  if (facture.valeur.lessThan(base.valeur)) {
    t.condition('Facturé en dessous de la base ?', 'montant facturé < base', [facture, base], (f, b) => f.lessThan(b));
    base = t.retenir('base de remboursement', facture, 'le remboursement ne peut porter que sur ce qui est facturé');
  }

  // ---- taux
  const tauxR = parcours
    ? t.parametre('remboursement.tauxParcours', date, 'taux de remboursement (parcours de soins)', { ambiguite: 'a8' })
    : t.parametre('remboursement.tauxHorsParcours', date, 'taux de remboursement (hors parcours)', { ambiguite: 'a8' });

  const amoBrut = t.operation('remboursement avant participation forfaitaire', 'taux × base de remboursement', [tauxR, base], (a, b) => a.mul(b), 'euros', {
    ambiguite: 'a8',
  });
  const amo = t.arrondi(amoBrut, 'arrondiAuCentime', 'remboursement arrondi au centime');

  let pf: Grandeur;
  if (e.exonereParticipationForfaitaire) {
    pf = t.entree('participation forfaitaire (exonéré)', ZERO, 'euros', { ambiguite: 'a20' });
  } else {
    const pfParam = t.parametre('participationForfaitaire', date, 'participation forfaitaire', { ambiguite: 'a20' });
    pf = t.operation('participation forfaitaire imputée', 'min(participation forfaitaire, remboursement)', [pfParam, amo], (p, a) => min(p, a), 'euros', {
      ambiguite: 'a20',
    });
  }
  const partAmo = t.operation('part Assurance Maladie', 'remboursement − participation forfaitaire', [amo, pf], (a, p) => a.minus(p), 'euros');

  const depassement = t.operation('dépassement', 'montant facturé − base de remboursement', [facture, base], (f, b) => max(ZERO, f.minus(b)), 'euros');

  // ---- complémentaire
  let partComp: Grandeur = { nom: 'part complémentaire', valeur: ZERO, unite: 'euros' };
  const c = e.complementaire;
  if (c && (c.ticketModerateur || c.plafondDepassements !== undefined)) {
    const tm = c.ticketModerateur
      ? t.operation(
          'ticket modérateur pris en charge',
          'base − remboursement (la participation forfaitaire n’est pas remboursable)',
          [base, amo],
          (b, a) => b.minus(a),
          'euros',
        )
      : { nom: 'ticket modérateur', valeur: ZERO, unite: 'euros' as const };
    let couverture: Grandeur = { nom: 'dépassement pris en charge', valeur: ZERO, unite: 'euros' };
    if (c.plafondDepassements !== undefined) {
      const plafond = t.entree(
        'plafond de prise en charge des dépassements (part de la base)',
        tauxValide('plafond des dépassements', c.plafondDepassements, 100),
        'taux',
      );
      // A cap in euros is rounded down to the cent: paid in cents, it must never be exceeded (engine README, « Arrondis »).
      const plafondEuros = t.arrondi(
        t.operation('plafond en euros', 'plafond × base', [plafond, base], (p, b) => p.mul(b), 'euros'),
        'arrondiAuCentimeInferieur',
        'plafond en euros, au centime inférieur',
      );
      couverture = t.operation('dépassement pris en charge', 'min(dépassement, plafond en euros)', [depassement, plafondEuros], (d, p) => min(d, p), 'euros');
    }
    partComp = t.operation('part complémentaire', 'ticket modérateur + dépassement pris en charge', [tm, couverture], (a, b) => a.plus(b), 'euros');
  }

  const reste = t.operation(
    'reste à charge du patient',
    'montant facturé − part AMO − part complémentaire',
    [facture, partAmo, partComp],
    (f, a, c2) => f.minus(a).minus(c2),
    'euros',
  );

  // ---- other readings
  const autres: Lecture[] = [];
  if (depassement.valeur.greaterThan(0)) {
    const v = tauxR.valeur.mul(facture.valeur).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).minus(pf.valeur);
    autres.push({
      ambiguite: 'a8',
      libelle: `Lecture littérale « ${formatTaux(parametre('remboursement.tauxParcours', date).valeur)} du montant des soins » (ISNAR §4.2) : taux × montant facturé`,
      valeur: v,
      explication: 'Faux en pratique : le taux ne s’applique qu’à la base de remboursement.',
    });
  }
  if (avecAutresLectures && (s === 'secteur2NonOptam' || s === 'DP') && (acte === 'G' || consultationSpecialiste)) {
    const autre = calculer({ ...e, lectureSecteur2: lectureS2 === 'pratique' ? 'isnar' : 'pratique' }, false);
    autres.push({
      ambiguite: 'a9',
      libelle:
        lectureS2 === 'pratique'
          ? `Lecture du guide (§3.2, « sur la base du tarif opposable ») : base = tarif opposable ${consultationSpecialiste ? 'du spécialiste' : 'du généraliste'} de secteur 1 (${formatEuros(autre.baseRemboursement)})`
          : `Pratique : base de ${formatEuros(autre.baseRemboursement)} hors OPTAM`,
      valeur: autre.partAmo,
    });
  }
  if (s === 'nonConventionne') {
    autres.push({ ambiguite: 'a10', libelle: 'Le tarif d’autorité est le remboursement lui-même', valeur: max(ZERO, base.valeur.minus(pf.valeur)) });
    // Guide §3.3: "un tarif « d'autorité » (3 ou 4 euros)", each bound read from the barème.
    for (const id of ['tarifAutorite.isnarBas', 'tarifAutorite.isnarHaut']) {
      const b = parametre(id, date).valeur;
      autres.push({
        ambiguite: 'a10',
        libelle: `Guide ISNAR (§3.3) : base de ${formatEuros(b)} remboursée au taux habituel`,
        valeur: max(ZERO, tauxR.valeur.mul(b).toDecimalPlaces(2).minus(pf.valeur)),
      });
    }
  }

  return {
    ...t.resultat(partAmo, autres),
    montantFacture: facture.valeur,
    tarifOpposable: tarif.valeur,
    baseRemboursement: base.valeur,
    tauxRemboursement: tauxR.valeur,
    participationForfaitaire: pf.valeur,
    partAmo: partAmo.valeur,
    partComplementaire: partComp.valeur,
    resteACharge: reste.valeur,
    depassement: depassement.valeur,
  };
}
