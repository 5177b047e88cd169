/**
 * Parameters read in the Cour des comptes 2022 chapter (forfait patientèle,
 * majorations for unscheduled care, OPTAM) and the installation aid of the
 * 2016 convention (ISNAR §2.2).
 */
import type { DefinitionParametre } from './types.js';
import { isnar, cdc, ext } from './sources.js';

const FPMT = 'le forfait patientèle médecin traitant est entré en vigueur le 1er janvier 2018 (CdC II-A-2, note 160).';
const CONVENTION_2016 =
  "mesure créée par la convention médicale de 2016, entrée en vigueur au lendemain de la publication au JO (23 octobre 2016) de son arrêté d'approbation ; la date d'effet propre de la mesure n'est pas donnée par les sources.";
const NOTE_CONVENTION =
  "Date retenue : entrée en vigueur de la convention 2016 (JO du 23 octobre 2016, voir ambiguïté 16) ; la date d'effet propre à la mesure n'est pas donnée.";
const OPTAM = "l'OPTAM est en vigueur depuis janvier 2017 (CdC II-B-3).";

export const parametresCdc: DefinitionParametre[] = [
  {
    id: 'fpmt.base',
    libelle: 'Forfait patientèle médecin traitant : par patient (cas général)',
    unite: 'euros',
    avantPremierePeriode: FPMT,
    ambiguites: ['a12'],
    periodes: [{ depuis: '2018-01-01', valeur: '5', source: cdc('II-A-2, note 161') }],
  },
  {
    id: 'fpmt.enfant',
    libelle: 'Forfait patientèle médecin traitant : enfant de 0 à 6 ans',
    unite: 'euros',
    avantPremierePeriode: FPMT,
    ambiguites: ['a12'],
    periodes: [{ depuis: '2018-01-01', valeur: '6', source: cdc('II-A-2, note 161') }],
  },
  {
    id: 'fpmt.plus80OuAld',
    libelle: 'Forfait patientèle médecin traitant : patient de plus de 80 ans ou en ALD',
    unite: 'euros',
    avantPremierePeriode: FPMT,
    ambiguites: ['a12'],
    periodes: [{ depuis: '2018-01-01', valeur: '42', source: cdc('II-A-2, note 161') }],
  },
  {
    id: 'fpmt.plus80EtAld',
    libelle: 'Forfait patientèle médecin traitant : patient de plus de 80 ans et en ALD',
    unite: 'euros',
    avantPremierePeriode: FPMT,
    ambiguites: ['a12'],
    periodes: [
      {
        depuis: '2018-01-01',
        valeur: '70',
        source: cdc('II-A-2, note 161'),
        note: "Une source de presse externe annonce 100 € en 2026 sans date d'effet précise : non intégré.",
      },
    ],
  },
  {
    id: 'majoration48h.specialisteCorrespondant',
    libelle: 'Majoration du spécialiste recevant dans les 48 heures un patient adressé par un autre médecin',
    unite: 'euros',
    avantPremierePeriode: CONVENTION_2016,
    periodes: [{ depuis: '2016-10-24', valeur: '15', source: cdc('II-B-2'), note: NOTE_CONVENTION }],
  },
  {
    id: 'majoration48h.medecinAdresseur',
    libelle: 'Rémunération du médecin qui adresse le patient vu dans les 48 heures',
    unite: 'euros',
    avantPremierePeriode: CONVENTION_2016,
    periodes: [{ depuis: '2016-10-24', valeur: '5', source: cdc('II-B-2'), note: NOTE_CONVENTION }],
  },
  {
    id: 'majoration48h.delaiMaximalHeures',
    libelle: 'Délai maximal entre l’adressage et la consultation pour la majoration du patient adressé (heures)',
    unite: 'nombre',
    avantPremierePeriode: CONVENTION_2016,
    periodes: [
      { depuis: '2016-10-24', valeur: '48', source: cdc('II-B-2'), note: `« Dans les 48 heures », lu comme un délai d’au plus 48 heures. ${NOTE_CONVENTION}` },
    ],
  },
  {
    id: 'majoration48h.medecinTraitantRegulation',
    libelle: 'Majoration du médecin traitant prenant en charge son patient adressé par la régulation départementale',
    unite: 'euros',
    avantPremierePeriode: CONVENTION_2016,
    periodes: [
      {
        depuis: '2016-10-24',
        valeur: '15',
        source: cdc('II-B-2'),
        note: `La CdC ne fixe pas de délai de 48 heures pour cette seconde majoration. ${NOTE_CONVENTION}`,
      },
    ],
  },
  {
    id: 'aideInstallation.montant',
    libelle: "Aide forfaitaire du contrat d'aide à l'installation en zone déficitaire",
    unite: 'euros',
    avantPremierePeriode: CONVENTION_2016,
    ambiguites: ['a19'],
    periodes: [{ depuis: '2016-10-24', valeur: '50000', source: isnar('§2.2 (convention 2016)'), note: NOTE_CONVENTION }],
  },
  {
    id: 'aideInstallation.duree',
    libelle: "Durée de versement de l'aide à l'installation (années)",
    unite: 'nombre',
    avantPremierePeriode: CONVENTION_2016,
    ambiguites: ['a19'],
    periodes: [{ depuis: '2016-10-24', valeur: '2', source: isnar('§2.2 (convention 2016)'), note: NOTE_CONVENTION }],
  },
  {
    id: 'optam.ecartMaximum',
    libelle: "Écart maximal aux engagements OPTAM au-delà duquel la prime n'est pas versée (points)",
    unite: 'nombre',
    avantPremierePeriode: OPTAM,
    ambiguites: ['a11'],
    periodes: [{ depuis: '2017-01-01', valeur: '5', source: cdc('II-B-3, note 173') }],
  },
  ...(
    [
      ['1', '1', 'Écart de 0 à 1 point : non indiqué par la source, 100 % présumé (comme « en l’absence d’écart »).'],
      ['2', '0.90', undefined],
      ['3', '0.70', undefined],
      ['4', '0.50', undefined],
      ['5', '0.30', undefined],
    ] as const
  ).map(([n, valeur, note]): DefinitionParametre => ({
    id: `optam.modulation.jusqua${n}`,
    // eslint-disable-next-line no-restricted-syntax -- n is a count of points ('1'…'5') in a label, not an amount
    libelle: `Part de la prime OPTAM versée pour un écart ${n === '1' ? 'd’au plus 1 point' : `de plus de ${Number(n) - 1} et au plus ${n} points`}`,
    unite: 'taux',
    avantPremierePeriode: OPTAM,
    ambiguites: ['a11'],
    periodes: [
      {
        depuis: '2017-01-01',
        valeur,
        source: ext('synmad-optam-2017'),
        externe: true,
        ...(note ? { note } : {}),
      },
    ],
  })),
];
