// Cour des comptes 2022 chapter: tableau n° 23 (I-A), FPMT (II-A-2, note 161), majorations 48 h (II-B-2), OPTAM (II-B-3, note 173);
// installation aid (ISNAR §2.2).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
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
  formatNombre,
  hausseTableau23,
  partCroissancePostesTableau23,
  recompositionTcamTableau23,
  ecartPartCroissanceCour,
  rapportTableau23,
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

describe('CdC I-A, tableau n° 23 : les calculs du chapitre', () => {
  const LIGNES_HONORAIRES = ['honorairesMedicauxDentaires', 'honorairesParamedicaux', 'laboratoires'] as const;
  it('hausses 2015 → 2019 : 83 143 − 68 019 = 15 124 ; 22 905 − 18 017 = 4 888 ; 11 802 − 8 883 = 2 919 ; 3 281 − 2 843 = 438 M€', () => {
    const h = (l: (typeof TABLEAU_23)[number]['id']) => hausseTableau23({ lignes: [l], de: 2015, a: 2019 }).valeur.toString();
    expect([h('soinsDeVille'), ...LIGNES_HONORAIRES.map(h)]).toEqual(['15124', '4888', '2919', '438']);
    expect(hausseTableau23({ lignes: [...LIGNES_HONORAIRES], de: 2015, a: 2019 }).valeur.toString()).toBe('8245');
  });
  it('CdC I-A « 55 % » : (4 888 + 2 919 + 438) ÷ 15 124 = 8 245 ÷ 15 124 = 54,5 %', () => {
    const r = partCroissancePostesTableau23({ lignes: [...LIGNES_HONORAIRES], de: 2015, a: 2019 });
    expect(r.valeur.equals(D(8245).div(15124))).toBe(true);
    expect(pct1(r.valeur)).toBe('54,5 %');
  });
  it('une seule ligne : la même part que partCroissanceTableau23 (642 ÷ 1 908 en 2017 → 2018)', () => {
    const r = partCroissancePostesTableau23({ lignes: ['honorairesMedicauxDentaires'], de: 2017, a: 2018 });
    expect(r.valeur.equals(partCroissanceTableau23('honorairesMedicauxDentaires', 2017, 2018).valeur)).toBe(true);
    expect(() => partCroissancePostesTableau23({ lignes: ['soinsDeVille'], de: 2015, a: 2019 })).toThrow(/total/);
  });
  it('propriété : la hausse de plusieurs lignes est la somme de leurs hausses (additivité)', () => {
    fc.assert(
      fc.property(
        fc.subarray([...LIGNES_HONORAIRES], { minLength: 1 }),
        fc.integer({ min: 2015, max: 2018 }),
        fc.integer({ min: 1, max: 4 }),
        (lignes, de, n) => {
          const a = Math.min(de + n, 2019);
          const ensemble = hausseTableau23({ lignes, de, a }).valeur;
          const seules = lignes.map((l) => hausseTableau23({ lignes: [l], de, a }).valeur).reduce((s, x) => s.plus(x), D(0));
          return ensemble.equals(seules);
        },
      ),
    );
  });
  it('taux annuels des soins de ville : 2 228 ÷ 68 019 = 3,3 % ; 2 236 ÷ 70 247 = 3,2 % ; 1 908 ÷ 72 483 = 2,6 % ; 8 752 ÷ 74 391 = 11,8 %', () => {
    const r = tcam([...TABLEAU_23[0]!.valeurs]);
    expect(r.tauxAnnuels.map(pct1)).toEqual(['3,3 %', '3,2 %', '2,6 %', '11,8 %']);
    expect(r.tauxAnnuels[3]!.equals(D(8752).div(74391))).toBe(true);
  });
  it('recomposition : 18 017 × 1,0618⁴ ≈ 22 901 M€ (taux composé) ; 18 017 × 1,0633⁴ ≈ 23 031 M€, 126 M€ de trop (moyenne arithmétique)', () => {
    const geo = recompositionTcamTableau23({ ligne: 'honorairesMedicauxDentaires', methode: 'geometrique' });
    const ari = recompositionTcamTableau23({ ligne: 'honorairesMedicauxDentaires' });
    expect(geo.valeur.equals(D(18017).mul(D('1.0618').pow(4)))).toBe(true);
    expect(geo.valeur.toDecimalPlaces(0).toString()).toBe('22901');
    expect(ari.valeur.equals(D(18017).mul(D('1.0633').pow(4)))).toBe(true);
    expect(ari.valeur.toDecimalPlaces(0).toString()).toBe('23031');
    expect(ari.ecart.toDecimalPlaces(0).toString()).toBe('126');
  });
  it('chaque ligne : le taux composé arrondi au centième de point ramène à moins de 0,05 % de la valeur de 2019', () => {
    for (const l of TABLEAU_23) {
      const r = recompositionTcamTableau23({ ligne: l.id, methode: 'geometrique' });
      expect(r.ecart.abs().div(l.valeurs[4]!).lessThan('0.0005')).toBe(true);
    }
  });
  it('ambiguïté 14 : écart entre le tableau et la Cour — 24,5 − 21 = 3,5 ; 22,0 − 21 = 1,0 ; 33,6 − 28,4 = 5,2 ; 36,65 − 21 = 15,7 points', () => {
    // 546 ÷ 2 228 = 24,51 % ; 492 ÷ 2 236 = 22,00 % ; 642 ÷ 1 908 = 33,65 % ; 3 208 ÷ 8 752 = 36,65 %.
    const e = (de: number) => formatNombre(ecartPartCroissanceCour({ de, a: de + 1 }).valeur, 1);
    expect([2015, 2016, 2017, 2018].map(e)).toEqual(['3,5', '1,0', '5,2', '15,7']);
    expect(() => ecartPartCroissanceCour({ de: 2015, a: 2019 })).toThrow(/consécutives/);
  });
  it('ambiguïté 15 : 350 ÷ 83 143 = 0,42 % ; 400 ÷ 68 019 = 0,59 % (pas les 0,2 à 0,4 % de la Cour)', () => {
    expect(formatTaux(rapportTableau23({ montant: '350', ligne: 'soinsDeVille', annee: 2019 }).valeur, 2)).toBe('0,42\u00A0%');
    expect(formatTaux(rapportTableau23({ montant: '400', ligne: 'soinsDeVille', annee: 2015 }).valeur, 2)).toBe('0,59\u00A0%');
    expect(() => rapportTableau23({ montant: '400', ligne: 'soinsDeVille', annee: 2020 })).toThrow(/2015 à 2019/);
  });
});
