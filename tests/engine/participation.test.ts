// A year of participation forfaitaire (ambiguity 20, external sources: SNDS glossary, ASH 2007, cbanque and TF1 info 2024):
// PF per act, capped at 4 € per day and per professional, then at 50 € per civil year.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { participationForfaitaireAnnee, parametre, ambiguites, D, type ActeParticipation } from '../../src/engine/index';

describe('participationForfaitaireAnnee', () => {
  it('2017 (PF 1 €) : 5 actes chez le même médecin le même jour → 4 € (plafond journalier) ; 3 actes → 3 €', () => {
    // SNDS: "plafonnée à 4 euros par jour pour un même professionnel de santé": 5 × 1 € = 5 € → 4 € ; 3 × 1 € = 3 €.
    expect(participationForfaitaireAnnee({ actes: [{ date: '2017-03-02', professionnel: 'Dr A', nombre: 5 }] }).valeur.toString()).toBe('4');
    expect(participationForfaitaireAnnee({ actes: [{ date: '2017-03-02', professionnel: 'Dr A', nombre: 3 }] }).valeur.toString()).toBe('3');
    // Two professionals the same day: each has his own cap, 4 € + 4 € = 8 €.
    const r = participationForfaitaireAnnee({
      actes: [
        { date: '2017-03-02', professionnel: 'Dr A', nombre: 5 },
        { date: '2017-03-02', professionnel: 'laboratoire', nombre: 6 },
      ],
    });
    expect(r.valeur.toString()).toBe('8');
    expect(r.sansPlafonds.toString()).toBe('11');
  });
  it('2025 (PF 2 €) : 30 consultations un jour différent chacune → 60 € sans plafond, 50 € avec le plafond annuel', () => {
    // 30 × 2 € = 60 € ; "maintenus à 50 euros" (TF1 info, 15 May 2024) → 50 €.
    const actes: ActeParticipation[] = Array.from({ length: 30 }, (_, i) => ({
      date: `2025-${String(1 + Math.floor(i / 3)).padStart(2, '0')}-${String(1 + (i % 3) * 9).padStart(2, '0')}`,
      professionnel: 'Dr B',
    }));
    const r = participationForfaitaireAnnee({ actes });
    expect(r.sansPlafonds.toString()).toBe('60');
    expect(r.apresPlafondJournalier.toString()).toBe('60');
    expect(r.valeur.toString()).toBe('50');
    expect(r.annee).toBe(2025);
  });
  it('ambiguïté 20 : depuis le 15 mai 2024, 3 actes le même jour chez le même médecin → 4 € (lecture retenue) ou 6 € (4 participations par jour)', () => {
    // Retained: 3 × 2 = 6 € capped at 4 €. Other reading: min(3, 4) × 2 € = 6 €.
    const r = participationForfaitaireAnnee({ actes: [{ date: '2024-06-03', professionnel: 'Dr C', nombre: 3 }] });
    expect(r.valeur.toString()).toBe('4');
    const a20 = r.autresLectures.find((l) => l.ambiguite === 'a20');
    expect(a20?.valeur?.toString()).toBe('6');
    // 5 acts: retained 4 € ; other reading min(5, 4) × 2 = 8 €.
    expect(participationForfaitaireAnnee({ actes: [{ date: '2024-06-03', professionnel: 'Dr C', nombre: 5 }] }).autresLectures[0]?.valeur?.toString()).toBe(
      '8',
    );
    // Before 15 May 2024 (PF 1 €) the two readings coincide: 5 × 1 € → 4 € either way.
    const avant = participationForfaitaireAnnee({ actes: [{ date: '2024-05-14', professionnel: 'Dr C', nombre: 5 }] });
    expect(avant.valeur.toString()).toBe('4');
    expect(avant.autresLectures[0]?.valeur?.toString()).toBe('4');
    expect(parametre('participationForfaitaire.plafondJournalier', '2024-05-15').externe).toBe(true);
  });
  it('assuré exonéré : rien ; trace nommant l’ambiguïté 20', () => {
    const r = participationForfaitaireAnnee({ actes: [{ date: '2025-02-01', professionnel: 'Dr A', nombre: 2 }], exonere: true });
    expect(r.valeur.toString()).toBe('0');
    expect(r.etapes.some((e) => e.ambiguite === 'a20')).toBe(true);
    expect(ambiguites.a20!.lectureRetenue).not.toMatch(/non modélisés/);
  });
  it('entrées impossibles : erreurs typées en français', () => {
    expect(() => participationForfaitaireAnnee({ actes: [] })).toThrow(expect.objectContaining({ code: 'ENTREE_INVALIDE' }));
    expect(() =>
      participationForfaitaireAnnee({
        actes: [
          { date: '2025-01-01', professionnel: 'A' },
          { date: '2024-12-31', professionnel: 'A' },
        ],
      }),
    ).toThrow(/année civile/);
    expect(() => participationForfaitaireAnnee({ actes: [{ date: '2025-01-01', professionnel: ' ' }] })).toThrow(/professionnel/);
    expect(() => participationForfaitaireAnnee({ actes: [{ date: '2025-01-01', professionnel: 'A', nombre: 0 }] })).toThrow(/au moins 1/);
    expect(() => participationForfaitaireAnnee({ actes: [{ date: '2016-06-01', professionnel: 'A' }] })).toThrow(
      expect.objectContaining({ code: 'DATE_ANTERIEURE' }),
    );
  });
  it('propriétés : jamais plus que la somme sans plafond, ni que 4 € par jour et par professionnel, ni que 50 € par an ; la lecture « 4 participations » n’est jamais inférieure', () => {
    const acte = fc.record({ jour: fc.integer({ min: 0, max: 364 }), pro: fc.constantFrom('A', 'B', 'C'), nombre: fc.integer({ min: 1, max: 6 }) });
    fc.assert(
      fc.property(fc.constantFrom(2017, 2023, 2025), fc.array(acte, { minLength: 1, maxLength: 60 }), (an, xs) => {
        const actes = xs.map((x) => ({
          date: new Date(Date.UTC(an, 0, 1) + x.jour * 86400000).toISOString().slice(0, 10),
          professionnel: x.pro,
          nombre: x.nombre,
        }));
        const r = participationForfaitaireAnnee({ actes });
        expect(r.valeur.lessThanOrEqualTo(r.sansPlafonds)).toBe(true);
        expect(r.valeur.lessThanOrEqualTo(50)).toBe(true);
        for (const j of r.jours) expect(j.retenu.lessThanOrEqualTo(4)).toBe(true);
        expect(r.apresPlafondJournalier.equals(r.jours.reduce((s, j) => s.plus(j.retenu), D(0)))).toBe(true);
        expect(r.autresLectures[0]!.valeur!.greaterThanOrEqualTo(r.valeur)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
