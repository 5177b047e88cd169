/**
 * Patient-side parameters. The seeds only say "70 %" (ISNAR §4.2) and "3 ou 4
 * euros" (§3.3); everything else is external (public sources of src/engine/sources.json), flagged
 * `externe: true` so the course marks it as outside the guide.
 */
import type { DefinitionParametre } from './types.js';
import { isnar, ext } from './sources.js';

export const patient: DefinitionParametre[] = [
  {
    id: 'remboursement.tauxParcours',
    libelle: "Taux de remboursement de l'Assurance Maladie dans le parcours de soins",
    unite: 'taux',
    avantPremierePeriode: 'le guide ISNAR (§4.2) constate ce taux « en 2012 » ; le moteur ne le date pas plus tôt.',
    ambiguites: ['a8'],
    periodes: [
      {
        depuis: '2012-01-01',
        valeur: '0.70',
        source: isnar('§4.2'),
        note: 'Appliqué à la base de remboursement (tarif opposable), jamais au prix facturé.',
      },
    ],
  },
  {
    id: 'remboursement.tauxHorsParcours',
    libelle: 'Taux de remboursement hors parcours de soins coordonnés',
    unite: 'taux',
    avantPremierePeriode:
      "la source externe décrit la règle actuelle sans date d'origine ; le moteur l'applique à partir du 1er janvier 2017, début de la période couverte par le guide.",
    ambiguites: ['a8'],
    periodes: [{ depuis: '2017-01-01', valeur: '0.30', source: ext('service-public-f17042'), externe: true }],
  },
  {
    id: 'participationForfaitaire',
    libelle: 'Participation forfaitaire par consultation',
    unite: 'euros',
    avantPremierePeriode: 'la participation forfaitaire est instaurée en 2005.',
    ambiguites: ['a20'],
    periodes: [
      { depuis: '2005-01-01', valeur: '1', source: ext('pf-2024'), externe: true },
      {
        depuis: '2024-05-15',
        valeur: '2',
        source: ext('pf-2024', 'décision UNCAM, JO du 24 avril 2024'),
        externe: true,
        note: 'Plafonds inchangés : 4 € par jour et par professionnel, 50 € par an ; non remboursable par les complémentaires.',
      },
    ],
  },
  {
    id: 'participationForfaitaire.plafondJournalier',
    libelle: 'Participation forfaitaire : plafond par jour pour un même professionnel',
    unite: 'euros',
    avantPremierePeriode:
      "ce plafond de 4 € par jour et par professionnel date d'un décret de 2007 (ASH) dont le cours ne reprend pas la date d'effet (avant lui : 1 € par jour et par praticien) ; le moteur ne le date pas avant le 1er janvier 2017, début de la période couverte par le guide.",
    ambiguites: ['a20'],
    periodes: [
      {
        depuis: '2017-01-01',
        valeur: '4',
        source: ext('snds-pf'),
        externe: true,
        note: '« Plafonnée à 4 euros par jour pour un même professionnel de santé ».',
      },
      {
        depuis: '2024-05-15',
        valeur: '4',
        source: ext('pf-2024', '« une limite est aussi fixée à 4 euros par jour et par médecin »'),
        externe: true,
        note: 'Lecture retenue (ambiguïté 20) : le plafond reste 4 € par jour avec une participation de 2 €, soit 2 participations. Les textes de 2007 le décrivent comme « 1 € pour chaque consultation … plafonnée à 4 € » : la lecture « 4 participations par jour » (8 €) est calculée aussi.',
      },
    ],
  },
  {
    id: 'participationForfaitaire.plafondJournalierNombre',
    libelle: 'Participation forfaitaire : nombre de participations par jour pour un même professionnel (autre lecture du plafond journalier)',
    unite: 'nombre',
    avantPremierePeriode: 'même date que le plafond journalier en euros (1er janvier 2017 dans le cours).',
    ambiguites: ['a20'],
    periodes: [
      {
        depuis: '2017-01-01',
        valeur: '4',
        source: ext('ash-pf-2007', '« 1 € … pour chaque consultation ou acte réalisé chez un même praticien dans la même journée, plafonnée à 4 € »'),
        externe: true,
        note: 'À 1 € la participation, 4 € par jour = 4 participations : les deux lectures coïncident jusqu’au 14 mai 2024.',
      },
    ],
  },
  {
    id: 'participationForfaitaire.plafondAnnuel',
    libelle: 'Participation forfaitaire : plafond par année civile et par assuré, tous professionnels confondus',
    unite: 'euros',
    avantPremierePeriode:
      'le cours ne date pas ce plafond avant le 1er janvier 2017, début de la période couverte par le guide (il existait déjà en 2007 : « plafond annuel inchangé de 50 € », ASH).',
    ambiguites: ['a20'],
    periodes: [
      { depuis: '2017-01-01', valeur: '50', source: ext('snds-pf'), externe: true, note: '« 50 euros par an par assuré tous professionnels confondus ».' },
      { depuis: '2024-05-15', valeur: '50', source: ext('pf-2024'), externe: true, note: 'Maintenu à 50 € quand la participation passe à 2 €.' },
    ],
  },
  {
    id: 'secteur2.baseNonOptam',
    libelle: 'Base de remboursement d’une consultation chez un médecin de secteur 2 non adhérent à l’OPTAM',
    unite: 'euros',
    avantPremierePeriode: "la source externe donne cette base pour la période de l'OPTAM (créée en janvier 2017).",
    ambiguites: ['a9'],
    periodes: [{ depuis: '2017-01-01', valeur: '23', source: ext('secteur2-base'), externe: true }],
  },
  {
    id: 'tarifAutorite.generaliste',
    libelle: "Tarif d'autorité, consultation d'un généraliste non conventionné",
    unite: 'euros',
    avantPremierePeriode: 'le moteur ne couvre les non-conventionnés qu’à partir de la date du guide (1er janvier 2017).',
    ambiguites: ['a10'],
    periodes: [
      {
        depuis: '2017-01-01',
        valeur: '0.61',
        source: ext('tarif-autorite'),
        externe: true,
        note: 'Les sources externes ne s’accordent pas : base ou remboursement ?',
      },
    ],
  },
  {
    id: 'tarifAutorite.specialiste',
    libelle: "Tarif d'autorité, consultation d'un spécialiste non conventionné",
    unite: 'euros',
    avantPremierePeriode: 'le moteur ne couvre les non-conventionnés qu’à partir de la date du guide (1er janvier 2017).',
    ambiguites: ['a10'],
    periodes: [
      {
        depuis: '2017-01-01',
        valeur: '1.22',
        source: ext('tarif-autorite'),
        externe: true,
        note: 'Les sources externes ne s’accordent pas : base ou remboursement ?',
      },
    ],
  },
  {
    id: 'tarifAutorite.isnarBas',
    libelle: "Tarif d'autorité selon le guide ISNAR (borne basse de « 3 ou 4 euros »)",
    unite: 'euros',
    avantPremierePeriode: 'valeur donnée par le guide ISNAR, daté du 1er janvier 2017.',
    ambiguites: ['a10'],
    periodes: [{ depuis: '2017-01-01', valeur: '3', source: isnar('§3.3') }],
  },
  {
    id: 'tarifAutorite.isnarHaut',
    libelle: "Tarif d'autorité selon le guide ISNAR (borne haute de « 3 ou 4 euros »)",
    unite: 'euros',
    avantPremierePeriode: 'valeur donnée par le guide ISNAR, daté du 1er janvier 2017.',
    ambiguites: ['a10'],
    periodes: [{ depuis: '2017-01-01', valeur: '4', source: isnar('§3.3') }],
  },
];
