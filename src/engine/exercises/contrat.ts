/** Exercise kinds of the "contrat" theme: the 70 % commitment, cotisations taken over. */
import { D, Decimal, UN } from '../decimal.js';
import { creerAlea } from '../random.js';
import { ratioHonorairesSansDepassement } from '../rules/depassements.js';
import { cotisationsPriseEnCharge } from '../rules/cotisations.js';
import { definition, lireValeur, enregistrer } from '../parametres/registre.js';
import { contrat } from '../parametres/contrat.js';
import { formatEuros, formatNombre, formatTaux } from '../francais.js';
import type { ExerciseKind } from './types.js';
import { noter, solution, c, type ErreurType } from './noter.js';
import { dateAleatoire, val, txt } from './outils.js';

// The families whose ids this module names (parametres/registre.ts).
enregistrer(contrat);

// ------------------------------------------------------------- 70 %

interface ParamsRatio extends Record<string, unknown> {
  date: string;
  lignes: Array<{ tarif: string; facture: string; nombre: number }>;
}

const d3 = (x: Decimal): Decimal => x.toDecimalPlaces(3, Decimal.ROUND_HALF_UP);

export const ratio70Exercice: ExerciseKind<ParamsRatio> = {
  id: 'ratio-70',
  // The ratio as the guide dates it (1 January 2017); the statement and hints use the exercise's date.
  // A getter, not a call at module load: a bundle that does not use this kind can still drop it.
  get titre() {
    return `L’engagement de ${txt('honorairesSansDepassement.ratioMinimum', '2017-01-01')} d’honoraires sans dépassement`;
  },
  theme: 'contrat',
  generate(seed) {
    const a = creerAlea(seed);
    const tarif = a.choix(['25', '30']);
    return {
      date: dateAleatoire(a, 2017, 2019, '2017-07-01'),
      lignes: [
        { tarif, facture: tarif, nombre: a.entier(200, 900) },
        {
          tarif,
          facture: D(tarif)
            .plus(a.montant('2', '5', '0.5'))
            .toString(),
          nombre: a.entier(50, 400),
        },
        { tarif: '46', facture: '46', nombre: a.entier(0, 80) },
      ],
    };
  },
  enonce: (p) =>
    `Un spécialiste de secteur 1 pratiquant des dépassements autorisés a facturé dans l’année : ${p.lignes
      .map((l) => `${l.nombre} actes à ${formatEuros(D(l.facture))} (tarif ${formatEuros(D(l.tarif))})`)
      .join(
        ' ; ',
      )}. Quel est son ratio « honoraires sans dépassement sur honoraires totaux », en retenant les honoraires des actes facturés sans aucun dépassement (lecture A) ? Répondez en %, arrondi au dixième.`,
  solve: (p) =>
    solution(
      ratioHonorairesSansDepassement({ date: p.date, actes: p.lignes.map((l) => ({ tarif: l.tarif, montantFacture: l.facture, nombre: l.nombre })) }),
      'taux',
      'arrondiDixiemeDePoint',
    ),
  grade(p, raw) {
    const r = ratioHonorairesSansDepassement({ date: p.date, actes: p.lignes.map((l) => ({ tarif: l.tarif, montantFacture: l.facture, nombre: l.nombre })) });
    const nTot = p.lignes.reduce((s, l) => s + l.nombre, 0);
    const nSans = p.lignes.filter((l) => l.facture === l.tarif).reduce((s, l) => s + l.nombre, 0);
    const erreurs: ErreurType[] = [
      { valeur: d3(r.lectureB), erreur: 'c’est la lecture B (honoraires totaux moins les seuls dépassements) ; la question demande la lecture A.' },
      { valeur: d3(D(1).minus(r.valeur)), erreur: 'vous avez calculé la part des honoraires avec dépassement.' },
      { valeur: nTot > 0 ? d3(D(nSans).div(nTot)) : null, erreur: 'le ratio porte sur les montants d’honoraires, pas sur le nombre d’actes.' },
    ];
    return noter(raw, this.solve(p), erreurs);
  },
  indices: (p) => [
    'Honoraires totaux = somme de (nombre × montant facturé) sur toutes les lignes.',
    'Lecture A : au numérateur, seulement les actes facturés au tarif, sans dépassement.',
    `L’engagement est respecté si le ratio est d’au moins ${txt('honorairesSansDepassement.ratioMinimum', p.date)} (ISNAR §4.3).`,
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
    // Incomes around the two thresholds (110 % and 140 % of the 2017 PASS).
    return { revenu: a.montant('30000', '80000', '100').toString(), date: dateAleatoire(a, 2017, 2017), question: q };
  },
  enonce: (p) =>
    p.question === 'afDue'
      ? `En ${p.date.slice(0, 4)} (PASS de ${txt('pass', p.date)}), un médecin de secteur 1 déclare ${formatEuros(D(p.revenu))} de revenu professionnel. Quelle est sa cotisation d’allocations familiales (avant prise en charge par la CPAM) ? Gardez le taux non arrondi et arrondissez le résultat au centime.`
      : `En ${p.date.slice(0, 4)}, un médecin de secteur 1 déclare ${formatEuros(D(p.revenu))} de revenu, entièrement conventionné et sans dépassement. La cotisation maladie est de ${txt('cotisation.maladie.taux', p.date)} dont ${txt('cotisation.maladie.resteMedecin', p.date)} reste à sa charge. Quel montant la CPAM prend-elle en charge ?`,
  solve(p) {
    const r = cotisationsPriseEnCharge({ revenu: p.revenu, date: p.date });
    return solution({ valeur: p.question === 'afDue' ? r.af.due : r.maladie.partCpam, etapes: r.etapes }, 'euros');
  },
  grade(p, raw) {
    const r = cotisationsPriseEnCharge({ revenu: p.revenu, date: p.date });
    const R = D(p.revenu);
    if (p.question === 'maladieCpam') {
      const taux = val('cotisation.maladie.taux', p.date);
      const reste = val('cotisation.maladie.resteMedecin', p.date);
      // Ambiguity 17: the next rate of the barème, announced by the guide ("doit passer à 6,5 %").
      const suivante = r.autresLectures.find((l) => l.ambiguite === 'a17');
      const tauxSuivant = definition('cotisation.maladie.taux').periodes.find((x) => x.depuis > p.date);
      return noter(raw, this.solve(p), [
        { valeur: c(R.mul(taux)), erreur: `c’est la cotisation totale ; la CPAM en laisse ${formatTaux(reste)} au médecin.` },
        { valeur: c(R.mul(reste)), erreur: `c’est la part restant au médecin (${formatTaux(reste)}).` },
        {
          valeur: suivante?.valeur ?? null,
          erreur: tauxSuivant
            ? `le taux de ${formatTaux(lireValeur(tauxSuivant.valeur))} est annoncé par le guide (« doit passer à… ») mais l’énoncé donne ${formatTaux(taux)}.`
            : 'ce n’est pas le taux de l’énoncé.',
        },
      ]);
    }
    const reduit = val('cotisation.af.tauxReduit', p.date);
    const plein = val('cotisation.af.tauxPlein', p.date);
    const bas = val('cotisation.af.seuilBas', p.date);
    const haut = val('cotisation.af.seuilHaut', p.date);
    const erreurs: ErreurType[] = [
      { valeur: c(R.mul(plein)), erreur: `le taux plein de ${formatTaux(plein)} ne s’applique qu’au-delà de ${formatTaux(haut)} du PASS.` },
      { valeur: c(R.mul(reduit)), erreur: `le taux réduit de ${formatTaux(reduit)} ne s’applique que jusqu’à ${formatTaux(bas)} du PASS.` },
      { valeur: r.af.partCpam, erreur: 'vous avez donné la part prise en charge par la CPAM, pas la cotisation due.' },
    ];
    const alt = r.autresLectures.find((l) => l.ambiguite === 'a1');
    if (alt)
      erreurs.unshift({
        valeur: alt.valeur,
        erreur: 'le taux a été arrondi au centième de point avant le calcul (méthode aga-ps) ; le cours garde le taux non arrondi.',
        proche: true,
      });
    // Linear interpolation between the PASS itself and the upper threshold, instead of between the two thresholds.
    const pass = val('pass', p.date);
    if (R.greaterThan(pass) && R.lessThan(pass.mul(haut))) {
      erreurs.push({
        valeur: c(
          R.mul(
            reduit.plus(
              plein
                .minus(reduit)
                .mul(R.minus(pass))
                .div(pass.mul(haut.minus(UN))),
            ),
          ),
        ),
        erreur: `les seuils sont ${formatTaux(bas)} et ${formatTaux(haut)} du PASS, pas le PASS lui-même.`,
      });
    }
    return noter(raw, this.solve(p), erreurs);
  },
  indices: (p) => {
    if (p.question !== 'afDue') {
      const taux = txt('cotisation.maladie.taux', p.date);
      const reste = txt('cotisation.maladie.resteMedecin', p.date);
      return [`La CPAM prend en charge la cotisation sauf ${reste} de l’assiette (ISNAR §4.3).`, `Part CPAM = (${taux} − ${reste}) × revenu conventionné.`];
    }
    const pass = val('pass', p.date);
    const [reduit, plein, bas, haut] = (
      ['cotisation.af.tauxReduit', 'cotisation.af.tauxPlein', 'cotisation.af.seuilBas', 'cotisation.af.seuilHaut'] as const
    ).map((id) => val(id, p.date)) as [Decimal, Decimal, Decimal, Decimal];
    const sBas = pass.mul(bas);
    const sHaut = pass.mul(haut);
    return [
      `Seuils ${p.date.slice(0, 4)} : ${formatTaux(bas)} du PASS = ${formatEuros(sBas)} ; ${formatTaux(haut)} du PASS = ${formatEuros(sHaut)}.`,
      `Entre les deux seuils, le taux croît en ligne droite de ${formatTaux(reduit)} à ${formatTaux(plein)} (formule officielle, source externe).`,
      `Taux = ${formatTaux(reduit)} + ${formatTaux(plein.minus(reduit))} × (revenu − ${formatNombre(sBas)}) ÷ ${formatNombre(sHaut.minus(sBas))}.`,
    ];
  },
};
