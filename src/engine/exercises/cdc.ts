/** Exercise kinds from the Cour des comptes chapter: FPMT, OPTAM prime, TCAM, majoration 48 h. */
import { D, Decimal } from '../decimal.js';
import { creerAlea } from '../random.js';
import { forfaitPatienteleMedecinTraitant, majorationAdresse48h } from '../rules/forfaits.js';
import { primeOptam } from '../rules/optam.js';
import { tcam } from '../rules/tcam.js';
import { formatEuros, formatTaux, formatNombre } from '../francais.js';
import type { ExerciseKind } from './types.js';
import { noter, solution, c, type ErreurType } from './noter.js';
import { dateAleatoire, val, txt } from './outils.js';
import { enregistrer } from '../parametres/registre.js';
import { parametresCdc } from '../parametres/cdc.js';

// The families whose ids this module names (parametres/registre.ts).
enregistrer(parametresCdc);

// ------------------------------------------------------------- FPMT

interface ParamsFpmt extends Record<string, unknown> {
  date: string;
  enfants: number;
  plus80OuAld: number;
  plus80EtAld: number;
  autres: number;
}

export const fpmtExercice: ExerciseKind<ParamsFpmt> = {
  id: 'fpmt',
  titre: 'Le forfait patientèle médecin traitant',
  theme: 'aujourdhui',
  generate(seed) {
    const a = creerAlea(seed);
    return {
      date: dateAleatoire(a, 2018, 2022),
      enfants: a.entier(20, 250),
      plus80OuAld: a.entier(50, 400),
      plus80EtAld: a.entier(10, 150),
      autres: a.entier(300, 1200),
    };
  },
  enonce: (p) =>
    `En ${p.date.slice(0, 4)}, un médecin généraliste est médecin traitant de ${p.enfants} enfants de 0 à 6 ans (aucun en ALD), ${p.plus80OuAld} patients soit de plus de 80 ans, soit en ALD (pas les deux), ${p.plus80EtAld} patients de plus de 80 ans en ALD et ${p.autres} autres patients. Quel forfait patientèle annuel perçoit-il (hors majoration liée à la complémentaire santé solidaire) ?`,
  solve: (p) =>
    solution(
      forfaitPatienteleMedecinTraitant({
        date: p.date,
        patients: { enfants: p.enfants, plus80OuAld: p.plus80OuAld, plus80EtAld: p.plus80EtAld, autres: p.autres },
      }),
      'euros',
    ),
  grade(p, raw) {
    const n = p.enfants + p.plus80OuAld + p.plus80EtAld + p.autres;
    const [fBase, fEnf, fOu, fEt] = (['fpmt.base', 'fpmt.enfant', 'fpmt.plus80OuAld', 'fpmt.plus80EtAld'] as const).map((id) => val(id, p.date)) as [
      Decimal,
      Decimal,
      Decimal,
      Decimal,
    ];
    const base = fEnf.mul(p.enfants).plus(fOu.mul(p.plus80OuAld)).plus(fBase.mul(p.autres));
    const e = (x: Decimal) => formatEuros(x);
    return noter(raw, this.solve(p), [
      { valeur: fBase.mul(n), erreur: `tous les patients ont été comptés au forfait de base de ${e(fBase)}.` },
      { valeur: base.plus(fOu.mul(p.plus80EtAld)), erreur: `les patients de plus de 80 ans ET en ALD relèvent du forfait de ${e(fEt)}, pas de ${e(fOu)}.` },
      {
        valeur: base.plus(fOu.plus(fOu).mul(p.plus80EtAld)),
        erreur: `les catégories ne se cumulent pas : un patient de plus de 80 ans en ALD compte une fois, à ${e(fEt)}.`,
      },
      {
        valeur: base.plus(fEt.mul(p.plus80EtAld)).plus(fBase.mul(n)).minus(fBase.mul(p.autres)),
        erreur: `le forfait de base de ${e(fBase)} a été ajouté à chaque patient en plus de son forfait de catégorie.`,
      },
    ]);
  },
  indices: (p) => [
    `${txt('fpmt.base', p.date)} par patient, ${txt('fpmt.enfant', p.date)} par enfant de 0 à 6 ans, ${txt('fpmt.plus80OuAld', p.date)} au-delà de 80 ans ou en ALD, ${txt('fpmt.plus80EtAld', p.date)} au-delà de 80 ans et en ALD (CdC, note 161).`,
    'Chaque patient ne compte qu’une fois, dans sa catégorie.',
  ],
};

// ------------------------------------------------------------- OPTAM

interface ParamsOptam extends Record<string, unknown> {
  date: string;
  specialite: string;
  tauxSpecialite: string;
  honoraires: string;
  ecartDepassement: string;
  ecartActivite: string;
}

const SPECIALITES: ReadonlyArray<readonly [string, string]> = [
  ['anatomo-cyto-pathologie', '0.047'],
  ['anesthésie', '0.070'],
  ['cardiologie', '0.070'],
  ['chirurgie', '0.072'],
  ['dermatologie', '0.083'],
  ['endocrinologie', '0.088'],
];

/** « ≤ 1 point : 100 % ; jusqu’à 2 : 90 % ; … ; au-delà : 0 », read from the barème (Synmad 2017, ambiguity 11). */
function baremeModulation(date: string): string {
  const paliers = [1, 2, 3, 4, 5].map((k) => txt(`optam.modulation.jusqua${k}`, date));
  return `≤ 1 point : ${paliers[0]} ; jusqu’à 2 : ${paliers[1]} ; 3 : ${paliers[2]} ; 4 : ${paliers[3]} ; ${val('optam.ecartMaximum', date).toString()} : ${paliers[4]} ; au-delà : 0`.replace(
    / ([:;])/g,
    '\u00a0$1',
  );
}

function calculOptam(p: ParamsOptam) {
  return primeOptam({
    date: p.date,
    honorairesTarifOpposable: p.honoraires,
    tauxSpecialite: p.tauxSpecialite,
    ecartTauxDepassement: p.ecartDepassement,
    ecartActiviteOpposable: p.ecartActivite,
  });
}

export const primeOptamExercice: ExerciseKind<ParamsOptam> = {
  id: 'prime-optam',
  titre: 'La prime OPTAM',
  theme: 'aujourdhui',
  generate(seed) {
    const a = creerAlea(seed);
    const [specialite, tauxSpecialite] = a.choix(SPECIALITES);
    return {
      date: dateAleatoire(a, 2018, 2022),
      specialite,
      tauxSpecialite,
      honoraires: a.montant('40000', '250000', '500').toString(),
      ecartDepassement: a.montant('0', '6', '0.5').toString(),
      ecartActivite: a.montant('0', '6', '0.5').toString(),
    };
  },
  enonce: (p) =>
    `Un médecin adhérent à l’OPTAM (spécialité : ${p.specialite}) a réalisé ${formatEuros(D(p.honoraires))} d’honoraires à tarif opposable. Le taux de sa spécialité est de ${formatTaux(D(p.tauxSpecialite))}. Il manque ses engagements de ${formatNombre(D(p.ecartDepassement))} point(s) sur le taux de dépassement et de ${formatNombre(D(p.ecartActivite))} point(s) sur la part d’activité à tarif opposable. Avec le barème de modulation externe (${baremeModulation(p.date)}), en retenant le plus grand des deux écarts, quelle prime perçoit-il ?`,
  solve: (p) => solution(calculOptam(p), 'euros'),
  grade(p, raw) {
    const r = calculOptam(p);
    const petit = Decimal.min(D(p.ecartDepassement), D(p.ecartActivite)).toString();
    const avecPetit = calculOptam({ ...p, ecartDepassement: petit, ecartActivite: petit }).valeur;
    return noter(raw, this.solve(p), [
      { valeur: c(r.primePleine), erreur: 'la modulation selon l’écart aux engagements a été oubliée.' },
      { valeur: avecPetit, erreur: 'c’est l’écart le plus grand (l’indicateur le moins bien tenu) qui fixe la modulation.' },
      { valeur: c(D(p.honoraires).mul(r.modulation)), erreur: 'le taux de la spécialité a été oublié : prime = taux × honoraires × part versée.' },
    ]);
  },
  indices: () => [
    'Prime pleine = taux de la spécialité × honoraires à tarif opposable (source externe CSMF).',
    'Sans écart, 100 % ; au-delà de 5 points, rien (CdC, note 173) ; les paliers intermédiaires viennent d’une source externe unique.',
  ],
};

// ------------------------------------------------------------- TCAM

interface ParamsTcam extends Record<string, unknown> {
  libelle: string;
  anneeDebut: number;
  valeurs: string[];
}

export const tcamExercice: ExerciseKind<ParamsTcam> = {
  id: 'tcam',
  titre: 'Le taux de croissance annuel moyen',
  theme: 'aujourdhui',
  generate(seed) {
    const a = creerAlea(seed);
    let v = a.montant('2000', '90000', '1');
    const valeurs = [v.toString()];
    for (let i = 0; i < 4; i++) {
      v = v.mul(D(1).plus(D(a.entier(-20, 140)).div(1000))).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
      valeurs.push(v.toString());
    }
    return {
      libelle: a.choix(['honoraires des infirmiers', 'honoraires des kinésithérapeutes', 'dépenses de biologie', 'honoraires des sages-femmes']),
      anneeDebut: a.entier(2010, 2016),
      valeurs,
    };
  },
  enonce: (p) =>
    `Les ${p.libelle} d’un territoire valent, de ${p.anneeDebut} à ${p.anneeDebut + 4} (en k€) : ${p.valeurs.map((x) => formatNombre(D(x))).join(' ; ')}. Calculez leur TCAM comme le fait la Cour des comptes dans son tableau n° 23 (moyenne des taux de croissance annuels). Répondez en %, arrondi au dixième.`,
  solve: (p) =>
    solution(
      tcam(
        p.valeurs,
        'arithmetique',
        p.valeurs.map((_, i) => String(p.anneeDebut + i)),
      ),
      'taux',
      'arrondiDixiemeDePoint',
    ),
  grade(p, raw) {
    const r = tcam(p.valeurs, 'arithmetique');
    const premier = D(p.valeurs[0] as string);
    const dernier = D(p.valeurs[p.valeurs.length - 1] as string);
    const d3 = (x: Decimal): Decimal => x.toDecimalPlaces(3, Decimal.ROUND_HALF_UP);
    const erreurs: ErreurType[] = [
      {
        valeur: d3(r.geometrique),
        erreur: 'c’est le taux composé (géométrique) ; la Cour publie la moyenne arithmétique des taux annuels (ambiguïté 13).',
        proche: true,
      },
      { valeur: d3(dernier.minus(premier).div(premier)), erreur: 'c’est la croissance totale sur la période, pas un taux annuel moyen.' },
      { valeur: d3(dernier.minus(premier).div(premier).div(p.valeurs.length)), erreur: 'il y a quatre années de croissance entre cinq valeurs, pas cinq.' },
      {
        valeur: d3(
          dernier
            .minus(premier)
            .div(premier)
            .div(p.valeurs.length - 1),
        ),
        erreur: 'la croissance totale divisée par quatre n’est pas la moyenne des taux annuels.',
      },
    ];
    return noter(raw, this.solve(p), erreurs);
  },
  indices: () => [
    'Calculez les quatre taux annuels : (valeur − valeur précédente) ÷ valeur précédente.',
    'Faites-en la moyenne : c’est ainsi que la Cour obtient 5,2 % pour les soins de ville.',
  ],
};

// ------------------------------------------------------------- 48 h

interface ParamsMajoration extends Record<string, unknown> {
  date: string;
  delais: number[];
  beneficiaire: 'specialiste' | 'adresseur';
}

export const majoration48hExercice: ExerciseKind<ParamsMajoration> = {
  id: 'majoration-48h',
  titre: 'Les majorations du patient adressé vu sous 48 heures',
  theme: 'parcours',
  generate(seed) {
    const a = creerAlea(seed);
    const n = a.entier(4, 10);
    const delais = Array.from({ length: n }, () => a.choix([6, 12, 24, 30, 36, 47, 48, 48, 49, 60, 72, 96, 120]));
    return { date: dateAleatoire(a, 2018, 2022), delais, beneficiaire: a.choix(['specialiste', 'adresseur'] as const) };
  },
  enonce: (p) =>
    `En ${p.date.slice(0, 4)}, ${p.beneficiaire === 'specialiste' ? 'un spécialiste reçoit' : 'plusieurs médecins traitants adressent à un spécialiste'} ${p.delais.length} patients, vus respectivement ${p.delais.join(' h, ')} h après l’adressage. ${p.beneficiaire === 'specialiste' ? 'Combien le spécialiste perçoit-il au total en majorations pour ces patients ?' : 'Combien les médecins adresseurs perçoivent-ils au total au titre de ces adressages ?'}`,
  solve: (p) => solution(majorationAdresse48h({ date: p.date, delaisHeures: p.delais, beneficiaire: p.beneficiaire }), 'euros'),
  grade(p, raw) {
    const r = majorationAdresse48h({ date: p.date, delaisHeures: p.delais, beneficiaire: p.beneficiaire });
    const spe = val('majoration48h.specialisteCorrespondant', p.date);
    const adr = val('majoration48h.medecinAdresseur', p.date);
    const limite = val('majoration48h.delaiMaximalHeures', p.date);
    const [m, autre] = p.beneficiaire === 'specialiste' ? [spe, adr] : [adr, spe];
    const strict = p.delais.filter((d) => limite.greaterThan(d)).length;
    const h = limite.toString();
    return noter(raw, this.solve(p), [
      { valeur: m.mul(p.delais.length), erreur: `seuls les patients vus dans les ${h} heures ouvrent droit à la majoration.` },
      { valeur: m.mul(strict), erreur: `un patient vu à ${h} heures exactement est vu « dans les ${h} heures ».` },
      {
        valeur: autre.mul(r.patientsDans48h),
        erreur:
          p.beneficiaire === 'specialiste'
            ? `le spécialiste perçoit ${formatEuros(spe)} ; les ${formatEuros(adr)} vont au médecin qui adresse.`
            : `le médecin adresseur perçoit ${formatEuros(adr)} ; les ${formatEuros(spe)} vont au spécialiste.`,
      },
      { valeur: spe.plus(adr).mul(r.patientsDans48h), erreur: 'vous avez additionné les deux rémunérations ; la question porte sur un seul bénéficiaire.' },
    ]);
  },
  indices: (p) => [
    `Convention 2016 : ${txt('majoration48h.specialisteCorrespondant', p.date)} pour le spécialiste qui reçoit dans les ${val('majoration48h.delaiMaximalHeures', p.date).toString()} heures un patient adressé, ${txt('majoration48h.medecinAdresseur', p.date)} pour le médecin qui l’adresse (CdC II-B-2).`,
    `Comptez d’abord les patients vus en ${val('majoration48h.delaiMaximalHeures', p.date).toString()} heures ou moins.`,
  ],
};
