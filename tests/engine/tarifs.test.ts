// Tariffs by date: figures of the Guide ISNAR-IMG 2017 §5.2 (and §2.2), external values from the public sources of src/engine/sources.json.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  tarifActe,
  texteResultat,
  sommeTarifs,
  formatTaux,
  D,
  ErreurMoteur,
  exercices,
  valeurConnue,
  listeParametres,
  sourceConnue,
} from '../../src/engine/index';
import { erreurMoteur } from './erreur';

const t = (acte: string, date: string) => tarifActe(acte, date).valeur.toString();

describe('tarifActe', () => {
  it('ISNAR §2.2 : consultation du généraliste portée à 23 € au 1er janvier 2011', () => {
    expect(t('G', '2011-01-01')).toBe('23');
    expect(() => tarifActe('G', '2010-12-31')).toThrow(/2011/);
  });
  it('ISNAR §5.2 : G = 25 € (23 € + MMG 2 €) au 1er mai 2017', () => {
    expect(t('G', '2017-04-30')).toBe('23');
    expect(t('G', '2017-05-01')).toBe('25');
    expect(t('MMG', '2017-05-01')).toBe('2');
    expect(t('CS', '2017-05-01')).toBe('23');
  });
  it('ISNAR §5.2 : consultation coordonnée 28 € → 30 € au 1er juillet 2017', () => {
    expect(t('consultationCoordonnee', '2017-06-30')).toBe('28');
    expect(t('consultationCoordonnee', '2017-07-01')).toBe('30');
  });
  it('ISNAR §5.2 : consultations complexes 46 € et très complexes 60 € au 1er novembre 2017, inexistantes avant', () => {
    expect(t('consultationComplexe', '2017-11-01')).toBe('46');
    expect(t('consultationTresComplexe', '2017-11-01')).toBe('60');
    expect(() => tarifActe('consultationComplexe', '2017-10-31')).toThrow(ErreurMoteur);
  });
  it('ISNAR §5.2 : CNPSY 37 → 39 €, CSC 45,73 → 47,73 € au 1er juillet 2017', () => {
    expect(t('CNPSY', '2017-06-30')).toBe('37');
    expect(t('CNPSY', '2017-07-01')).toBe('39');
    expect(t('CSC', '2017-06-30')).toBe('45.73');
    expect(t('CSC', '2017-07-01')).toBe('47.73');
  });
  it('ISNAR §5.2 : avis ponctuel de consultant 46 → 48 (1er oct. 2017) → 50 € (1er juin 2018) ; 57,50 → 60 → 62,50 € ; 69 € PU-PH', () => {
    expect([t('APC', '2017-09-30'), t('APC', '2017-10-01'), t('APC', '2018-06-01')]).toEqual(['46', '48', '50']);
    expect([t('APCPsy', '2017-09-30'), t('APCPsy', '2017-10-01'), t('APCPsy', '2018-06-01')]).toEqual(['57.5', '60', '62.5']);
    expect(t('APCPUPH', '2018-06-01')).toBe('69');
  });
  it('sources « tarifs-2023 » et « ameli-convention-2024 » (externe) : G 26,50 € au 1er novembre 2023, 30 € au 22 décembre 2024', () => {
    const a = tarifActe('G', '2023-11-01');
    expect(a.valeur.toString()).toBe('26.5');
    expect(a.externe).toBe(true);
    expect(t('G', '2024-12-22')).toBe('30');
    expect(t('consultationCoordonnee', '2023-11-01')).toBe('31.5');
  });
  it('la trace cite la source', () => {
    const r = tarifActe('G', '2017-05-01');
    expect(r.etapes[0]?.source).toEqual({ document: 'isnar', section: '§5.2' });
    expect(r.etapes[0]?.resultat?.valeur.toString()).toBe('25');
    expect(texteResultat(r.etapes[0]!)).toBe('25,00\u00A0€');
  });
  it('APC : 50 € attestés au 1er juin 2018 (Quotidien du médecin), puis 56,50 € à une date que personne ne donne, 60 € au 22 décembre 2024 — les dates entre deux sont refusées, jamais 50 € affichés comme valeur en vigueur', () => {
    // The 50 € step is attested on 1 June 2018 (ISNAR §5.2 announces it; the Quotidien du médecin reports it in force).
    expect(t('APC', '2018-06-01')).toBe('50');
    expect(tarifActe('APC', '2018-06-01').attesteeJusquau).toBe('2018-06-01');
    // ameli (convention 2024): "APC 56,50 → 60 €" on 22 Dec 2024; no cited source dates the 50 → 56,50 € step.
    for (const d of ['2018-06-02', '2020-03-15', '2023-11-01', '2024-12-21']) {
      expect(() => tarifActe('APC', d), d).toThrow(expect.objectContaining({ code: 'VALEUR_INCONNUE' }));
      expect(valeurConnue('acte.APC', d), d).toBe(false);
    }
    const e = erreurMoteur(() => tarifActe('APC', '2020-03-15'));
    expect(e.message).toContain('1er juin 2018');
    expect(e.message).toContain('22 décembre 2024');
    expect(e.message).toContain('56,50');
    expect(t('APC', '2024-12-22')).toBe('60');
    // The other APC values (psychiatrists) are not affected: their last value has no such limit.
    expect(t('APCPsy', '2020-03-15')).toBe('62.5');
  });
  it('une période attestée se termine avant la période suivante et cite une source déclarée', () => {
    for (const p of listeParametres()) {
      p.periodes.forEach((per, i) => {
        if (!per.attesteeJusquau) return;
        expect(per.attesteeJusquau.date >= per.depuis, p.id).toBe(true);
        const suivante = p.periodes[i + 1];
        if (suivante) expect(per.attesteeJusquau.date < suivante.depuis, p.id).toBe(true);
        expect(per.attesteeJusquau.pourquoi.length, p.id).toBeGreaterThan(20);
        expect(sourceConnue(per.attesteeJusquau.source.document), p.id).toBe(true);
      });
    }
  });
  it('l’exercice « tarif à la date » ne tire jamais une date dont la valeur est inconnue', () => {
    const k = exercices['tarif-a-la-date']!;
    let apc = 0;
    for (let seed = 0; seed < 3000; seed++) {
      const p = k.generate(seed) as { acte: string; date: string };
      expect(valeurConnue(`acte.${p.acte}`, p.date), `graine ${seed} : ${p.acte} au ${p.date}`).toBe(true);
      if (p.acte === 'APC') apc++;
    }
    expect(apc).toBeGreaterThan(100); // APC is still drawn, at its known dates
  });
  it('acte inconnu : erreur typée', () => {
    expect(() => tarifActe('ZZ', '2017-05-01')).toThrow(expect.objectContaining({ code: 'ACTE_INCONNU' }));
  });
});

describe('sommeTarifs (un adressage daté : G + APC)', () => {
  const gApc = (date: string, depuis?: string) => sommeTarifs({ actes: ['G', 'APC'], date, ...(depuis ? { depuis } : {}) });
  it('ISNAR §5.2 : G + APC = 23 + 46 = 69 € en janvier 2017, 25 + 48 = 73 € en janvier 2018, 25 + 50 = 75 € au 1er juin 2018', () => {
    expect(gApc('2017-01-01').valeur.toString()).toBe('69');
    expect(gApc('2018-01-01').valeur.toString()).toBe('73');
    expect(gApc('2018-06-01').valeur.toString()).toBe('75');
  });
  it('écart 75 − 69 = 6 € ; hausse 6 ÷ 69 = 8,695… % (8,7 % au dixième de point)', () => {
    const r = gApc('2018-06-01', '2017-01-01');
    expect(r.sommeDepuis?.toString()).toBe('69');
    expect(r.ecart?.toString()).toBe('6');
    expect(formatTaux(r.hausse!, 1)).toBe('8,7\u00A0%');
    expect(r.hausse!.equals(D(6).div(69))).toBe(true);
  });
  it('la trace lit chaque tarif comme paramètre daté, avec sa source', () => {
    const r = gApc('2018-01-01');
    expect(r.etapes.filter((e) => e.genre === 'parametre').map((e) => e.source?.section)).toEqual(['§5.2', '§5.2']);
  });
  it('une date où l’APC n’est pas attesté est refusée (VALEUR_INCONNUE), comme par tarifActe', () => {
    expect(erreurMoteur(() => gApc('2020-03-15')).code).toBe('VALEUR_INCONNUE');
    expect(erreurMoteur(() => gApc('2018-01-01', '2018-06-01')).code).toBe('ENTREE_INVALIDE');
    expect(erreurMoteur(() => sommeTarifs({ actes: [], date: '2018-01-01' })).code).toBe('ENTREE_INVALIDE');
    expect(erreurMoteur(() => sommeTarifs({ actes: ['X'], date: '2018-01-01' })).code).toBe('ACTE_INCONNU');
  });
  it('propriété : la somme est additive (somme de [a, b] = tarif a + tarif b), ce que calcule tarifActe séparément', () => {
    const dates = ['2017-01-01', '2017-05-01', '2017-07-01', '2017-11-01', '2018-01-01'];
    const actes = ['G', 'CS', 'MPC', 'CNPSY', 'CSC'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...dates), fc.constantFrom(...actes), fc.constantFrom(...actes), (date, a, b) => {
        const s = sommeTarifs({ actes: [a, b], date }).valeur;
        return s.equals(tarifActe(a, date).valeur.plus(tarifActe(b, date).valeur));
      }),
    );
  });
});
