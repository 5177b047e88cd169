// DA cap (ISNAR §3.1 vs §4.3, convention art. 37.1 — ambiguity 4), 70 % ratio (§4.3 — ambiguity 6), taux de dépassement (§4.1 vs annexe 21 — ambiguity 7).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { plafondDepassementAutorise, ratioHonorairesSansDepassement, tauxDepassement, D, MODES_ARRONDI } from '../../src/engine/index';

describe('plafondDepassementAutorise', () => {
  it('spécialiste au 1er juillet 2017 : CS + MPC = 25 € hors parcours, 30 € dans le parcours (source « fmf-da », FMF)', () => {
    const r = plafondDepassementAutorise({ date: '2017-07-01' });
    // §3.1 : 17,5 % × 25 = 4,375 € ; un plafond facturé au centime : 4,37 € (4,38 € le dépasserait)
    expect(r.lectures.isnar31.depassementMaximal.toString()).toBe('4.37');
    expect(r.lectures.isnar31.factureMaximal.toString()).toBe('29.37');
    // §4.3 : 117,5 % × 30 = 35,25 € ; DA ≤ 10,25 €
    expect(r.lectures.isnar43.factureMaximal.toString()).toBe('35.25');
    expect(r.lectures.isnar43.depassementMaximal.toString()).toBe('10.25');
    // convention art. 37.1 : arrondi à l'euro supérieur → 36 € ; DA ≤ 11 €
    expect(r.factureMaximal.toString()).toBe('36');
    expect(r.valeur.toString()).toBe('11');
    expect(r.autresLectures.map((l) => l.ambiguite)).toEqual(['a4', 'a4']);
  });
  it('avant le 1er juillet 2017 (consultation coordonnée 28 €) : 117,5 % × 28 = 32,90 → 33 €', () => {
    const r = plafondDepassementAutorise({ date: '2017-03-01' });
    expect(r.lectures.isnar43.factureMaximal.toString()).toBe('32.9');
    expect(r.factureMaximal.toString()).toBe('33');
  });
  it('acte technique : 17,5 % du tarif', () => {
    const r = plafondDepassementAutorise({ date: '2017-07-01', tarifOpposable: '100', tarifParcours: '100', lecture: 'isnar31' });
    expect(r.valeur.toString()).toBe('17.5');
  });
  it('issue 9, point 4 — convention art. 37.1 (FMF) : l’arrondi à l’euro supérieur ne vaut que pour les actes cliniques ; 17,5 % par acte technique', () => {
    // Technical act billed 69,04 € (same tariff in and out of the parcours).
    // Convention, technical act: DA ≤ 17,5 % × 69,04 = 12,082 → 12,08 € (cents, rounded down), billed ≤ 81,12 € — never 82 €.
    const tech = plafondDepassementAutorise({ date: '2017-07-01', typeActe: 'technique', tarifOpposable: '69.04' });
    expect(tech.typeActe).toBe('technique');
    expect(tech.valeur.toString()).toBe('12.08');
    expect(tech.factureMaximal.toString()).toBe('81.12');
    // The same tariff read as a clinical act: 117,5 % × 69,04 = 81,122 → 82 € (euro supérieur), DA 12,96 €.
    const clin = plafondDepassementAutorise({ date: '2017-07-01', typeActe: 'clinique', tarifOpposable: '69.04', tarifParcours: '69.04' });
    expect(clin.factureMaximal.toString()).toBe('82');
    expect(clin.valeur.toString()).toBe('12.96');
    // ISNAR §4.3 applies 117,5 % "pour les actes cliniques et techniques", unrounded to the euro: kept as a reading (81,12 €).
    expect(tech.lectures.isnar43.factureMaximal.toString()).toBe('81.12');
    expect(tech.autresLectures.every((l) => l.ambiguite === 'a4')).toBe(true);
    // A technical act has no default tariff: its own tariff must be given.
    expect(() => plafondDepassementAutorise({ date: '2017-07-01', typeActe: 'technique' })).toThrow(expect.objectContaining({ code: 'ENTREE_INVALIDE' }));
  });
  it('issue 9, point 5 — une seule politique d’arrondi : tout plafond en euros à facturer est arrondi au centime inférieur (sauf l’arrondi propre à la convention, actes cliniques)', () => {
    // A tariff of 25 € in the parcours (ISNAR §4.3 reading): 117,5 % × 25 = 29,375 € → 29,37 € ; DA 4,37 € (as §3.1: 17,5 % × 25 = 4,375 → 4,37 €).
    const r = plafondDepassementAutorise({ date: '2017-07-01', tarifOpposable: '25', tarifParcours: '25' });
    expect(r.lectures.isnar43.factureMaximal.toString()).toBe('29.37');
    expect(r.lectures.isnar43.depassementMaximal.toString()).toBe('4.37');
    expect(r.lectures.isnar31.depassementMaximal.toString()).toBe('4.37');
    // Each of these caps is rounded by the named mode, in the trace.
    expect(r.etapes.filter((e) => e.genre === 'arrondi' && e.formule === MODES_ARRONDI.arrondiAuCentimeInferieur.libelle)).toHaveLength(2);
    // Convention, clinical act: 29,375 → 30 € (its own rounding).
    expect(r.lectures.convention.factureMaximal.toString()).toBe('30');
  });
  it('propriété : un DA n’excède jamais son plafond, sous chaque lecture ; acte technique : jamais d’arrondi à l’euro', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50000 }), (cents) => {
        const o = D(cents).div(100);
        const r = plafondDepassementAutorise({ date: '2018-01-01', typeActe: 'technique', tarifOpposable: o.toString() });
        expect(r.factureMaximal.lessThanOrEqualTo(o.mul('1.175'))).toBe(true);
        expect(r.valeur.greaterThan(o.mul('0.175').minus('0.01'))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50000 }), fc.integer({ min: 0, max: 5000 }), (opp, ecart) => {
        const o = D(opp).div(100);
        const p = o.plus(D(ecart).div(100));
        const r = plafondDepassementAutorise({ date: '2018-01-01', tarifOpposable: o.toString(), tarifParcours: p.toString() });
        const l = r.lectures;
        expect(l.isnar31.depassementMaximal.lessThanOrEqualTo(o.mul('0.175'))).toBe(true);
        expect(l.isnar43.factureMaximal.lessThanOrEqualTo(p.mul('1.175'))).toBe(true);
        // billed in cents: every cap under §3.1 and §4.3 is a whole number of cents
        expect(l.isnar43.factureMaximal.decimalPlaces()).toBeLessThanOrEqual(2);
        expect(l.isnar31.factureMaximal.decimalPlaces()).toBeLessThanOrEqual(2);
        expect(l.convention.factureMaximal.lessThanOrEqualTo(p.mul('1.175').ceil())).toBe(true);
        for (const k of ['isnar31', 'isnar43', 'convention'] as const) {
          expect(l[k].depassementMaximal.isNegative()).toBe(false);
          expect(o.plus(l[k].depassementMaximal).equals(l[k].factureMaximal)).toBe(true);
        }
      }),
    );
  });
  it('entrées impossibles', () => {
    expect(() => plafondDepassementAutorise({ date: '2017-07-01', tarifOpposable: '-1' })).toThrow(expect.objectContaining({ code: 'MONTANT_NEGATIF' }));
    expect(() => plafondDepassementAutorise({ date: '2017-07-01', tarifOpposable: '30', tarifParcours: '25' })).toThrow(
      expect.objectContaining({ code: 'SITUATION_INCOMPATIBLE' }),
    );
  });
});

describe('ratioHonorairesSansDepassement (ISNAR §4.3, ambiguïté 6)', () => {
  it('les deux lectures divergent sur la même activité', () => {
    // 700 actes à 25 € sans dépassement, 300 actes à 29 € (DA de 4 €)
    const r = ratioHonorairesSansDepassement({
      date: '2017-07-01',
      actes: [
        { tarif: '25', montantFacture: '25', nombre: 700 },
        { tarif: '25', montantFacture: '29', nombre: 300 },
      ],
    });
    // total 17 500 + 8 700 = 26 200 ; A = 17 500 / 26 200 ; B = (26 200 − 1 200) / 26 200
    expect(r.honorairesTotaux.toString()).toBe('26200');
    expect(r.valeur.equals(D(17500).div(26200))).toBe(true);
    expect(r.lectureB.equals(D(25000).div(26200))).toBe(true);
    expect(r.respecteEngagement).toBe(false); // 66,8 %
    expect(r.respecteEngagementLectureB).toBe(true); // 95,4 %
  });
  it('propriété : lecture A ≤ lecture B ≤ 1', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ t: fc.integer({ min: 100, max: 10000 }), d: fc.integer({ min: 0, max: 2000 }), n: fc.integer({ min: 1, max: 500 }) }), {
          minLength: 1,
          maxLength: 5,
        }),
        (ls) => {
          const r = ratioHonorairesSansDepassement({
            date: '2017-07-01',
            actes: ls.map((l) => ({ tarif: D(l.t).div(100), montantFacture: D(l.t + l.d).div(100), nombre: l.n })),
          });
          expect(r.valeur.lessThanOrEqualTo(r.lectureB)).toBe(true);
          expect(r.lectureB.lessThanOrEqualTo(1)).toBe(true);
        },
      ),
    );
  });
});

describe('tauxDepassement (ambiguïté 7)', () => {
  it('ISNAR §4.1 : un acte à 60 € pour un tarif de 30 € = 200 % ; définition CNAM = 100 %', () => {
    const r = tauxDepassement({ montantFacture: '60', tarifOpposable: '30' });
    expect(r.isnar.toString()).toBe('2');
    expect(r.cnam.toString()).toBe('1');
    expect(r.valeur.toString()).toBe('1');
  });
  it('source « legifrance-annexe21 » (recalcul FMF) : 35 € sur un CS de 23 € = 52 % recalculé', () => {
    const r = tauxDepassement({ montantFacture: '35', tarifOpposable: '23' });
    expect(r.cnam.toDecimalPlaces(2).toString()).toBe('0.52');
  });
  it('annexe 21 : moyenne des taux annuels des années de référence', () => {
    const r = tauxDepassement({
      annees: [
        { depassements: '50000', honorairesRemboursables: '100000' },
        { depassements: '30000', honorairesRemboursables: '100000' },
      ],
    });
    expect(r.cnam.toString()).toBe('0.4');
    expect(r.isnar.toString()).toBe('1.4');
  });
});
