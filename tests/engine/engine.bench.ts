// Throughput of every rule, of generate + solve + grade per exercise kind, and of a 40-question self-assessment.
// Vitest 5 benchmark API (bench is a test-context fixture). Run: npm exec -- vitest bench --run tests/engine
import { test } from 'vitest';
import {
  tarifActe,
  priseEnChargeConsultation,
  plafondDepassementAutorise,
  ratioHonorairesSansDepassement,
  tauxDepassement,
  cotisationsPriseEnCharge,
  tauxAllocationsFamiliales,
  redevanceActiviteLiberale,
  forfaitPatienteleMedecinTraitant,
  primeOptam,
  tcamTableau23,
  majorationAdresse48h,
  aideInstallation,
  exercices,
  autoEvaluation,
  formatEuros,
  formatTaux,
  parseMontant,
  type Solution,
} from '../../src/engine/index';

const OPTIONS = { time: 300, warmupTime: 50 };
const afficher = (s: Solution) => (s.unite === 'euros' ? formatEuros(s.valeur) : formatTaux(s.valeur));
const parSeconde = (n: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 }).format(n);

test('règles : évaluations par seconde', async ({ bench }) => {
  const regles: Array<[string, () => unknown]> = [
    ['tarifActe', () => tarifActe('G', '2017-05-02')],
    [
      'priseEnChargeConsultation',
      () =>
        priseEnChargeConsultation({
          situation: 'secteur2NonOptam',
          date: '2017-06-01',
          montantFacture: '40',
          complementaire: { ticketModerateur: true, plafondDepassements: 1 },
        }),
    ],
    ['plafondDepassementAutorise', () => plafondDepassementAutorise({ date: '2017-07-01' })],
    [
      'ratioHonorairesSansDepassement',
      () =>
        ratioHonorairesSansDepassement({
          date: '2017-07-01',
          actes: [
            { tarif: '25', montantFacture: '25', nombre: 700 },
            { tarif: '25', montantFacture: '29', nombre: 300 },
          ],
        }),
    ],
    ['tauxDepassement', () => tauxDepassement({ montantFacture: '60', tarifOpposable: '30' })],
    ['tauxAllocationsFamiliales', () => tauxAllocationsFamiliales('50000', '2017-06-01')],
    ['cotisationsPriseEnCharge', () => cotisationsPriseEnCharge({ revenu: '50000', date: '2017-06-01', cotisationAsv: '4500' })],
    [
      'redevanceActiviteLiberale',
      () =>
        redevanceActiviteLiberale({
          date: '2017-06-01',
          etablissement: 'CHU',
          actes: [
            { categorie: 'consultation', tarif: '30', nombre: 40 },
            { categorie: 'imagerieBiologie', tarif: '80', nombre: 5 },
          ],
        }),
    ],
    [
      'forfaitPatienteleMedecinTraitant',
      () => forfaitPatienteleMedecinTraitant({ date: '2018-06-01', patients: { enfants: 100, plus80OuAld: 200, plus80EtAld: 50, autres: 800 } }),
    ],
    [
      'primeOptam',
      () =>
        primeOptam({
          date: '2018-06-01',
          honorairesTarifOpposable: '100000',
          tauxSpecialite: '0.083',
          ecartTauxDepassement: '2.5',
          ecartActiviteOpposable: '1',
        }),
    ],
    ['tcamTableau23 (4 lignes × 2 méthodes)', () => tcamTableau23()],
    ['majorationAdresse48h', () => majorationAdresse48h({ date: '2018-06-01', delaisHeures: [12, 48, 49, 72] })],
    ['aideInstallation', () => aideInstallation({ date: '2017-06-01', annee: 1 })],
    ['parseMontant', () => parseMontant('1 234,56 €')],
  ];
  const res = await bench.compare(
    ...regles.map(([nom, f]) =>
      bench(nom, () => {
        f();
      }),
    ),
    OPTIONS,
  );
  for (const [nom] of regles) console.log(`${nom} : ${parSeconde(res.get(nom).throughput.mean)} évaluations/s`);
});

test('exercices : generate + solve + grade par seconde', async ({ bench }) => {
  const kinds = Object.values(exercices);
  const res = await bench.compare(
    ...kinds.map((k) => {
      let seed = 1;
      return bench(k.id, () => {
        const p = k.generate(seed++);
        k.grade(p, afficher(k.solve(p)));
      });
    }),
    OPTIONS,
  );
  for (const k of kinds) console.log(`${k.id} : ${parSeconde(res.get(k.id).throughput.mean)} exercices/s`);
});

test('auto-évaluation : 40 questions générées, résolues et notées', async ({ bench }) => {
  let seed = 1;
  const r = await bench('auto-évaluation de 40 questions (tour de rôle sur les 12 familles)', () => {
    for (const q of autoEvaluation(seed++, 40)) {
      const k = exercices[q.exercice]!;
      k.grade(q.params, afficher(k.solve(q.params)));
    }
  }).run(OPTIONS);
  console.log(`auto-évaluation de 40 questions : ${r.latency.mean.toFixed(2)} ms en moyenne (objectif < 5 ms)`);
});
