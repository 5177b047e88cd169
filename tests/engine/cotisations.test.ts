// Cotisations taken over (ISNAR §4.3; ambiguities 1, 2, 3, 17; external aga-ps formula and example).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  cotisationsPriseEnCharge,
  tauxAllocationsFamiliales,
  seuilsAllocationsFamiliales,
  tauxMaladiePrisEnCharge,
  ecartArrondiTauxAf,
  effetSeuilAllocationsFamiliales,
  D,
} from '../../src/engine/index';

describe('tauxAllocationsFamiliales', () => {
  it('ISNAR §4.3 : 2,15 % sous 110 % du PASS (39 228 € en 2017), 5,25 % au-delà de 140 %', () => {
    expect(tauxAllocationsFamiliales('30000', '2017-06-01').valeur.toString()).toBe('0.0215');
    expect(tauxAllocationsFamiliales('60000', '2017-06-01').valeur.toString()).toBe('0.0525');
  });
  it('source « aga-ps-af » : seuils 2017 de 43 151 € et 54 919 € (110 % et 140 % de 39 228 €, arrondis)', () => {
    const r = tauxAllocationsFamiliales('50000', '2017-06-01');
    const seuils = r.etapes.filter((e) => e.libelle.startsWith('seuil') && e.genre === 'operation').map((e) => e.resultat?.valeur.toString());
    expect(seuils).toEqual(['43150.8', '54919.2']);
  });
  it('source « aga-ps-af » : 50 000 € → taux ≈ 3,954 % non arrondi ; 3,95 % si on arrondit', () => {
    const r = tauxAllocationsFamiliales('50000', '2017-06-01');
    expect(r.valeur.toDecimalPlaces(5).toString()).toBe('0.03954');
    expect(r.autresLectures[0]?.valeur?.toString()).toBe('0.0395');
  });
  it('propriété : taux continu et non décroissant en fonction du revenu', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 1, max: 100_000 }), (centimes, delta) => {
        const r1 = D(centimes).div(100);
        const r2 = r1.plus(D(delta).div(100));
        const t1 = tauxAllocationsFamiliales(r1, '2017-06-01').valeur;
        const t2 = tauxAllocationsFamiliales(r2, '2017-06-01').valeur;
        expect(t2.greaterThanOrEqualTo(t1)).toBe(true);
        // Lipschitz: slope 3,10 % / 11 768,40 € ⇒ |Δtaux| ≤ Δrevenu × 0,031 / 11 768,4 (+ 1e-30 for the 40-digit precision)
        expect(t2.minus(t1).lessThanOrEqualTo(r2.minus(r1).mul('0.031').div('11768.4').plus('1e-30'))).toBe(true);
      }),
    );
  });
  it('continuité aux seuils (ambiguïté 2) : le taux vaut 2,15 % et 5,25 % exactement aux seuils', () => {
    expect(tauxAllocationsFamiliales('43150.80', '2017-06-01').valeur.toString()).toBe('0.0215');
    expect(tauxAllocationsFamiliales('54919.20', '2017-06-01').valeur.toString()).toBe('0.0525');
  });
  it('barème externe depuis 2018 (CSS D.613-1) : 0 % sous 110 % du PASS', () => {
    expect(tauxAllocationsFamiliales('30000', '2018-06-01').valeur.toString()).toBe('0');
  });
});

describe('cotisationsPriseEnCharge', () => {
  it('source « aga-ps-af » : 50 000 € en 2017 → AF 1 977,10 € (taux non arrondi), 1 975 € avec le taux arrondi à 3,95 %', () => {
    const r = cotisationsPriseEnCharge({ revenu: '50000', date: '2017-06-01' });
    expect(r.af.due.toString()).toBe('1977.1');
    expect(r.autresLectures.find((l) => l.ambiguite === 'a1')?.valeur?.toString()).toBe('1975');
    // tranche 2 : CPAM 75 % ; médecin le reste
    expect(r.af.partCpamTaux.toString()).toBe('0.75');
    expect(r.af.partCpam.plus(r.af.partMedecin).equals(r.af.due)).toBe(true);
  });
  it('ISNAR §4.3 : cotisation maladie 9,8 % dont 0,1 % reste au médecin (2017) ; à 6,5 % la part du médecin est la même (ambiguïté 17)', () => {
    const r = cotisationsPriseEnCharge({ revenu: '100000', date: '2017-06-01' });
    expect(r.maladie.due.toString()).toBe('9800');
    expect(r.maladie.partCpam.toString()).toBe('9700');
    expect(r.maladie.partMedecin.toString()).toBe('100');
    expect(r.autresLectures.find((l) => l.ambiguite === 'a17')?.valeur?.toString()).toBe('6400');
  });
  it('ISNAR §4.3 : les caisses prennent en charge 2/3 de la cotisation ASV', () => {
    const r = cotisationsPriseEnCharge({ revenu: '40000', date: '2017-06-01', cotisationAsv: '4500' });
    expect(r.asv?.partCaisses.toString()).toBe('3000');
  });
  it('ambiguïtés 2 et 3 : falaise de la part CPAM à 110 % du PASS, lectures alternatives calculées', () => {
    const a = cotisationsPriseEnCharge({ revenu: '43150.80', date: '2017-06-01' });
    const b = cotisationsPriseEnCharge({ revenu: '43150.81', date: '2017-06-01' });
    expect(a.af.partCpamTaux.toString()).toBe('1');
    expect(b.af.partCpamTaux.toString()).toBe('0.75');
    expect(a.autresLectures.some((l) => l.ambiguite === 'a2')).toBe(true);
    expect(b.autresLectures.find((l) => l.ambiguite === 'a3')?.valeur?.equals(b.af.due)).toBe(true); // modele-social : 100 % sous 140 %
  });
  it('issue 9, point 6 — ISNAR §4.4 : en secteur 2, « la CNAM ne participe pas financièrement aux cotisations sociales »', () => {
    // 100 000 € in 2017, ASV 4 500 €: dues as in secteur 1 (maladie 9,8 % × 100 000 = 9 800 €), nothing taken over.
    const r = cotisationsPriseEnCharge({ revenu: '100000', date: '2017-06-01', secteur: 'secteur2', cotisationAsv: '4500' });
    expect(r.secteur).toBe('secteur2');
    expect(r.valeur.toString()).toBe('0');
    expect(r.maladie.due.toString()).toBe('9800');
    expect(r.maladie.partCpam.toString()).toBe('0');
    expect(r.maladie.partMedecin.toString()).toBe('9800');
    expect(r.af.partCpam.toString()).toBe('0');
    expect(r.af.partMedecin.equals(r.af.due)).toBe(true);
    expect(r.asv?.partCaisses.toString()).toBe('0');
    expect(r.etapes.some((e) => e.source?.section === '§4.4')).toBe(true);
    // no reading of how the CPAM would share: it does not take part
    expect(r.autresLectures.some((l) => ['a2', 'a3', 'a17'].includes(l.ambiguite))).toBe(false);
  });
  it('issue 9, point 6 — ISNAR §4.5 : OPTAM, aucune prise en charge, remplacée par la rémunération spécifique (prime OPTAM)', () => {
    const r = cotisationsPriseEnCharge({ revenu: '100000', date: '2017-06-01', secteur: 'optam' });
    expect(r.valeur.toString()).toBe('0');
    const note = r.etapes.find((e) => e.libelle === 'OPTAM');
    expect(note?.source).toEqual({ document: 'isnar', section: '§4.5' });
    expect(note?.formule).toContain('primeOptam');
  });
  it('issue 9, point 6 — ISNAR §4.5 : CAS, participation sur les seuls honoraires sans dépassements (autre lecture de l’ambiguïté 21, taux du secteur 1)', () => {
    // 100 000 € of income of which 60 000 € of honoraires without dépassements; maladie taken over
    // (9,8 % − 0,1 %) × 60 000 = 5 820 € instead of 9 700 € on the whole income. In 2017 only under the
    // reading « maintenu » (§3.2): the retained one refuses the CAS (tests/engine/cotisations-secteurs.test.ts).
    const r = cotisationsPriseEnCharge({ revenu: '100000', date: '2017-06-01', secteur: 'cas', lecture: 'maintenu-2016', assietteParticipation: '60000' });
    expect(r.maladie.partCpam.toString()).toBe('5820');
    // CdC note 171: « dans les mêmes conditions que les médecins de secteur 1 ».
    expect(r.etapes.find((e) => e.libelle === 'CAS : taux du secteur 1')?.formule).toContain('note 171');
    // The assiette is what the guide names: it must be given.
    expect(() => cotisationsPriseEnCharge({ revenu: '100000', date: '2017-06-01', secteur: 'cas', lecture: 'maintenu-2016' })).toThrow(
      expect.objectContaining({ code: 'ENTREE_INVALIDE' }),
    );
  });
  it('le secteur 1 reste le secteur par défaut ; un secteur inconnu est refusé', () => {
    const a = cotisationsPriseEnCharge({ revenu: '50000', date: '2017-06-01' });
    const b = cotisationsPriseEnCharge({ revenu: '50000', date: '2017-06-01', secteur: 'secteur1' });
    expect(a.secteur).toBe('secteur1');
    expect(a.valeur.equals(b.valeur)).toBe(true);
    expect(() => cotisationsPriseEnCharge({ revenu: '1', date: '2017-06-01', secteur: 'secteur3' as never })).toThrow(
      expect.objectContaining({ code: 'ENTREE_INVALIDE' }),
    );
  });
  it('entrées impossibles', () => {
    expect(() => cotisationsPriseEnCharge({ revenu: '-1', date: '2017-06-01' })).toThrow(expect.objectContaining({ code: 'MONTANT_NEGATIF' }));
    expect(() => cotisationsPriseEnCharge({ revenu: '1000', assietteParticipation: '2000', date: '2017-06-01' })).toThrow(
      expect.objectContaining({ code: 'ENTREE_INVALIDE' }),
    );
    expect(() => cotisationsPriseEnCharge({ revenu: '1000', date: '2016-06-01' })).toThrow(expect.objectContaining({ code: 'DATE_ANTERIEURE' }));
  });
});

describe('seuilsAllocationsFamiliales (les tranches AF en euros)', () => {
  it('ISNAR §4.3 : 110 % × 39 228 € = 43 150,80 € ; 140 % × 39 228 € = 54 919,20 € (PASS 2017)', () => {
    const r = seuilsAllocationsFamiliales('2017-06-01');
    expect(r.valeur.toString()).toBe('43150.8');
    expect(r.seuilBas.toString()).toBe('43150.8');
    expect(r.seuilHaut.toString()).toBe('54919.2');
  });
  it('PASS 2026 (arrêté du 22 décembre 2025) : 110 % × 48 060 = 52 866 € ; 140 % × 48 060 = 67 284 €', () => {
    const r = seuilsAllocationsFamiliales('2026-01-01');
    expect(r.seuilBas.toString()).toBe('52866');
    expect(r.seuilHaut.toString()).toBe('67284');
  });
  it('ce sont les bornes des tranches du taux AF : pile au seuil bas, taux réduit ; un centime au-dessus, taux progressif', () => {
    const s = seuilsAllocationsFamiliales('2017-06-01');
    expect(tauxAllocationsFamiliales(s.seuilBas, '2017-06-01').valeur.toString()).toBe('0.0215');
    expect(tauxAllocationsFamiliales(s.seuilHaut, '2017-06-01').valeur.toString()).toBe('0.0525');
    expect(tauxAllocationsFamiliales(s.seuilBas.plus('0.01'), '2017-06-01').valeur.greaterThan('0.0215')).toBe(true);
  });
});

describe('tauxMaladiePrisEnCharge (ISNAR §4.3, ambiguïté 17)', () => {
  it('9,8 % − 0,1 % = 9,7 % en 2017 ; 6,5 % − 0,1 % = 6,4 % à partir de 2018 (date de travail du cours)', () => {
    expect(tauxMaladiePrisEnCharge('2017-06-01').valeur.toString()).toBe('0.097');
    expect(tauxMaladiePrisEnCharge('2018-06-01').valeur.toString()).toBe('0.064');
  });
  it('appliqué au revenu, il redonne la part CPAM de cotisationsPriseEnCharge (sans dépassement) : 9,7 % × 50 000 = 4 850 €', () => {
    const r = cotisationsPriseEnCharge({ revenu: '50000', date: '2017-06-01' });
    expect(r.maladie.partCpam.toString()).toBe('4850');
    expect(tauxMaladiePrisEnCharge('2017-06-01').valeur.mul(50000).equals(r.maladie.partCpam)).toBe(true);
  });
});

describe('ecartArrondiTauxAf (ambiguïté 1)', () => {
  it('aga-ps-af : 50 000 € → taux 3,954… %, 1 977,10 € ; taux arrondi 3,95 % × 50 000 = 1 975 € ; écart 2,10 €', () => {
    const r = ecartArrondiTauxAf('50000', '2017-06-01');
    expect(r.tauxArrondi.toString()).toBe('0.0395');
    expect(r.dueTauxNonArrondi.toString()).toBe('1977.1');
    expect(r.dueTauxArrondi.toString()).toBe('1975');
    expect(r.valeur.toString()).toBe('2.1');
  });
  it('la cotisation au taux non arrondi est celle de cotisationsPriseEnCharge', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), (revenu) => {
        const r = ecartArrondiTauxAf(String(revenu), '2017-06-01');
        return r.dueTauxNonArrondi.equals(cotisationsPriseEnCharge({ revenu: String(revenu), date: '2017-06-01' }).af.due);
      }),
      { numRuns: 60 },
    );
  });
  it('propriété : hors de la tranche 2, le taux est déjà au centième de point, et l’écart est nul', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 43_150 }), fc.integer({ min: 54_920, max: 500_000 })), (revenu) =>
        ecartArrondiTauxAf(String(revenu), '2017-06-01').valeur.isZero(),
      ),
      { numRuns: 60 },
    );
  });
});

describe('effetSeuilAllocationsFamiliales (ambiguïté 3, lecture du guide)', () => {
  it('1 € au-delà de 43 150,80 € : part médecin 0 € → 25 % × 927,88 € ≈ 231,97 €', () => {
    // Au seuil : taux 2,15 %, due 2,15 % × 43 150,80 = 927,74 €, CPAM 100 % → médecin 0 €.
    // À 43 151,80 € : taux 2,15 % + 3,10 % × 1 ÷ 11 768,40 = 2,150263… %, due 927,88 € ;
    // CPAM 75 % × taux × 43 151,80 = 695,91 € ; médecin 927,88 − 695,91 = 231,97 €.
    const r = effetSeuilAllocationsFamiliales({ date: '2017-06-01', supplement: '1' });
    expect(r.seuil.toString()).toBe('43150.8');
    expect(r.partMedecinAuSeuil.toString()).toBe('0');
    expect(r.partMedecinAuDela.toString()).toBe('231.97');
    expect(r.valeur.toString()).toBe('231.97');
  });
  it('propriétés : l’effet croît avec le supplément et reste entre le quart de la cotisation au seuil et 25 % × 5,25 % du revenu', () => {
    const effet = (sup: number) => effetSeuilAllocationsFamiliales({ date: '2017-06-01', supplement: String(sup) }).valeur;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 11_000 }), fc.integer({ min: 1, max: 11_000 }), (a, b) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        // Croissance au centime près (la cotisation et la part CPAM sont arrondies chacune) ; plancher : le quart de
        // 927,74 € (cotisation au seuil) moins un centime ; plafond : tranche 2,
        // part médecin 25 % d’une cotisation au plus au taux plein.
        const plafond = D('0.25').mul('0.0525').mul(D('43150.8').plus(y)).plus('0.01');
        return effet(x).lessThanOrEqualTo(effet(y).plus('0.01')) && effet(x).greaterThanOrEqualTo('231.92') && effet(y).lessThanOrEqualTo(plafond);
      }),
      { numRuns: 30 },
    );
  });
  it('un supplément nul est refusé', () => {
    expect(() => effetSeuilAllocationsFamiliales({ date: '2017-06-01', supplement: '0' })).toThrow(/positif/);
  });
});
