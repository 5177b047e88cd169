// Cour des comptes 2022 chapter: tableau n° 23 (I-A), FPMT (II-A-2, note 161), majorations 48 h (II-B-2), OPTAM (II-B-3, note 173);
// installation aid (ISNAR §2.2).
import { describe, it, expect } from 'vitest';
import {
  tcamTableau23,
  tcam,
  partCroissanceTableau23,
  TABLEAU_23,
  forfaitPatienteleMedecinTraitant,
  categorieFpmt,
  primeOptam,
  majorationAdresse48h,
  aideInstallation,
  formatTaux,
  D,
} from '../../src/engine/index';

const pct1 = (d: ReturnType<typeof D>) => formatTaux(d, 1).replace('\u00A0', ' ');

describe('CdC I-A, tableau n° 23', () => {
  const lignes = tcamTableau23();
  it('les valeurs lues dans le texte de la Cour (M€, 2015 → 2019)', () => {
    expect(TABLEAU_23[0]?.valeurs).toEqual(['68019', '70247', '72483', '74391', '83143']);
    expect(TABLEAU_23[3]?.valeurs).toEqual(['2843', '2901', '2934', '2901', '3281']);
  });
  it('CdC tableau n° 23 : TCAM 5,2 %, 6,3 %, 7,5 %, 3,8 % = moyenne arithmétique des taux annuels (ambiguïté 13)', () => {
    expect(lignes.map((l) => pct1(l.arithmetique.valeurArrondie))).toEqual(['5,2 %', '6,3 %', '7,5 %', '3,8 %']);
    for (const l of lignes) expect(l.arithmetique.valeurArrondie.equals(l.tcamPublie)).toBe(true);
  });
  it('ambiguïté 13 : le taux composé donne 5,1 %, 6,2 %, 7,4 %, 3,6 % et ne reproduit pas le tableau', () => {
    expect(lignes.map((l) => pct1(l.geometrique.valeurArrondie))).toEqual(['5,1 %', '6,2 %', '7,4 %', '3,6 %']);
  });
  it('CdC I-A : +15 Md€ de soins de ville 2015-2019, dont 5 Md€ d’honoraires médicaux et dentaires, 3 Md€ paramédicaux, 0,4 Md€ de laboratoires, « un peu plus de la moitié (55 %) »', () => {
    const v = (i: number) => TABLEAU_23[i]!.valeurs;
    const hausse = (i: number) => D(v(i)[4]!).minus(v(i)[0]!);
    expect(hausse(0).div(1000).toDecimalPlaces(0).toString()).toBe('15');
    expect(hausse(1).div(1000).toDecimalPlaces(0).toString()).toBe('5');
    expect(hausse(2).div(1000).toDecimalPlaces(0).toString()).toBe('3');
    expect(hausse(3).div(1000).toDecimalPlaces(1).toString()).toBe('0.4');
    const parts = [1, 2, 3].map((i) => partCroissanceTableau23(TABLEAU_23[i]!.id, 2015, 2019).valeur);
    expect(pct1(parts.reduce((a, b) => a.plus(b))).startsWith('54,5')).toBe(true); // arrondi à l'unité : 55 %
  });
  it('ambiguïté 14 : de 2017 à 2018 le tableau donne 642 / 1 908 = 33,6 %, pas les 28,4 % cités', () => {
    expect(pct1(partCroissanceTableau23('honorairesMedicauxDentaires', 2017, 2018).valeur)).toBe('33,6 %');
  });
  it('tcam refuse les séries impossibles', () => {
    expect(() => tcam(['100'])).toThrow(expect.objectContaining({ code: 'ENTREE_INVALIDE' }));
    expect(() => tcam(['0', '100'])).toThrow(expect.objectContaining({ code: 'ENTREE_INVALIDE' }));
  });
});

describe('CdC II-A-2, note 161 : forfait patientèle médecin traitant', () => {
  it('5 € par patient, 6 € par enfant de 0 à 6 ans, 42 € plus de 80 ans ou ALD, 70 € plus de 80 ans et ALD', () => {
    const r = forfaitPatienteleMedecinTraitant({ date: '2018-01-01', patients: { enfants: 10, plus80OuAld: 10, plus80EtAld: 10, autres: 10 } });
    expect(r.valeur.toString()).toBe(String(10 * 6 + 10 * 42 + 10 * 70 + 10 * 5));
  });
  it('ambiguïté 12 : un enfant en ALD compte 42 € (lecture retenue) ou 6 €', () => {
    const r = forfaitPatienteleMedecinTraitant({ date: '2018-01-01', patients: { enfantsAld: 1 } });
    expect(r.valeur.toString()).toBe('42');
    expect(r.autresLectures[0]?.valeur?.toString()).toBe('6');
    expect(categorieFpmt(6, false)).toBe('enfant');
    expect(categorieFpmt(7, false)).toBe('base');
    expect(categorieFpmt(80, false)).toBe('plus80OuAld');
    expect(categorieFpmt(85, true)).toBe('plus80EtAld');
    expect(categorieFpmt(3, true)).toBe('plus80OuAld');
  });
  it('entré en vigueur le 1er janvier 2018 (note 160)', () => {
    expect(() => forfaitPatienteleMedecinTraitant({ date: '2017-12-31', patients: { autres: 1 } })).toThrow(
      expect.objectContaining({ code: 'DATE_ANTERIEURE' }),
    );
  });
});

describe('CdC II-B-3, note 173 : prime OPTAM (ambiguïté 11)', () => {
  const base = { date: '2018-06-01', honorairesTarifOpposable: '100000', tauxSpecialite: '0.083' };
  it('sans écart, prime versée à 100 % (taux de spécialité × honoraires à tarif opposable)', () => {
    const r = primeOptam({ ...base, ecartTauxDepassement: '0', ecartActiviteOpposable: '0' });
    expect(r.valeur.toString()).toBe('8300');
    expect(r.lectureCdc?.toString()).toBe('8300');
  });
  it('au-delà de cinq points, la prime n’est pas versée', () => {
    const r = primeOptam({ ...base, ecartTauxDepassement: '5.5', ecartActiviteOpposable: '0' });
    expect(r.valeur.toString()).toBe('0');
    expect(r.lectureCdc?.toString()).toBe('0');
  });
  it('barème externe (Synmad) : 2,5 points → 70 % ; la CdC seule ne dit rien (lecture indéterminée)', () => {
    const r = primeOptam({ ...base, ecartTauxDepassement: '2.5', ecartActiviteOpposable: '1' });
    expect(r.valeur.toString()).toBe('5810');
    expect(r.lectureCdc).toBeNull();
    expect(primeOptam({ ...base, ecartTauxDepassement: '5', ecartActiviteOpposable: '0' }).valeur.toString()).toBe('2490');
  });
  it('taux de spécialité au-delà de 100 % : erreur typée', () => {
    expect(() => primeOptam({ ...base, tauxSpecialite: '1.5', ecartTauxDepassement: '0', ecartActiviteOpposable: '0' })).toThrow(
      expect.objectContaining({ code: 'TAUX_HORS_BORNES' }),
    );
  });
});

describe('CdC II-B-2 : majorations du patient adressé vu dans les 48 heures', () => {
  it('15 € pour le spécialiste, 5 € pour le médecin qui adresse ; 48 h incluses', () => {
    const r = majorationAdresse48h({ date: '2018-01-01', delaisHeures: [12, 48, 49, 72] });
    expect(r.patientsDans48h).toBe(2);
    expect(r.valeur.toString()).toBe('30');
    expect(r.totalAdresseurs.toString()).toBe('10');
  });
});

describe('ISNAR §2.2 : aide à l’installation de 50 000 € sur deux ans (ambiguïté 19)', () => {
  it('25 000 € par an sous l’hypothèse d’une répartition égale', () => {
    expect(aideInstallation({ date: '2017-01-01' }).valeur.toString()).toBe('50000');
    const r = aideInstallation({ date: '2017-01-01', annee: 2 });
    expect(r.valeur.toString()).toBe('25000');
    expect(r.etapes.some((e) => e.ambiguite === 'a19')).toBe(true);
    expect(() => aideInstallation({ date: '2017-01-01', annee: 3 })).toThrow(expect.objectContaining({ code: 'ENTREE_INVALIDE' }));
  });
});
