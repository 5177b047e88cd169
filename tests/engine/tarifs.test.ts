// Tariffs by date: figures of the Guide ISNAR-IMG 2017 §5.2 (and §2.2), external values from SOURCES-NOTES part 2.
import { describe, it, expect } from 'vitest';
import { tarifActe, ErreurMoteur } from '../../src/engine/index';

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
  it('SOURCES-NOTES (externe) : G 26,50 € au 1er novembre 2023, 30 € au 22 décembre 2024', () => {
    const a = tarifActe('G', '2023-11-01');
    expect(a.valeur.toString()).toBe('26.5');
    expect(a.externe).toBe(true);
    expect(t('G', '2024-12-22')).toBe('30');
    expect(t('consultationCoordonnee', '2023-11-01')).toBe('31.5');
  });
  it('la trace cite la source', () => {
    const r = tarifActe('G', '2017-05-01');
    expect(r.etapes[0]?.source).toEqual({ document: 'isnar', section: '§5.2' });
    expect(r.etapes[0]?.resultat).toBe('25,00\u00A0€');
  });
  it('acte inconnu : erreur typée', () => {
    expect(() => tarifActe('ZZ', '2017-05-01')).toThrow(expect.objectContaining({ code: 'ACTE_INCONNU' }));
  });
});
