/** Exercise kinds of the "histoire" theme: tariff at a date, installation aid. */
import { creerAlea } from '../random.js';
import { definition, lireValeur, valeurConnue, enregistrer } from '../parametres/registre.js';
import { tarifs } from '../parametres/tarifs.js';
import { parametresCdc } from '../parametres/cdc.js';
import { tarifActe } from '../rules/tarifs.js';
import { aideInstallation } from '../rules/forfaits.js';
import { D } from '../decimal.js';
import type { ExerciseKind } from './types.js';
import { noter, solution, type ErreurType } from './noter.js';
import { dateAleatoire, dateConnue, formatDate, val, txt } from './outils.js';

// The families whose ids this module names (parametres/registre.ts).
enregistrer(tarifs, parametresCdc);

const ACTES_EXERCICE = ['G', 'consultationCoordonnee', 'CNPSY', 'CSC', 'APC', 'APCPsy', 'consultationComplexe', 'consultationTresComplexe'] as const;

interface ParamsTarif extends Record<string, unknown> {
  acte: (typeof ACTES_EXERCICE)[number];
  date: string;
}

export const tarifALaDate: ExerciseKind<ParamsTarif> = {
  id: 'tarif-a-la-date',
  titre: 'Le tarif d’un acte à une date',
  theme: 'histoire',
  generate(seed) {
    const a = creerAlea(seed);
    const acte = a.choix(ACTES_EXERCICE);
    // Mostly the 2017-2018 revaluations of the guide (ISNAR §5.2); G also later (external values).
    // Never a date whose value no source gives (APC between June 2018 and December 2024).
    const date = dateConnue(a, `acte.${acte}`, 2017, acte === 'G' ? 2025 : 2019);
    return { acte, date };
  },
  enonce: (p) => `Quel était le tarif de l’acte « ${definition(`acte.${p.acte}`).libelle} » le ${formatDate(p.date)} ? Répondez en euros.`,
  solve: (p) => solution(tarifActe(p.acte, p.date), 'euros'),
  grade(p, raw) {
    const sol = this.solve(p);
    const erreurs: ErreurType[] = definition(`acte.${p.acte}`).periodes.map((per) => ({
      valeur: lireValeur(per.valeur),
      erreur: `c’est la valeur en vigueur à partir du ${formatDate(per.depuis)} : vérifiez la date de la revalorisation.`,
    }));
    // The GP's consultation without its MMG (from 1 May 2017 until it was absorbed in G).
    if (p.acte === 'G' && valeurConnue('acte.MMG', p.date) && val('acte.MMG', p.date).greaterThan(0)) {
      erreurs.push({
        valeur: sol.valeur.minus(val('acte.MMG', p.date)),
        erreur: `la majoration MMG de ${txt('acte.MMG', p.date)} (1er mai 2017) a été oubliée.`,
      });
    }
    return noter(raw, sol, erreurs);
  },
  indices: (p) => [
    'Cherchez l’acte dans le tableau des revalorisations (guide ISNAR §5.2).',
    'Repérez les dates de revalorisation qui encadrent la date demandée.',
    p.acte === 'G'
      ? `Au 1er mai 2017, la consultation du généraliste = C ${txt('acte.CS', '2017-05-01')} + MMG ${txt('acte.MMG', '2017-05-01')}.`
      : 'Une revalorisation ne s’applique qu’à partir de sa date d’effet.',
  ],
};

interface ParamsAide extends Record<string, unknown> {
  medecins: number;
  annee: 1 | 2;
  date: string;
}

export const aideInstallationExercice: ExerciseKind<ParamsAide> = {
  id: 'aide-installation',
  titre: 'Le contrat d’aide à l’installation',
  theme: 'histoire',
  generate(seed) {
    const a = creerAlea(seed);
    return { medecins: a.entier(1, 12), annee: a.choix([1, 2] as const), date: dateAleatoire(a, 2017, 2019) };
  },
  enonce: (p) =>
    `En ${p.date.slice(0, 4)}, ${p.medecins} jeune${p.medecins > 1 ? 's' : ''} médecin${p.medecins > 1 ? 's' : ''} signe${p.medecins > 1 ? 'nt' : ''} le contrat d’aide à l’installation en zone déficitaire de la convention de 2016. En supposant l’aide répartie également sur sa durée, quel montant total l’Assurance Maladie verse-t-elle à ce groupe au titre de la ${p.annee === 1 ? 'première' : 'deuxième'} année ?`,
  solve(p) {
    const r = aideInstallation({ date: p.date, annee: p.annee });
    const total = r.valeur.mul(p.medecins);
    return solution(
      {
        valeur: total,
        etapes: [
          ...r.etapes,
          {
            genre: 'operation',
            libelle: 'total pour le groupe',
            formule: 'versement annuel × nombre de médecins',
            operandes: [
              { nom: 'versement annuel', valeur: r.valeur, unite: 'euros' },
              { nom: 'nombre de médecins', valeur: D(p.medecins), unite: 'nombre' },
            ],
            resultat: { valeur: total, unite: 'euros' },
          },
        ],
      },
      'euros',
    );
  },
  grade(p, raw) {
    const sol = this.solve(p);
    const total = val('aideInstallation.montant', p.date);
    const parAn = aideInstallation({ date: p.date, annee: p.annee }).valeur;
    return noter(raw, sol, [
      { valeur: total.mul(p.medecins), erreur: 'c’est l’aide totale sur toute la durée, pas le versement d’une année.' },
      { valeur: parAn, erreur: 'c’est le versement d’un seul médecin : multipliez par le nombre de médecins.' },
      { valeur: total, erreur: 'c’est l’aide totale d’un seul médecin.' },
    ]);
  },
  indices: (p) => [
    `L’aide forfaitaire est de ${txt('aideInstallation.montant', p.date)} versée sur ${val('aideInstallation.duree', p.date).toString()} ans (guide ISNAR §2.2).`,
    'Le guide ne donne pas l’échéancier : on suppose des versements égaux (ambiguïté 19).',
  ],
};
