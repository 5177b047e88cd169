/** Exercise kinds of the "contrat" theme: the 70 % commitment, cotisations taken over. */
import { D, Decimal } from '../decimal.js';
import { creerAlea } from '../random.js';
import { ratioHonorairesSansDepassement } from '../rules/depassements.js';
import { cotisationsPriseEnCharge } from '../rules/cotisations.js';
import { parametre } from '../parametres/index.js';
import { formatEuros } from '../francais.js';
import type { ExerciseKind } from './types.js';
import { noter, solution, c, type ErreurType } from './noter.js';
import { dateAleatoire } from './outils.js';

// ------------------------------------------------------------- 70 %

interface ParamsRatio extends Record<string, unknown> {
  date: string;
  lignes: Array<{ tarif: string; facture: string; nombre: number }>;
}

const d3 = (x: Decimal): Decimal => x.toDecimalPlaces(3, Decimal.ROUND_HALF_UP);

export const ratio70Exercice: ExerciseKind<ParamsRatio> = {
  id: 'ratio-70',
  titre: 'L’engagement de 70 % d’honoraires sans dépassement',
  theme: 'contrat',
  generate(seed) {
    const a = creerAlea(seed);
    const tarif = a.choix(['25', '30']);
    return {
      date: dateAleatoire(a, 2017, 2019, '2017-07-01'),
      lignes: [
        { tarif, facture: tarif, nombre: a.entier(200, 900) },
        { tarif, facture: D(tarif).plus(a.montant('2', '5', '0.5')).toString(), nombre: a.entier(50, 400) },
        { tarif: '46', facture: '46', nombre: a.entier(0, 80) },
      ],
    };
  },
  enonce: (p) =>
    `Un spécialiste de secteur 1 pratiquant des dépassements autorisés a facturé dans l’année : ${p.lignes
      .map((l) => `${l.nombre} actes à ${formatEuros(D(l.facture))} (tarif ${formatEuros(D(l.tarif))})`)
      .join(' ; ')}. Quel est son ratio « honoraires sans dépassement sur honoraires totaux », en retenant les honoraires des actes facturés sans aucun dépassement (lecture A) ? Répondez en %, arrondi au dixième.`,
  solve: (p) => solution(ratioHonorairesSansDepassement({ date: p.date, actes: p.lignes.map((l) => ({ tarif: l.tarif, montantFacture: l.facture, nombre: l.nombre })) }), 'taux', 'arrondiDixiemeDePoint'),
  grade(p, raw) {
    const r = ratioHonorairesSansDepassement({ date: p.date, actes: p.lignes.map((l) => ({ tarif: l.tarif, montantFacture: l.facture, nombre: l.nombre })) });
    const nTot = p.lignes.reduce((s, l) => s + l.nombre, 0);
    const nSans = p.lignes.filter((l) => l.facture === l.tarif).reduce((s, l) => s + l.nombre, 0);
    const erreurs: ErreurType[] = [
      { valeur: d3(r.lectureB), erreur: 'c’est la lecture B (honoraires totaux moins les seuls dépassements) ; la question demande la lecture A.' },
      { valeur: d3(D(1).minus(r.valeur)), erreur: 'vous avez calculé la part des honoraires avec dépassement.' },
      { valeur: nTot > 0 ? d3(D(nSans).div(nTot)) : null, erreur: 'le ratio porte sur les montants d’honoraires, pas sur le nombre d’actes.' },
    ];
    return noter(raw, this.solve(p), erreurs);
  },
  indices: () => [
    'Honoraires totaux = somme de (nombre × montant facturé) sur toutes les lignes.',
    'Lecture A : au numérateur, seulement les actes facturés au tarif, sans dépassement.',
    'L’engagement est respecté si le ratio est d’au moins 70 % (ISNAR §4.3).',
  ],
};

// ------------------------------------------------------------- cotisations

interface ParamsCotisations extends Record<string, unknown> {
  revenu: string;
  date: string;
  question: 'afDue' | 'maladieCpam';
}

export const cotisationsExercice: ExerciseKind<ParamsCotisations> = {
  id: 'cotisations',
  titre: 'Cotisations allocations familiales et maladie',
  theme: 'contrat',
  generate(seed) {
    const a = creerAlea(seed);
    const q = a.entier(0, 3) === 0 ? 'maladieCpam' : 'afDue';
    // Incomes around the two thresholds (43 150,80 € and 54 919,20 € in 2017).
    return { revenu: a.montant('30000', '80000', '100').toString(), date: dateAleatoire(a, 2017, 2017), question: q };
  },
  enonce: (p) =>
    p.question === 'afDue'
      ? `En 2017 (PASS de 39 228 €), un médecin de secteur 1 déclare ${formatEuros(D(p.revenu))} de revenu professionnel. Quelle est sa cotisation d’allocations familiales (avant prise en charge par la CPAM) ? Gardez le taux non arrondi et arrondissez le résultat au centime.`
      : `En 2017, un médecin de secteur 1 déclare ${formatEuros(D(p.revenu))} de revenu, entièrement conventionné et sans dépassement. La cotisation maladie est de 9,8 % dont 0,1 % reste à sa charge. Quel montant la CPAM prend-elle en charge ?`,
  solve(p) {
    const r = cotisationsPriseEnCharge({ revenu: p.revenu, date: p.date });
    return solution({ valeur: p.question === 'afDue' ? r.af.due : r.maladie.partCpam, etapes: r.etapes }, 'euros');
  },
  grade(p, raw) {
    const r = cotisationsPriseEnCharge({ revenu: p.revenu, date: p.date });
    const R = D(p.revenu);
    if (p.question === 'maladieCpam') {
      return noter(raw, this.solve(p), [
        { valeur: c(R.mul('0.098')), erreur: 'c’est la cotisation totale ; la CPAM en laisse 0,1 % au médecin.' },
        { valeur: c(R.mul('0.001')), erreur: 'c’est la part restant au médecin (0,1 %).' },
        { valeur: c(R.mul('0.064')), erreur: 'le taux de 6,5 % est annoncé par le guide (« doit passer à 6,5 % ») mais l’énoncé donne 9,8 %.' },
      ]);
    }
    const erreurs: ErreurType[] = [
      { valeur: c(R.mul('0.0525')), erreur: 'le taux plein de 5,25 % ne s’applique qu’au-delà de 140 % du PASS.' },
      { valeur: c(R.mul('0.0215')), erreur: 'le taux réduit de 2,15 % ne s’applique que jusqu’à 110 % du PASS.' },
      { valeur: r.af.partCpam, erreur: 'vous avez donné la part prise en charge par la CPAM, pas la cotisation due.' },
    ];
    const alt = r.autresLectures.find((l) => l.ambiguite === 'a1');
    if (alt) erreurs.unshift({ valeur: alt.valeur, erreur: 'le taux a été arrondi au centième de point avant le calcul (méthode aga-ps) ; le cours garde le taux non arrondi.', proche: true });
    // Linear interpolation between the thresholds expressed on the PASS instead of 110 %/140 % of it.
    const pass = parametre('pass', p.date).valeur;
    if (R.greaterThan(pass) && R.lessThan(pass.mul('1.4'))) {
      erreurs.push({ valeur: c(R.mul(D('0.0215').plus(D('0.031').mul(R.minus(pass)).div(pass.mul('0.4'))))), erreur: 'les seuils sont 110 % et 140 % du PASS, pas le PASS lui-même.' });
    }
    return noter(raw, this.solve(p), erreurs);
  },
  indices: (p) =>
    p.question === 'afDue'
      ? [
          'Seuils 2017 : 110 % du PASS = 43 150,80 € ; 140 % du PASS = 54 919,20 €.',
          'Entre les deux seuils, le taux croît en ligne droite de 2,15 % à 5,25 % (formule officielle, source externe).',
          'Taux = 2,15 % + 3,10 % × (revenu − 43 150,80) ÷ 11 768,40.',
        ]
      : ['La CPAM prend en charge la cotisation sauf 0,1 % de l’assiette (ISNAR §4.3).', 'Part CPAM = (9,8 % − 0,1 %) × revenu conventionné.'],
};
