/**
 * Tariffs of consultations (NGAP letters) by effective date.
 * Seed values: Guide ISNAR-IMG 2017, §5.2 (table "Evolution des consultations et
 * revalorisations") and §2.2. Later values are external (public sources of the bibliography registry, src/engine/sources.json).
 */
import type { DefinitionParametre } from './types.js';
import { isnar, ext } from './sources.js';

const DATE_GUIDE =
  "la valeur la plus ancienne que donne le guide ISNAR est l'« ancien tarif » de son tableau §5.2, en vigueur au 1er janvier 2017 (date de mise à jour du guide) ; les sources ne disent pas depuis quand il s'appliquait.";

export const tarifs: DefinitionParametre[] = [
  {
    id: 'acte.G',
    libelle: 'Consultation de référence du médecin généraliste (C/G, MMG comprise à partir du 1er mai 2017)',
    unite: 'euros',
    avantPremierePeriode:
      "le guide ISNAR (§2.2) date le passage de la consultation du généraliste à 23 € au 1er janvier 2011 (règlement arbitral de 2010) ; aucune valeur antérieure n'est donnée.",
    periodes: [
      { depuis: '2011-01-01', valeur: '23', source: isnar('§2.2 (règlement arbitral du 5 mai 2010)') },
      {
        depuis: '2017-05-01',
        valeur: '25',
        source: isnar('§5.2'),
        note: 'C ou CS = 23 € + nouvelle majoration MMG = 2 €.',
      },
      { depuis: '2023-11-01', valeur: '26.50', source: ext('tarifs-2023', 'règlement arbitral 2023'), externe: true },
      {
        depuis: '2024-12-22',
        valeur: '30',
        source: ext('ameli-convention-2024', 'convention 2024-2029'),
        externe: true,
        note: 'MMG absorbée dans G.',
      },
    ],
  },
  {
    id: 'acte.CS',
    libelle: 'Consultation C/CS, valeur de base hors majorations',
    unite: 'euros',
    avantPremierePeriode: DATE_GUIDE,
    periodes: [
      {
        depuis: '2017-01-01',
        valeur: '23',
        source: isnar('§5.2'),
        note: '« C ou CS = 23 euros » ; au 1er mai 2017 le généraliste y ajoute la MMG (tarif G), la lettre C/CS elle-même reste à 23 €.',
      },
      {
        depuis: '2024-12-22',
        valeur: '26.50',
        source: ext('fmf-convention-2024'),
        externe: true,
        note: 'MPC absorbée : CS = 26,50 €.',
      },
    ],
  },
  {
    id: 'acte.MMG',
    libelle: 'Majoration médecin généraliste (MMG)',
    unite: 'euros',
    avantPremierePeriode: "la MMG est créée au 1er mai 2017 (ISNAR §5.2 et §2.2) : elle n'existait pas avant.",
    periodes: [
      { depuis: '2017-05-01', valeur: '2', source: isnar('§5.2') },
      {
        depuis: '2024-12-22',
        valeur: '0',
        source: ext('fmf-convention-2024'),
        externe: true,
        note: 'MMG absorbée dans G = 30 € : elle ne se facture plus à part.',
      },
    ],
  },
  {
    id: 'acte.MPC',
    libelle: 'Majoration de coordination MPC (spécialiste, hors parcours : CS + MPC)',
    unite: 'euros',
    avantPremierePeriode:
      'la valeur de la MPC vient d’une source externe qui la donne pour la convention de 2016 ; le moteur ne la date pas avant le 1er janvier 2017.',
    periodes: [
      {
        depuis: '2017-01-01',
        valeur: '2',
        source: ext('fmf-da', 'convention 2016'),
        externe: true,
        note: 'Hors parcours, le spécialiste facture CS + MPC = 25 € au lieu de CS + MPC + MCS = 30 €.',
      },
      { depuis: '2024-12-22', valeur: '0', source: ext('fmf-convention-2024'), externe: true, note: 'MPC absorbée dans CS = 26,50 €.' },
    ],
  },
  {
    id: 'acte.consultationCoordonnee',
    libelle: 'Consultation coordonnée du spécialiste (C/CS + MPC + MCS)',
    unite: 'euros',
    avantPremierePeriode: DATE_GUIDE,
    periodes: [
      { depuis: '2017-01-01', valeur: '28', source: isnar('§5.2 (ancien tarif)') },
      { depuis: '2017-07-01', valeur: '30', source: isnar('§5.2'), note: 'Revalorisation de la majoration de coordination MCS.' },
      { depuis: '2023-11-01', valeur: '31.50', source: ext('tarifs-2023', 'consultation du spécialiste secteur 1 / OPTAM'), externe: true },
    ],
  },
  {
    id: 'acte.consultationComplexe',
    libelle: 'Consultation complexe',
    unite: 'euros',
    avantPremierePeriode: 'la consultation complexe est créée au 1er novembre 2017 (ISNAR §5.2 : « Nouveau »).',
    periodes: [{ depuis: '2017-11-01', valeur: '46', source: isnar('§5.2') }],
  },
  {
    id: 'acte.consultationTresComplexe',
    libelle: 'Consultation très complexe',
    unite: 'euros',
    avantPremierePeriode: 'la consultation très complexe est créée au 1er novembre 2017 (ISNAR §5.2 : « Nouveau »).',
    periodes: [{ depuis: '2017-11-01', valeur: '60', source: isnar('§5.2') }],
  },
  {
    id: 'acte.CNPSY',
    libelle: 'Consultation du psychiatre, neuropsychiatre ou neurologue (CNPSY)',
    unite: 'euros',
    avantPremierePeriode: DATE_GUIDE,
    periodes: [
      { depuis: '2017-01-01', valeur: '37', source: isnar('§5.2 (ancien tarif)') },
      { depuis: '2017-07-01', valeur: '39', source: isnar('§5.2') },
    ],
  },
  {
    id: 'acte.CSC',
    libelle: 'Consultation spécifique du cardiologue au cabinet (CSC)',
    unite: 'euros',
    avantPremierePeriode: DATE_GUIDE,
    periodes: [
      { depuis: '2017-01-01', valeur: '45.73', source: isnar('§5.2 (ancien tarif)') },
      { depuis: '2017-07-01', valeur: '47.73', source: isnar('§5.2') },
    ],
  },
  {
    id: 'acte.APC',
    libelle: 'Avis ponctuel de consultant (APC)',
    unite: 'euros',
    avantPremierePeriode: DATE_GUIDE,
    periodes: [
      { depuis: '2017-01-01', valeur: '46', source: isnar('§5.2 (ancien tarif)') },
      { depuis: '2017-10-01', valeur: '48', source: isnar('§5.2') },
      {
        depuis: '2018-06-01',
        valeur: '50',
        source: isnar('§5.2'),
        note: "Une valeur intermédiaire de 56,50 € est citée par les sources externes sans date d'effet : les dates entre le 1er juin 2018 et le 22 décembre 2024 sont refusées plutôt que de montrer 50 € comme valeur en vigueur.",
        attesteeJusquau: {
          date: '2018-06-01',
          source: ext('quotidien-apc-2018', '« porté à 50 euros, à compter de ce 1er juin 2018 »'),
          pourquoi:
            "les sources du cours citent ensuite une valeur de 56,50 € (remplacée par 60 € le 22 décembre 2024) sans en donner la date d'effet : entre ces deux dates, on ne sait pas si l'APC valait 50 € ou 56,50 €.",
        },
      },
      { depuis: '2024-12-22', valeur: '60', source: ext('ameli-convention-2024'), externe: true, note: 'APC 56,50 € → 60 €.' },
    ],
  },
  {
    id: 'acte.APCPsy',
    libelle: 'Avis ponctuel de consultant des psychiatres, neuropsychiatres ou neurologues',
    unite: 'euros',
    avantPremierePeriode: DATE_GUIDE,
    periodes: [
      { depuis: '2017-01-01', valeur: '57.50', source: isnar('§5.2 (ancien tarif)') },
      { depuis: '2017-10-01', valeur: '60', source: isnar('§5.2') },
      { depuis: '2018-06-01', valeur: '62.50', source: isnar('§5.2') },
    ],
  },
  {
    id: 'acte.APCPUPH',
    libelle: 'Avis ponctuel de consultant des professeurs des universités-praticiens hospitaliers',
    unite: 'euros',
    avantPremierePeriode: DATE_GUIDE,
    periodes: [{ depuis: '2017-01-01', valeur: '69', source: isnar('§5.2'), note: '« maintenu à 69 euros ».' }],
  },
];
