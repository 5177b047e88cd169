// Private practice at the hospital (ISNAR §3.4; ambiguity 18).
import { describe, it, expect } from 'vitest';
import { redevanceActiviteLiberale, plafondTempsActiviteLiberale } from '../../src/engine/index';

describe('redevanceActiviteLiberale', () => {
  it('ISNAR §3.4 : 16 % des consultations en CHU, 15 % en CH', () => {
    expect(
      redevanceActiviteLiberale({ date: '2017-06-01', etablissement: 'CHU', actes: [{ categorie: 'consultation', tarif: '100' }] }).valeur.toString(),
    ).toBe('16');
    expect(redevanceActiviteLiberale({ date: '2017-06-01', etablissement: 'CH', actes: [{ categorie: 'consultation', tarif: '100' }] }).valeur.toString()).toBe(
      '15',
    );
  });
  it('ISNAR §3.4 : 25 % (CHU) / 16 % (CH) des autres actes ; 60 % de l’imagerie et de la biologie', () => {
    const r = redevanceActiviteLiberale({
      date: '2017-06-01',
      etablissement: 'CHU',
      actes: [
        { categorie: 'autreActe', tarif: '100', nombre: 2 },
        { categorie: 'imagerieBiologie', tarif: '100' },
      ],
    });
    expect(r.valeur.toString()).toBe('110');
    expect(redevanceActiviteLiberale({ date: '2017-06-01', etablissement: 'CH', actes: [{ categorie: 'autreActe', tarif: '100' }] }).valeur.toString()).toBe(
      '16',
    );
  });
  it('ambiguïté 18 : la lecture sur les honoraires perçus est calculée quand ils sont donnés', () => {
    const r = redevanceActiviteLiberale({
      date: '2017-06-01',
      etablissement: 'CHU',
      actes: [{ categorie: 'consultation', tarif: '30', honorairesPercus: '60' }],
    });
    expect(r.valeur.toString()).toBe('4.8');
    expect(r.autresLectures[0]?.valeur?.toString()).toBe('9.6');
    expect(r.etapes.some((e) => e.ambiguite === 'a18')).toBe(true);
  });
  it('entrées impossibles', () => {
    expect(() => redevanceActiviteLiberale({ date: '2017-06-01', etablissement: 'CHU', actes: [{ categorie: 'consultation', tarif: '-3' }] })).toThrow(
      expect.objectContaining({ code: 'MONTANT_NEGATIF' }),
    );
  });
});

describe('plafondTempsActiviteLiberale', () => {
  it('ISNAR §3.4 : au plus 20 % de la durée du service hospitalier', () => {
    const r = plafondTempsActiviteLiberale({ date: '2017-06-01', dureeService: '48', dureeLiberale: '10' });
    expect(r.valeur.toString()).toBe('9.6');
    expect(r.respecte).toBe(false);
  });
});
