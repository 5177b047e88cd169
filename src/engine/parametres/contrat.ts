/**
 * The conventioned contract: DA cap, 70 % commitment, cotisations taken over by
 * the CPAM, ASV, redevance on hospital private practice (ISNAR §3.1, §3.4, §4.3).
 */
import type { DefinitionParametre } from './types.js';
import { isnar, ext } from './sources.js';

const GUIDE = 'valeur donnée par le guide ISNAR, mis à jour au 1er janvier 2017 ; les sources ne la datent pas plus tôt.';

const pass = (annee: number, valeur: string): { depuis: string; valeur: string; source: ReturnType<typeof ext>; externe: true } => ({
  depuis: `${annee}-01-01`,
  valeur,
  source: ext('pass', `PASS ${annee}`),
  externe: true,
});

export const contrat: DefinitionParametre[] = [
  {
    id: 'depassementAutorise.plafond',
    libelle: 'Plafond du dépassement autorisé (DA) du secteur 1',
    unite: 'taux',
    avantPremierePeriode: 'le DA existe depuis 2005 (ISNAR §3.1), mais le taux de 17,5 % n’est daté par le guide qu’au 1er janvier 2017.',
    ambiguites: ['a4', 'a5'],
    periodes: [{ depuis: '2017-01-01', valeur: '0.175', source: isnar('§3.1 et §4.3') }],
  },
  {
    id: 'honorairesSansDepassement.ratioMinimum',
    libelle: 'Part minimale des honoraires sans dépassement (secteur 1 pratiquant des DA)',
    unite: 'taux',
    avantPremierePeriode: GUIDE,
    ambiguites: ['a6'],
    periodes: [{ depuis: '2017-01-01', valeur: '0.70', source: isnar('§4.3') }],
  },
  {
    id: 'cotisation.maladie.taux',
    libelle: 'Cotisation maladie-maternité-décès des praticiens conventionnés',
    unite: 'taux',
    avantPremierePeriode: GUIDE,
    ambiguites: ['a17'],
    periodes: [
      { depuis: '2017-01-01', valeur: '0.098', source: isnar('§4.3'), note: '« dont le taux était de 9,8 % … et qui doit passer à 6,5 % ».' },
      {
        depuis: '2018-01-01',
        valeur: '0.065',
        source: ext('urssaf-pamc'),
        externe: true,
        note: 'Le guide ne date pas la bascule : le 1er janvier 2018 est une hypothèse de travail (non vérifiée). Seule la part CPAM en dépend.',
      },
    ],
  },
  {
    id: 'cotisation.maladie.resteMedecin',
    libelle: 'Cotisation maladie restant à la charge du médecin de secteur 1',
    unite: 'taux',
    avantPremierePeriode: GUIDE,
    ambiguites: ['a17'],
    periodes: [{ depuis: '2017-01-01', valeur: '0.001', source: isnar('§4.3') }],
  },
  {
    id: 'cotisation.af.tauxReduit',
    libelle: 'Cotisation allocations familiales, taux réduit (revenu ≤ seuil bas)',
    unite: 'taux',
    avantPremierePeriode: GUIDE,
    ambiguites: ['a1', 'a2'],
    periodes: [
      { depuis: '2017-01-01', valeur: '0.0215', source: isnar('§4.3') },
      { depuis: '2018-01-01', valeur: '0', source: ext('css-d613-1'), externe: true },
    ],
  },
  {
    id: 'cotisation.af.tauxPlein',
    libelle: 'Cotisation allocations familiales, taux plein (revenu > seuil haut)',
    unite: 'taux',
    avantPremierePeriode: GUIDE,
    ambiguites: ['a1', 'a2'],
    periodes: [
      { depuis: '2017-01-01', valeur: '0.0525', source: isnar('§4.3') },
      { depuis: '2018-01-01', valeur: '0.031', source: ext('css-d613-1'), externe: true },
    ],
  },
  {
    id: 'cotisation.af.seuilBas',
    libelle: 'Seuil bas de la cotisation AF, en part du PASS',
    unite: 'taux',
    avantPremierePeriode: GUIDE,
    ambiguites: ['a2'],
    periodes: [{ depuis: '2017-01-01', valeur: '1.10', source: isnar('§4.3') }],
  },
  {
    id: 'cotisation.af.seuilHaut',
    libelle: 'Seuil haut de la cotisation AF, en part du PASS',
    unite: 'taux',
    avantPremierePeriode: GUIDE,
    ambiguites: ['a2'],
    periodes: [{ depuis: '2017-01-01', valeur: '1.40', source: isnar('§4.3') }],
  },
  ...(['1', '2', '3'] as const).map((n): DefinitionParametre => ({
    id: `cotisation.af.partCpam.tranche${n}`,
    libelle: `Part de la cotisation AF prise en charge par la CPAM, tranche ${n}`,
    unite: 'taux',
    avantPremierePeriode: GUIDE,
    ambiguites: ['a2', 'a3'],
    periodes: [
      {
        depuis: '2017-01-01',
        valeur: { '1': '1', '2': '0.75', '3': '0.60' }[n],
        source: isnar('§4.3'),
        note: '« respectivement 100, 75 ou 60 % » — non vérifié sur le texte de la convention (art. 71).',
      },
    ],
  })),
  ...(
    [
      ['1', '1.40', '100 % de la cotisation tant que l’assiette de participation est au plus 140 % du PASS'],
      ['2', '2.50', '75 % jusqu’à 250 % du PASS, 60 % au-delà'],
    ] as const
  ).map(([n, valeur, note]): DefinitionParametre => ({
    id: `cotisation.af.modeleSocial.seuil${n}`,
    libelle: `Lecture de modele-social : seuil ${n} de la part CPAM de la cotisation AF, en part du PASS d’assiette`,
    unite: 'taux',
    avantPremierePeriode: 'lecture comparée au mécanisme du guide, daté du 1er janvier 2017.',
    ambiguites: ['a3'],
    periodes: [{ depuis: '2017-01-01', valeur, source: ext('modele-social', 'PAMC . allocations familiales . participation CPAM'), externe: true, note }],
  })),
  {
    id: 'pass',
    libelle: 'Plafond annuel de la sécurité sociale (PASS)',
    unite: 'euros',
    avantPremierePeriode: 'le guide ISNAR donne le PASS « au 01/01/2017 » ; le barème des années antérieures n’est pas repris dans le cours.',
    periodes: [
      { depuis: '2017-01-01', valeur: '39228', source: isnar('§4.3') },
      pass(2018, '39732'),
      pass(2019, '40524'),
      pass(2020, '41136'),
      pass(2021, '41136'),
      pass(2022, '41136'),
      pass(2023, '43992'),
      pass(2024, '46368'),
      pass(2025, '47100'),
      { ...pass(2026, '48060'), note: 'Arrêté du 22 décembre 2025, JO du 23 décembre 2025.' },
    ],
  },
  {
    id: 'asv.partCaisses',
    libelle: 'Part de la cotisation ASV prise en charge par les caisses (secteur 1)',
    unite: 'taux',
    avantPremierePeriode: GUIDE,
    periodes: [{ depuis: '2017-01-01', valeur: '2/3', source: isnar('§4.3'), note: 'Cotisation annuelle obligatoire et cotisation d’ajustement.' }],
  },
  {
    id: 'redevance.consultation.chu',
    libelle: 'Redevance sur l’activité libérale à l’hôpital : consultations en CHU',
    unite: 'taux',
    avantPremierePeriode: GUIDE,
    ambiguites: ['a18'],
    periodes: [{ depuis: '2017-01-01', valeur: '0.16', source: isnar('§3.4') }],
  },
  {
    id: 'redevance.consultation.ch',
    libelle: 'Redevance sur l’activité libérale à l’hôpital : consultations en CH',
    unite: 'taux',
    avantPremierePeriode: GUIDE,
    ambiguites: ['a18'],
    periodes: [{ depuis: '2017-01-01', valeur: '0.15', source: isnar('§3.4') }],
  },
  {
    id: 'redevance.autresActes.chu',
    libelle: 'Redevance : actes autres qu’imagerie, radiothérapie, médecine nucléaire, biologie, en CHU',
    unite: 'taux',
    avantPremierePeriode: GUIDE,
    ambiguites: ['a18'],
    periodes: [{ depuis: '2017-01-01', valeur: '0.25', source: isnar('§3.4') }],
  },
  {
    id: 'redevance.autresActes.ch',
    libelle: 'Redevance : actes autres qu’imagerie, radiothérapie, médecine nucléaire, biologie, en CH',
    unite: 'taux',
    avantPremierePeriode: GUIDE,
    ambiguites: ['a18'],
    periodes: [{ depuis: '2017-01-01', valeur: '0.16', source: isnar('§3.4') }],
  },
  {
    id: 'redevance.imagerieBiologie',
    libelle: 'Redevance : actes d’imagerie, de radiothérapie, de médecine nucléaire et de biologie',
    unite: 'taux',
    avantPremierePeriode: GUIDE,
    ambiguites: ['a18'],
    periodes: [{ depuis: '2017-01-01', valeur: '0.60', source: isnar('§3.4') }],
  },
  {
    id: 'activiteLiberale.plafondTemps',
    libelle: 'Durée maximale de l’activité libérale d’un praticien hospitalier, en part de la durée du service',
    unite: 'taux',
    avantPremierePeriode: GUIDE,
    periodes: [{ depuis: '2017-01-01', valeur: '0.20', source: isnar('§3.4'), note: 'Hors gardes.' }],
  },
];
