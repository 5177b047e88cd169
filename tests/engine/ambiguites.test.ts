// The ambiguity registry (src/engine/ambiguites.ts, numbered 1 to 21) and its use in the rules' traces.
import { describe, it, expect } from 'vitest';
import {
  ambiguites,
  priseEnChargeConsultation,
  plafondDepassementAutorise,
  ratioHonorairesSansDepassement,
  tauxDepassement,
  cotisationsPriseEnCharge,
  redevanceActiviteLiberale,
  forfaitPatienteleMedecinTraitant,
  primeOptam,
  tcam,
  aideInstallation,
  type ResultatRegle,
} from '../../src/engine/index';

const nommees = (r: ResultatRegle) => new Set([...r.etapes.map((e) => e.ambiguite), ...r.autresLectures.map((l) => l.ambiguite)].filter(Boolean));

describe('registre des ambiguïtés', () => {
  it('numéros 1 à 21 du registre des ambiguïtés, textes en français non vides', () => {
    const nums = Object.values(ambiguites)
      .map((a) => a.numero)
      .sort((a, b) => a - b);
    expect(nums).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    for (const [id, a] of Object.entries(ambiguites)) {
      expect(id).toBe(`a${a.numero}`);
      expect(a.titre.length).toBeGreaterThan(5);
      expect(a.lectureRetenue.length).toBeGreaterThan(10);
      expect(a.pourquoi.length).toBeGreaterThan(10);
    }
  });
  it.each([
    [
      'patient secteur 2 hors OPTAM (8, 9, 20)',
      () => priseEnChargeConsultation({ situation: 'secteur2NonOptam', date: '2017-06-01', montantFacture: '40' }),
      ['a8', 'a9', 'a20'],
    ],
    ['non conventionné (10)', () => priseEnChargeConsultation({ situation: 'nonConventionne', date: '2017-06-01', montantFacture: '40' }), ['a10']],
    ['plafond DA (4)', () => plafondDepassementAutorise({ date: '2017-07-01' }), ['a4']],
    ['ratio 70 % (6)', () => ratioHonorairesSansDepassement({ date: '2017-07-01', actes: [{ tarif: '25', montantFacture: '25' }] }), ['a6']],
    ['taux de dépassement (7)', () => tauxDepassement({ montantFacture: '60', tarifOpposable: '30' }), ['a7']],
    ['cotisations (1, 2, 3, 17)', () => cotisationsPriseEnCharge({ revenu: '50000', date: '2017-06-01' }), ['a1', 'a2', 'a3', 'a17']],
    [
      'redevance (18)',
      () => redevanceActiviteLiberale({ date: '2017-06-01', etablissement: 'CH', actes: [{ categorie: 'consultation', tarif: '25' }] }),
      ['a18'],
    ],
    ['FPMT (12)', () => forfaitPatienteleMedecinTraitant({ date: '2018-06-01', patients: { autres: 1 } }), ['a12']],
    [
      'OPTAM (11)',
      () =>
        primeOptam({ date: '2018-06-01', honorairesTarifOpposable: '1000', tauxSpecialite: '0.07', ecartTauxDepassement: '1', ecartActiviteOpposable: '0' }),
      ['a11'],
    ],
    ['TCAM (13)', () => tcam(['100', '110', '120']), ['a13']],
    ['aide à l’installation (19)', () => aideInstallation({ date: '2017-06-01', annee: 1 }), ['a19']],
    [
      'CAS maintenu après 2016, autre lecture (21)',
      () => cotisationsPriseEnCharge({ revenu: '50000', date: '2017-06-01', secteur: 'cas', lecture: 'maintenu-2016', assietteParticipation: '40000' }),
      ['a21'],
    ],
  ] as const)('%s : la trace nomme les ambiguïtés', (_n, f, ids) => {
    const s = nommees(f());
    for (const id of ids) expect(s.has(id), id).toBe(true);
  });
});
