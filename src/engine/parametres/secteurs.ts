/**
 * When each secteur option exists, as dated parameters (1: the option exists that day; 0: it no longer
 * does), read by `cotisationsPriseEnCharge` to refuse a secteur that did not exist at the date asked
 * (SECTEUR_INEXISTANT). Secteur 1 and secteur 2 are not listed: both exist over the whole range of the
 * engine's cotisation parameters (from 1 January 2017; secteur 2 was created by the 1980 convention,
 * ISNAR §3.2).
 */
import type { DefinitionParametre } from './types.js';
import { isnar, cdc } from './sources.js';

export const secteurs: DefinitionParametre[] = [
  {
    id: 'secteur.optam.existe',
    libelle: 'Option de pratique tarifaire maîtrisée (OPTAM) en vigueur (1 : oui)',
    unite: 'nombre',
    avantPremierePeriode: 'l’OPTAM est créé par la convention de 2016 et n’est en vigueur que depuis janvier 2017.',
    periodes: [
      {
        depuis: '2017-01-01',
        valeur: '1',
        source: cdc('II-B-3'),
        note: '« deux options en vigueur depuis janvier 2017 : l’option de pratique tarifaire maîtrisée (ou Optam) […] et l’Optam chirurgie et obstétrique ».',
      },
    ],
  },
  {
    id: 'secteur.cas.existe',
    libelle: 'Contrat d’accès aux soins (CAS) en vigueur (1 : oui ; 0 : remplacé par l’OPTAM)',
    unite: 'nombre',
    avantPremierePeriode:
      'le CAS est créé par l’avenant n° 8 à la convention de 2011, signé le 25 octobre 2012 ; sa date d’entrée en vigueur n’est pas dans les sources.',
    ambiguites: ['a21'],
    periodes: [
      {
        depuis: '2012-10-25',
        valeur: '1',
        source: cdc('II-B-3, note 171'),
        note: 'Date de signature de l’avenant n° 8 : la date d’entrée en vigueur du CAS n’est pas dans les sources ; la signature dit seulement « pas avant ».',
      },
      {
        depuis: '2017-01-01',
        valeur: '0',
        source: isnar('§4.5'),
        note: '« Le CAS est donc remplacé par l’Option Pratique Tarifaire Maîtrisée (OPTAM) », en vigueur depuis janvier 2017 ; le §3.2 le dit « maintenu en place par la convention de 2016 » (ambiguïté 21).',
      },
    ],
  },
];
