/** Exercise kinds of the "depassements" theme: DA cap, taux de dépassement, redevance. */
import { D, UN } from '../decimal.js';
import { creerAlea } from '../random.js';
import { plafondDepassementAutorise, tauxDepassement, type LectureDA } from '../rules/depassements.js';
import { redevanceActiviteLiberale, type CategorieActe, type Etablissement } from '../rules/hopital.js';
import { formatEuros, formatTaux } from '../francais.js';
import type { ExerciseKind } from './types.js';
import { noter, solution, c } from './noter.js';
import { dateAleatoire, formatDate, val, txt } from './outils.js';
import { enregistrer } from '../parametres/registre.js';
import { tarifs } from '../parametres/tarifs.js';
import { contrat } from '../parametres/contrat.js';

// The families whose ids this module names (parametres/registre.ts).
enregistrer(tarifs, contrat);

// ------------------------------------------------------------- DA cap

interface ParamsDA extends Record<string, unknown> {
  variante: 'consultation' | 'technique';
  date: string;
  lecture: LectureDA;
  /** Technical act only: its tariff (same in and out of the parcours). */
  tarif?: string;
}

/** The rule to apply, in words, with the cap's rate read from the barème at the exercise's date. */
function enonceLecture(lecture: LectureDA, date: string): string {
  const taux = val('depassementAutorise.plafond', date);
  const pct = formatTaux(taux);
  const pctFacture = formatTaux(UN.plus(taux));
  return {
    convention: `la règle de la convention de 2016 pour une consultation : montant facturé au plus égal à ${pctFacture} du tarif du parcours de soins, arrondi à l'euro supérieur`,
    isnar43: `la règle du guide ISNAR §4.3 : montant facturé au plus égal à ${pctFacture} du tarif du parcours de soins (sans arrondi à l’euro)`,
    isnar31: `la règle du guide ISNAR §3.1 : dépassement plafonné à ${pct} du tarif opposable`,
  }[lecture];
}

function calculDA(p: ParamsDA, typeActe: 'clinique' | 'technique' = p.variante === 'technique' ? 'technique' : 'clinique') {
  return plafondDepassementAutorise(
    p.variante === 'technique' && p.tarif
      ? { date: p.date, typeActe, tarifOpposable: p.tarif, tarifParcours: p.tarif, lecture: p.lecture }
      : { date: p.date, lecture: p.lecture },
  );
}

export const plafondDAExercice: ExerciseKind<ParamsDA> = {
  id: 'plafond-da',
  titre: 'Le plafond du dépassement autorisé',
  theme: 'depassements',
  generate(seed) {
    const a = creerAlea(seed);
    const variante = a.entier(0, 2) > 0 ? 'consultation' : 'technique';
    const date = dateAleatoire(a, 2017, 2024, '2017-01-01', '2024-12-21');
    // Technical act: the convention's rule (17,5 % of the act's tariff, no euro rounding — art. 37.1 as quoted by the FMF).
    if (variante === 'technique') return { variante, date, lecture: 'convention', tarif: a.montant('20', '250', '0.10').toString() };
    return { variante, date, lecture: a.choix(['convention', 'isnar43', 'isnar31'] as const) };
  },
  enonce(p) {
    if (p.variante === 'technique') {
      const regle =
        p.lecture === 'convention'
          ? `la règle de la convention de 2016 pour un acte technique : dépassement au plus égal à ${txt('depassementAutorise.plafond', p.date)} du tarif de l’acte, sans arrondi à l’euro (un plafond facturé au centime s’arrondit au centime inférieur)`
          : enonceLecture(p.lecture, p.date);
      return `Le ${formatDate(p.date)}, un spécialiste de secteur 1 réalise un acte technique coté ${formatEuros(D(p.tarif ?? '0'))} pour un patient venu hors parcours de soins. En appliquant ${regle}, quel montant total peut-il facturer au maximum ?`;
    }
    return `Le ${formatDate(p.date)}, un patient consulte directement un spécialiste de secteur 1, hors parcours de soins. La consultation hors parcours se cote CS + MPC ; dans le parcours elle vaudrait le tarif de la consultation coordonnée. En appliquant ${enonceLecture(p.lecture, p.date)}, quel montant total le spécialiste peut-il facturer au maximum ?`;
  },
  solve(p) {
    const r = calculDA(p);
    return solution({ valeur: r.factureMaximal, etapes: r.etapes }, 'euros');
  },
  grade(p, raw) {
    const r = calculDA(p);
    const sol = this.solve(p);
    const l = r.lectures;
    // A technical act read as a clinical one: the euro rounding of art. 37.1 applied where it does not belong.
    const commeClinique = p.variante === 'technique' ? calculDA(p, 'clinique').lectures.convention.factureMaximal : null;
    return noter(
      raw,
      sol,
      [
        {
          valeur: commeClinique,
          erreur: `l'arrondi à l'euro supérieur de la convention ne vaut que pour les actes cliniques ; pour un acte technique, le dépassement est de ${txt('depassementAutorise.plafond', p.date)} du tarif de l'acte.`,
        },
        { valeur: l.isnar31.factureMaximal, erreur: 'plafond calculé sur le tarif opposable hors parcours (lecture §3.1) au lieu du tarif du parcours.' },
        {
          valeur: l.isnar43.factureMaximal,
          erreur:
            p.lecture === 'convention'
              ? "l'arrondi à l'euro supérieur de la convention a été oublié."
              : 'plafond calculé sur le tarif du parcours (lecture §4.3) au lieu du tarif opposable.',
        },
        { valeur: l.convention.factureMaximal, erreur: "l'arrondi à l'euro supérieur n'appartient qu'au texte de la convention, pas à cette règle." },
        {
          valeur: r.lectures[p.lecture].depassementMaximal,
          erreur: 'vous avez donné le dépassement seul ; la question demande le montant total facturé (tarif + dépassement).',
        },
      ],
      undefined,
      { plafond: true },
    );
  },
  indices: (p) => {
    const pct = txt('depassementAutorise.plafond', p.date);
    if (p.variante === 'technique') {
      return [
        `Le dépassement autorisé d’un acte technique est plafonné à ${pct} du tarif de l’acte (convention 2016, art. 37.1, cité par la FMF).`,
        `Montant facturé maximal = tarif + ${pct} du tarif, arrondi au centime inférieur ; pas d’arrondi à l’euro pour un acte technique.`,
      ];
    }
    const horsParcours = val('acte.CS', p.date).plus(val('acte.MPC', p.date));
    const exemple = plafondDepassementAutorise({ date: p.date, lecture: 'isnar43' }).lectures;
    return [
      `Hors parcours, le spécialiste cote CS + MPC (${formatEuros(horsParcours)} à cette date) ; dans le parcours, la consultation coordonnée (${txt('acte.consultationCoordonnee', p.date)} à cette date).`,
      `Lisez bien sur quelle base porte le plafond de ${pct} dans la règle demandée.`,
      `« Arrondi à l'euro supérieur » : ${formatEuros(exemple.isnar43.factureMaximal)} devient ${formatEuros(exemple.convention.factureMaximal)}.`,
    ];
  },
};

// ------------------------------------------------------------- taux de dépassement

interface ParamsTaux extends Record<string, unknown> {
  tarif: string;
  facture: string;
  definition: 'cnam' | 'isnar';
}

export const tauxDepassementExercice: ExerciseKind<ParamsTaux> = {
  id: 'taux-depassement',
  titre: 'Le taux de dépassement',
  theme: 'depassements',
  generate(seed) {
    const a = creerAlea(seed);
    const tarif = a.choix(['23', '25', '28', '30', '46', '50', '60', '69']);
    const facture = D(tarif)
      .plus(a.montant('5', '80', '1'))
      .toString();
    return { tarif, facture, definition: a.choix(['cnam', 'isnar'] as const) };
  },
  enonce: (p) =>
    `Un médecin de secteur 2 facture ${formatEuros(D(p.facture))} un acte dont le tarif conventionnel est ${formatEuros(D(p.tarif))}. Selon la définition ${p.definition === 'cnam' ? 'de la convention (dépassement ÷ honoraires remboursables)' : 'du guide ISNAR §4.1 (tarif pratiqué ÷ tarif conventionnel)'}, quel est son taux de dépassement ? Répondez en %, arrondi au dixième.`,
  solve: (p) => solution(tauxDepassement({ montantFacture: p.facture, tarifOpposable: p.tarif, definition: p.definition }), 'taux', 'arrondiDixiemeDePoint'),
  grade(p, raw) {
    const r = tauxDepassement({ montantFacture: p.facture, tarifOpposable: p.tarif, definition: p.definition });
    const autre = p.definition === 'cnam' ? r.isnar : r.cnam;
    const d = (x: ReturnType<typeof D>) => x.toDecimalPlaces(3);
    return noter(raw, this.solve(p), [
      {
        valeur: d(autre),
        erreur:
          p.definition === 'cnam'
            ? 'c’est la définition du guide (prix ÷ tarif) ; la convention rapporte le seul dépassement au tarif.'
            : 'c’est la définition de la convention (dépassement ÷ tarif) ; le guide rapporte le prix au tarif.',
      },
      { valeur: d(D(p.facture).minus(p.tarif).div(p.facture)), erreur: 'le dépassement a été rapporté au prix facturé au lieu du tarif conventionnel.' },
    ]);
  },
  indices: (p) => [
    p.definition === 'cnam'
      ? 'Dépassement = prix − tarif ; on le divise par le tarif (honoraires remboursables).'
      : 'On divise le prix pratiqué par le tarif conventionnel.',
    'Exemple du cours : un acte à 60 € pour un tarif de 30 € = 200 % (guide) ou 100 % (convention).',
  ],
};

// ------------------------------------------------------------- redevance

interface ParamsRedevance extends Record<string, unknown> {
  etablissement: Etablissement;
  date: string;
  actes: Array<{ categorie: CategorieActe; tarif: string; nombre: number }>;
}

const LIB: Record<CategorieActe, string> = {
  consultation: 'consultations',
  autreActe: 'actes techniques (hors imagerie, radiothérapie, médecine nucléaire, biologie)',
  imagerieBiologie: 'actes d’imagerie',
};

export const redevanceExercice: ExerciseKind<ParamsRedevance> = {
  id: 'redevance',
  titre: 'La redevance de l’activité libérale à l’hôpital',
  theme: 'depassements',
  generate(seed) {
    const a = creerAlea(seed);
    const cats = a.choix([
      ['consultation', 'autreActe'],
      ['consultation', 'imagerieBiologie'],
      ['autreActe', 'imagerieBiologie'],
    ] as const);
    return {
      etablissement: a.choix(['CHU', 'CH'] as const),
      date: dateAleatoire(a, 2017, 2019),
      actes: cats.map((categorie) => ({
        categorie,
        tarif: categorie === 'consultation' ? a.choix(['25', '28', '30', '46']) : a.montant('20', '150', '0.5').toString(),
        nombre: a.entier(5, 60),
      })),
    };
  },
  enonce: (p) =>
    `Un praticien hospitalier à temps plein exerce une activité libérale dans un ${p.etablissement === 'CHU' ? 'centre hospitalier universitaire' : 'centre hospitalier'}. Ce mois-ci : ${p.actes
      .map((x) => `${x.nombre} ${LIB[x.categorie]} au tarif de ${formatEuros(D(x.tarif))}`)
      .join(' et ')} (tarifs hors dépassements). Quelle redevance doit-il à l’établissement selon les pourcentages du guide ISNAR ?`,
  solve: (p) => solution(redevanceActiviteLiberale(p), 'euros'),
  grade(p, raw) {
    const autreEtab = redevanceActiviteLiberale({ ...p, etablissement: p.etablissement === 'CHU' ? 'CH' : 'CHU' }).valeur;
    const toutConsult = redevanceActiviteLiberale({ ...p, actes: p.actes.map((x) => ({ ...x, categorie: 'consultation' as const })) }).valeur;
    const unSeul = c(redevanceActiviteLiberale({ ...p, actes: p.actes.map((x) => ({ ...x, nombre: 1 })) }).valeur);
    return noter(raw, this.solve(p), [
      { valeur: autreEtab, erreur: `les pourcentages appliqués sont ceux d’un ${p.etablissement === 'CHU' ? 'CH' : 'CHU'}.` },
      { valeur: toutConsult, erreur: 'le pourcentage des consultations a été appliqué à tous les actes.' },
      { valeur: unSeul, erreur: 'le nombre d’actes a été oublié.' },
    ]);
  },
  indices: (p) => [
    `Consultations : ${txt('redevance.consultation.chu', p.date)} en CHU, ${txt('redevance.consultation.ch', p.date)} en CH ; autres actes : ${txt('redevance.autresActes.chu', p.date)} en CHU, ${txt('redevance.autresActes.ch', p.date)} en CH ; imagerie, radiothérapie, médecine nucléaire, biologie : ${txt('redevance.imagerieBiologie', p.date)} (ISNAR §3.4).`,
    'Le pourcentage porte sur le tarif de l’acte, hors dépassements.',
  ],
};
