/**
 * Forfait patientèle médecin traitant (CdC II-A-2, note 161; ambiguity 12),
 * majorations for a referred patient seen within 48 hours (CdC II-B-2), and the
 * installation aid of the 2016 convention (ISNAR §2.2; ambiguity 19).
 */
import { type Decimal, type DecimalInput, ZERO, D } from '../decimal.js';
import { ErreurMoteur } from '../errors.js';
import { Trace, type Grandeur, type Lecture, type ResultatRegle } from '../trace.js';
import { cdc, isnar } from '../parametres/sources.js';
import { verifierDate } from '../dates.js';
import { parametre, enregistrer } from '../parametres/registre.js';
import { parametresCdc } from '../parametres/cdc.js';
import { formatEuros } from '../francais.js';
import { entierPositif, montant } from './valider.js';

// The families whose ids this module names (parametres/registre.ts).
enregistrer(parametresCdc);

// ----------------------------------------------------------------- FPMT

export type CategorieFpmt = 'enfant' | 'plus80EtAld' | 'plus80OuAld' | 'base';

/**
 * Category of one patient (ambiguity 12): exclusive categories; 0–6 years =
 * completed age ≤ 6; "plus de 80 ans" = completed age ≥ 80; a child in ALD
 * counts as ALD (42 €) under the retained reading.
 */
export function categorieFpmt(age: number, ald: boolean): CategorieFpmt {
  if (!Number.isInteger(age) || age < 0 || age > 130) {
    throw new ErreurMoteur('ENTREE_INVALIDE', 'L’âge doit être un nombre entier d’années révolues entre 0 et 130.');
  }
  if (age >= 80 && ald) return 'plus80EtAld';
  if (age >= 80 || ald) return 'plus80OuAld';
  if (age <= 6) return 'enfant';
  return 'base';
}

export interface PatienteleFpmt {
  /** Children 0–6 not in ALD. */
  enfants?: DecimalInput;
  /** Children 0–6 in ALD (counted at the ALD rate under the retained reading). */
  enfantsAld?: DecimalInput;
  /** Patients over 80 not in ALD, or under 80 in ALD. */
  plus80OuAld?: DecimalInput;
  /** Patients over 80 and in ALD. */
  plus80EtAld?: DecimalInput;
  /** Everybody else. */
  autres?: DecimalInput;
}

export interface ResultatFpmt extends ResultatRegle {
  parCategorie: Record<CategorieFpmt, Decimal>;
}

/** Value = annual FPMT (euros), before the CSS majoration (not modelled: no figure in the sources). */
export function forfaitPatienteleMedecinTraitant(e: { date: string; patients: PatienteleFpmt }): ResultatFpmt {
  const date = verifierDate(e.date);
  const t = new Trace();
  const p = e.patients ?? {};
  t.note(
    'Catégories',
    'Chaque patient compte une fois, dans sa catégorie ; 0 à 6 ans = âge révolu ≤ 6 ; plus de 80 ans = âge révolu ≥ 80 ; un enfant en ALD est compté au forfait ALD.',
    {
      source: cdc('II-A-2, note 161'),
      ambiguite: 'a12',
    },
  );
  const n = (nom: string, v: DecimalInput | undefined): Grandeur => t.entree(nom, entierPositif(nom, v ?? 0), 'nombre');
  const nEnf = n('enfants de 0 à 6 ans', p.enfants);
  const nEnfAld = n('enfants de 0 à 6 ans en ALD', p.enfantsAld);
  const nOu = n('patients de plus de 80 ans ou en ALD', p.plus80OuAld);
  const nEt = n('patients de plus de 80 ans et en ALD', p.plus80EtAld);
  const nAutres = n('autres patients', p.autres);
  const fBase = t.parametre('fpmt.base', date, 'forfait par patient');
  const fEnf = t.parametre('fpmt.enfant', date, 'forfait enfant');
  const fOu = t.parametre('fpmt.plus80OuAld', date, 'forfait plus de 80 ans ou ALD');
  const fEt = t.parametre('fpmt.plus80EtAld', date, 'forfait plus de 80 ans et ALD');
  const mul = (nom: string, a: Grandeur, b: Grandeur, amb?: string): Grandeur =>
    t.operation(nom, 'nombre de patients × forfait', [a, b], (x, y) => x.mul(y), 'euros', amb ? { ambiguite: amb } : { source: cdc('II-A-2, note 161') });
  const sEnf = mul('forfaits enfants', nEnf, fEnf);
  const sEnfAld = mul('forfaits enfants en ALD (au forfait ALD)', nEnfAld, fOu, 'a12');
  const sOu = mul('forfaits plus de 80 ans ou ALD', nOu, fOu);
  const sEt = mul('forfaits plus de 80 ans et ALD', nEt, fEt);
  const sBase = mul('forfaits autres patients', nAutres, fBase);
  const total = t.operation(
    'forfait patientèle annuel',
    'somme des forfaits',
    [sEnf, sEnfAld, sOu, sEt, sBase],
    (...v) => v.reduce((a, b) => a.plus(b), ZERO),
    'euros',
  );
  const autres: Lecture[] = nEnfAld.valeur.isZero()
    ? []
    : [
        {
          ambiguite: 'a12',
          libelle: `Enfant en ALD compté au forfait enfant (${formatEuros(fEnf.valeur)})`,
          valeur: total.valeur.minus(sEnfAld.valeur).plus(nEnfAld.valeur.mul(fEnf.valeur)),
        },
      ];
  return {
    ...t.resultat(total, autres),
    parCategorie: { enfant: sEnf.valeur, plus80OuAld: sOu.valeur.plus(sEnfAld.valeur), plus80EtAld: sEt.valeur, base: sBase.valeur },
  };
}

// ----------------------------------------------------------------- 48 h

export interface ResultatMajoration48h extends ResultatRegle {
  patientsDans48h: number;
  totalSpecialiste: Decimal;
  totalAdresseurs: Decimal;
}

/**
 * Value = majorations earned by the specialist who receives referred patients
 * (15 € each when seen within 48 hours; "dans les 48 heures" read as ≤ 48 h);
 * `totalAdresseurs` = 5 € per such patient for the referring doctors (CdC II-B-2).
 */
export function majorationAdresse48h(e: { date: string; delaisHeures: DecimalInput[]; beneficiaire?: 'specialiste' | 'adresseur' }): ResultatMajoration48h {
  const date = verifierDate(e.date);
  if (!Array.isArray(e.delaisHeures))
    throw new ErreurMoteur('ENTREE_INVALIDE', 'Il faut la liste des délais (en heures) entre l’adressage et la consultation.');
  const t = new Trace();
  const delais = e.delaisHeures.map((d, i) => montant(`délai ${i + 1}`, d));
  const limite = parametre('majoration48h.delaiMaximalHeures', date);
  const dans = delais.filter((d) => d.lessThanOrEqualTo(limite.valeur)).length;
  const h = limite.valeur.toString();
  const nb = t.entree(`patients adressés vus dans les ${h} heures (délai ≤ ${h} h)`, D(dans), 'nombre', { source: cdc('II-B-2') });
  t.note(
    'Délais',
    `${delais.length} patient(s) adressé(s) ; délais en heures : ${delais.map((d) => d.toString().replace('.', ',')).join(' ; ') || 'aucun'} ; limite ${h} h incluse.`,
    { source: limite.source },
  );
  const mSpe = t.parametre('majoration48h.specialisteCorrespondant', date, 'majoration du spécialiste');
  const mAdr = t.parametre('majoration48h.medecinAdresseur', date, 'rémunération du médecin adresseur');
  const spe = t.operation('majorations du spécialiste', `patients vus dans les ${h} h × majoration`, [nb, mSpe], (a, b) => a.mul(b), 'euros', {
    source: cdc('II-B-2'),
  });
  const adr = t.operation('rémunération des médecins adresseurs', `patients vus dans les ${h} h × rémunération`, [nb, mAdr], (a, b) => a.mul(b), 'euros', {
    source: cdc('II-B-2'),
  });
  const choix = (e.beneficiaire ?? 'specialiste') === 'specialiste' ? spe : adr;
  return { ...t.resultat(choix), patientsDans48h: dans, totalSpecialiste: spe.valeur, totalAdresseurs: adr.valeur };
}

// ----------------------------------------------------------------- installation aid

export interface ResultatAideInstallation extends ResultatRegle {
  montantTotal: Decimal;
  parAn: Decimal;
}

/** Value = amount paid in year `annee` (1 or 2) under the equal-split reading, or the total if `annee` is absent. */
export function aideInstallation(e: { date: string; annee?: number }): ResultatAideInstallation {
  const date = verifierDate(e.date);
  const t = new Trace();
  const total = t.parametre('aideInstallation.montant', date, 'aide forfaitaire', { ambiguite: 'a19' });
  const duree = t.parametre('aideInstallation.duree', date, 'durée de versement (années)');
  const parAn = t.arrondi(
    t.operation('versement annuel', 'aide ÷ durée (répartition égale supposée)', [total, duree], (a, b) => a.div(b), 'euros', {
      source: isnar('§2.2'),
      ambiguite: 'a19',
    }),
    'arrondiAuCentime',
    'versement annuel',
  );
  let valeur = total;
  if (e.annee !== undefined) {
    if (!Number.isInteger(e.annee) || e.annee < 1 || D(e.annee).greaterThan(duree.valeur)) {
      throw new ErreurMoteur('ENTREE_INVALIDE', `L’année de versement doit être comprise entre 1 et ${duree.valeur.toString()}.`);
    }
    valeur = t.retenir(`versement de l’année ${e.annee}`, parAn, 'répartition égale (hypothèse, ambiguïté 19)', { ambiguite: 'a19' });
  }
  return {
    ...t.resultat(valeur, [
      { ambiguite: 'a19', libelle: 'Échéancier inégal', valeur: null, explication: 'Les sources ne donnent pas l’échéancier : non calculable.' },
    ]),
    montantTotal: total.valeur,
    parAn: parAn.valeur,
  };
}
