// Patient side (ISNAR §4.2, §3.1–§3.3, §4.5; external facts from the public sources of src/engine/sources.json; ambiguities 8, 9, 10, 20).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { priseEnChargeConsultation, D, ErreurMoteur, SITUATIONS, type Decimal, type Situation } from '../../src/engine/index';
import { erreurMoteur } from './erreur';

describe('priseEnChargeConsultation — exemples des sources', () => {
  it('source « service-public-f17042 » : G 30 € dans le parcours → 0,70 × 30 − 2 = 19 €', () => {
    const r = priseEnChargeConsultation({ situation: 'secteur1', date: '2025-01-15' });
    expect(r.partAmo.toString()).toBe('19');
    expect(r.resteACharge.toString()).toBe('11');
  });
  it('source « service-public-f17042 » : 26,50 € hors parcours → 0,30 × 26,50 − 2 = 5,95 €', () => {
    const r = priseEnChargeConsultation({ situation: 'secteur1', date: '2024-06-01', parcours: false });
    expect(r.partAmo.toString()).toBe('5.95');
  });
  it('source « secteur2-base » (AG2R) : secteur 2 hors OPTAM, base 23 € → 70 % × 23 − 1 = 15,10 € ; la lecture du guide (base 25 €) est aussi calculée', () => {
    const r = priseEnChargeConsultation({ situation: 'secteur2NonOptam', date: '2017-06-01', montantFacture: '40' });
    expect(r.partAmo.toString()).toBe('15.1');
    expect(r.resteACharge.toString()).toBe('24.9');
    const a9 = r.autresLectures.find((l) => l.ambiguite === 'a9');
    expect(a9?.valeur?.toString()).toBe('16.5'); // 0,70 × 25 − 1
    expect(r.etapes.some((e) => e.ambiguite === 'a9')).toBe(true);
  });
  it('ISNAR §4.5 : OPTAM remboursé sur la même base que le secteur 1 ; le dépassement reste au patient', () => {
    const r = priseEnChargeConsultation({ situation: 'secteur2Optam', date: '2017-06-01', montantFacture: '35' });
    expect(r.baseRemboursement.toString()).toBe('25');
    expect(r.partAmo.toString()).toBe('16.5');
    expect(r.resteACharge.toString()).toBe('18.5');
    // ambiguity 8: literal "70 % du montant" reading is shown, never retained
    expect(r.autresLectures.find((l) => l.ambiguite === 'a8')?.valeur?.toString()).toBe('23.5');
  });
  it('complémentaire : ticket modérateur + dépassement plafonné à 100 % de la base', () => {
    const r = priseEnChargeConsultation({
      situation: 'secteur2NonOptam',
      date: '2017-06-01',
      montantFacture: '60',
      complementaire: { ticketModerateur: true, plafondDepassements: 1 },
    });
    // base 23 : AMO 16,10 − 1 = 15,10 ; TM 23 − 16,10 = 6,90 ; dépassement 37 plafonné à 23 → complémentaire 29,90 ; patient 60 − 15,10 − 29,90 = 15
    expect(r.partComplementaire.toString()).toBe('29.9');
    expect(r.resteACharge.toString()).toBe('15');
  });
  it('ISNAR §3.3 / source « tarif-autorite » : non conventionné, tarif d’autorité 0,61 € (externe) ; lectures du guide (3 ou 4 €) calculées', () => {
    const r = priseEnChargeConsultation({ situation: 'nonConventionne', date: '2017-06-01', montantFacture: '60' });
    expect(r.baseRemboursement.toString()).toBe('0.61');
    // 0,70 × 0,61 = 0,427 → 0,43 € ; participation forfaitaire imputée plafonnée au remboursement
    expect(r.partAmo.toString()).toBe('0');
    expect(r.autresLectures.filter((l) => l.ambiguite === 'a10')).toHaveLength(3);
  });
  it('participation forfaitaire exonérée (ambiguïté 20)', () => {
    const r = priseEnChargeConsultation({ situation: 'secteur1', date: '2017-06-01', exonereParticipationForfaitaire: true });
    expect(r.partAmo.toString()).toBe('17.5');
  });
  it('issue 9, point 1 — source « fmf-da » (FMF, convention 2016) : hors parcours le spécialiste facture CS + MPC = 25 € et non la consultation coordonnée (30 €)', () => {
    // 2017-07-01, DA billed 35,25 € (ISNAR §4.3: ≤ 117,5 % × 30 €). Base hors parcours = CS 23 € + MPC 2 € = 25 € ;
    // AMO = 30 % × 25 − 1 = 7,50 − 1 = 6,50 € ; reste à charge = 35,25 − 6,50 = 28,75 €.
    const r = priseEnChargeConsultation({ situation: 'secteur1DA', date: '2017-07-01', acte: 'consultationCoordonnee', montantFacture: '35.25' });
    expect(r.tarifOpposable.toString()).toBe('25');
    expect(r.baseRemboursement.toString()).toBe('25');
    expect(r.partAmo.toString()).toBe('6.5');
    expect(r.resteACharge.toString()).toBe('28.75');
    // Same base for a secteur 1 specialist at the tarif opposable outside the parcours: 0,30 × 25 − 1 = 6,50 €, facturé 25 €.
    const s1 = priseEnChargeConsultation({ situation: 'secteur1', date: '2017-07-01', acte: 'consultationCoordonnee', parcours: false });
    expect(s1.montantFacture.toString()).toBe('25');
    expect(s1.partAmo.toString()).toBe('6.5');
    // Inside the parcours the coordinated consultation stays 30 €: 0,70 × 30 − 1 = 20 €.
    expect(priseEnChargeConsultation({ situation: 'secteur1', date: '2017-07-01', acte: 'consultationCoordonnee' }).partAmo.toString()).toBe('20');
    // An avis ponctuel de consultant is given "à la demande du Médecin Traitant" (ISNAR §5.2): not outside the parcours.
    expect(() => priseEnChargeConsultation({ situation: 'secteur1', date: '2018-06-01', acte: 'APC', parcours: false })).toThrow(
      expect.objectContaining({ code: 'SITUATION_INCOMPATIBLE' }),
    );
  });
  it('issue 9, point 2 — ambiguïté 9 pour un spécialiste de secteur 2 sans OPTAM : base 23 € retenue, la lecture du guide (§3.2, tarif opposable du spécialiste) est calculée', () => {
    // 2017-07-01, 50 € billed, inside the parcours. Retained (AG2R): 0,70 × 23 − 1 = 15,10 €.
    // Guide §3.2 "sur la base du tarif opposable" = the specialist's tariff CS + MPC + MCS = 30 €: 0,70 × 30 − 1 = 20 €.
    for (const acte of ['CS', 'consultationCoordonnee'] as const) {
      const r = priseEnChargeConsultation({ situation: 'secteur2NonOptam', date: '2017-07-01', acte, montantFacture: '50' });
      expect(r.baseRemboursement.toString(), acte).toBe('23');
      expect(r.partAmo.toString(), acte).toBe('15.1');
      const a9 = r.autresLectures.filter((l) => l.ambiguite === 'a9');
      expect(a9, acte).toHaveLength(1);
      expect(a9[0]!.valeur?.toString(), acte).toBe('20');
    }
    // Outside the parcours the guide's reading uses CS + MPC = 25 €: 0,30 × 25 − 1 = 6,50 € (retained: 0,30 × 23 − 1 = 5,90 €).
    const h = priseEnChargeConsultation({
      situation: 'secteur2NonOptam',
      date: '2017-07-01',
      acte: 'consultationCoordonnee',
      montantFacture: '50',
      parcours: false,
    });
    expect(h.partAmo.toString()).toBe('5.9');
    expect(h.autresLectures.find((l) => l.ambiguite === 'a9')?.valeur?.toString()).toBe('6.5');
  });
  it('issue 9, point 3 — ambiguïté 5, lecture retenue (§4.3) : un DA avec un acte de généraliste est refusé avec un message qui dit pourquoi', () => {
    for (const acte of ['G', 'MMG']) {
      const e = erreurMoteur(() => priseEnChargeConsultation({ situation: 'secteur1DA', date: '2017-07-01', acte, montantFacture: '30' }));
      expect(e.code).toBe('SITUATION_INCOMPATIBLE');
      expect(e.message).toContain('spécialistes');
      expect(e.message).toContain('§4.3');
    }
    // Default act is G: a DA without an act is refused too.
    expect(() => priseEnChargeConsultation({ situation: 'secteur1DA', date: '2017-07-01', montantFacture: '30' })).toThrow(
      expect.objectContaining({ code: 'SITUATION_INCOMPATIBLE' }),
    );
  });
  it('entrées impossibles : erreurs typées', () => {
    expect(() => priseEnChargeConsultation({ situation: 'secteur1', date: '2017-06-01', montantFacture: '-5' })).toThrow(
      expect.objectContaining({ code: 'MONTANT_NEGATIF' }),
    );
    expect(() => priseEnChargeConsultation({ situation: 'secteur1', date: '2017-06-01', montantFacture: '40' })).toThrow(
      expect.objectContaining({ code: 'SITUATION_INCOMPATIBLE' }),
    );
    expect(() =>
      priseEnChargeConsultation({ situation: 'secteur1DA', date: '2017-06-01', acte: 'consultationCoordonnee', montantFacture: '28', parcours: true }),
    ).toThrow(ErreurMoteur);
    expect(() => priseEnChargeConsultation({ situation: 'secteur1', date: '2016-06-01', acte: 'CS' })).toThrow(
      expect.objectContaining({ code: 'DATE_ANTERIEURE' }),
    );
    expect(() => priseEnChargeConsultation({ situation: 'secteur1', date: '2017-06-01', acte: 'XX' })).toThrow(
      expect.objectContaining({ code: 'ACTE_INCONNU' }),
    );
  });
});

describe('propriétés', () => {
  const situations = SITUATIONS.filter((s) => s !== 'secteur1');
  const arb = fc.record({
    situation: fc.constantFrom<Situation>(...situations),
    jour: fc.integer({ min: 0, max: 3000 }),
    depassementCentimes: fc.integer({ min: 0, max: 20000 }),
    parcours: fc.boolean(),
    tm: fc.boolean(),
    plafond: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
    exonere: fc.boolean(),
  });
  /** The consultation of `x` billed `montant` (x.situation, a date from 1 May 2017 on, parcours, complémentaire). */
  const consultation = (x: typeof arb extends fc.Arbitrary<infer T> ? T : never, montant: Decimal, complementaire = true) =>
    priseEnChargeConsultation({
      situation: x.situation,
      // a DA is a specialist's (ambiguity 5): the coordinated consultation, billed CS + MPC outside the parcours
      ...(x.situation === 'secteur1DA' ? { acte: 'consultationCoordonnee' } : {}),
      date: new Date(Date.UTC(2017, 4, 1) + x.jour * 86400000).toISOString().slice(0, 10),
      montantFacture: montant.toString(),
      parcours: x.situation === 'secteur1DA' ? false : x.parcours,
      exonereParticipationForfaitaire: x.exonere,
      ...(complementaire
        ? { complementaire: { ticketModerateur: x.tm, ...(x.plafond === undefined ? {} : { plafondDepassements: D(x.plafond).div(100).toString() }) } }
        : {}),
    });
  // The billed amounts start at 60 €, above every base of remboursement of these acts (≤ 25 € + MPC),
  // so the base does not depend on the amount billed.
  const montantDe = (centimes: number) => D(60).plus(D(centimes).div(100));

  it('bornes : 0 ≤ part AMO ≤ base, 0 ≤ reste à charge ≤ montant facturé, aucun NaN', () => {
    fc.assert(
      fc.property(arb, (x) => {
        const montant = montantDe(x.depassementCentimes);
        const r = consultation(x, montant);
        for (const v of [r.partAmo, r.partComplementaire, r.resteACharge, r.valeur]) expect(v.isFinite()).toBe(true);
        expect(r.partAmo.isNegative()).toBe(false);
        expect(r.partAmo.lessThanOrEqualTo(r.baseRemboursement)).toBe(true);
        expect(r.partComplementaire.isNegative()).toBe(false);
        expect(r.resteACharge.isNegative()).toBe(false);
        expect(r.resteACharge.lessThanOrEqualTo(montant)).toBe(true);
      }),
    );
  });

  it('monotonie : facturer δ de plus ne change pas la part AMO et augmente le reste à charge de 0 à δ', () => {
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 20000 }), (x, deltaCentimes) => {
        const delta = D(deltaCentimes).div(100);
        const r1 = consultation(x, montantDe(x.depassementCentimes));
        const r2 = consultation(x, montantDe(x.depassementCentimes).plus(delta));
        expect(r2.partAmo.equals(r1.partAmo)).toBe(true);
        expect(r2.resteACharge.greaterThanOrEqualTo(r1.resteACharge)).toBe(true);
        expect(r2.resteACharge.minus(r1.resteACharge).lessThanOrEqualTo(delta)).toBe(true);
      }),
    );
  });

  it('plafond jamais dépassé : la complémentaire paie au plus le ticket modérateur + plafond × base', () => {
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 300 }), (x0, plafond) => {
        const x = { ...x0, plafond };
        const r = consultation(x, montantDe(x.depassementCentimes));
        // Ticket modérateur = base − remboursement before the participation forfaitaire = base − (AMO + PF).
        const ticketModerateur = x.tm ? r.baseRemboursement.minus(r.partAmo.plus(r.participationForfaitaire)) : D(0);
        expect(r.partComplementaire.lessThanOrEqualTo(ticketModerateur.plus(D(plafond).div(100).mul(r.baseRemboursement)))).toBe(true);
      }),
    );
  });

  it('une complémentaire ne fait jamais payer plus ; avec le seul ticket modérateur, le patient paie dépassement + participation forfaitaire', () => {
    fc.assert(
      fc.property(arb, (x) => {
        const montant = montantDe(x.depassementCentimes);
        const sans = consultation(x, montant, false);
        expect(sans.partComplementaire.isZero()).toBe(true);
        expect(consultation(x, montant).resteACharge.lessThanOrEqualTo(sans.resteACharge)).toBe(true);
        // TM covered, no cover of the dépassement: the patient keeps the dépassement (montant − base) and the PF.
        const tm = consultation({ ...x, tm: true, plafond: undefined }, montant);
        expect(tm.resteACharge.equals(montant.minus(tm.baseRemboursement).plus(tm.participationForfaitaire))).toBe(true);
      }),
    );
  });
});
