/**
 * Issue 15, engine prerequisite: `cotisationsPriseEnCharge` refuses a secteur that did not exist at the
 * date asked (SECTEUR_INEXISTANT). The dates are read here from the sources, not from the engine:
 * - OPTAM: « deux options en vigueur depuis janvier 2017 » (CdC II-B-3) → from 2017-01-01;
 * - CAS: created by avenant n° 8, « signé le 25 octobre 2012 » (CdC II-B-3, note 171; entry into force
 *   not given: the signature is only a "not before"); « Le CAS est donc remplacé par l’[OPTAM] »
 *   (ISNAR §4.5) → gone from 2017-01-01 under the retained reading of ambiguity 21; « maintenu en place
 *   par la convention de 2016 » (ISNAR §3.2) → still there under the other reading;
 * - secteur 1 and secteur 2 (created in 1980, ISNAR §3.2) exist over the whole range.
 * The cotisation barème (PASS, AF and maladie rates: ISNAR §4.3) starts on 2017-01-01.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { cotisationsPriseEnCharge, ErreurMoteur, SECTEURS_COTISATIONS, type LectureCas, type SecteurCotisations } from '../../src/engine/index';
import { erreurMoteur } from './erreur';

const OPTAM_DEPUIS = '2017-01-01';
const CAS_PAS_AVANT = '2012-10-25';
const CAS_REMPLACE = '2017-01-01';
const BAREME_DEPUIS = '2017-01-01';

/** The oracle, from the sources above: does the secteur option exist that day? */
function existe(secteur: SecteurCotisations, date: string, lecture: LectureCas): boolean {
  if (secteur === 'optam') return date >= OPTAM_DEPUIS;
  if (secteur === 'cas') return date >= CAS_PAS_AVANT && (lecture === 'maintenu-2016' || date < CAS_REMPLACE);
  return true;
}

const calcul = (secteur: SecteurCotisations, date: string, lecture?: LectureCas) => () =>
  cotisationsPriseEnCharge({ revenu: '100000', date, secteur, assietteParticipation: '60000', ...(lecture ? { lecture } : {}) });

describe('secteurs datés : un secteur qui n’existait pas à la date demandée est refusé', () => {
  it('OPTAM : refusé le 31 décembre 2016 (SECTEUR_INEXISTANT, message qui nomme le secteur, la date et la source), calculé le 1er janvier 2017', () => {
    const e = erreurMoteur(calcul('optam', '2016-12-31'));
    expect(e.code).toBe('SECTEUR_INEXISTANT');
    expect(e.message).toContain('« secteur 2 adhérent à l’OPTAM »');
    expect(e.message).toContain('31 décembre 2016');
    expect(e.message).toContain('1er janvier 2017');
    expect(e.message).toContain('Cour des comptes 2022, II-B-3');
    // §4.5: no participation for the OPTAM, replaced by its prime — but a result, not a refusal.
    expect(calcul('optam', '2017-01-01')().valeur.toString()).toBe('0');
  });

  it('CAS, lecture retenue (ISNAR §4.5 « remplacé ») : refusé le 1er janvier 2017 et après, le message dit pourquoi il n’est jamais calculable', () => {
    for (const date of ['2017-01-01', '2017-06-01', '2024-06-01']) {
      const e = erreurMoteur(calcul('cas', date));
      expect(e.code, date).toBe('SECTEUR_INEXISTANT');
      expect(e.message).toContain('« secteur 2 adhérent au contrat d’accès aux soins (CAS) »');
      expect(e.message).toContain('Guide ISNAR-IMG 2017, §4.5');
      expect(e.message).toContain('ambiguïté n° 21');
      expect(e.message).toContain('calculable à aucune date');
      expect(e.details?.autreLecture).toBe('maintenu-2016');
    }
    expect(erreurMoteur(calcul('cas', '2017-01-01')).message).toContain('au 1er janvier 2017');
  });

  it('CAS, autre lecture (ISNAR §3.2 « maintenu ») : calculé après 2016, la trace nomme l’ambiguïté 21', () => {
    // (9,8 % − 0,1 %) × 60 000 = 5 820 € of maladie (ISNAR §4.3, §4.5).
    const r = calcul('cas', '2017-06-01', 'maintenu-2016')();
    expect(r.maladie.partCpam.toString()).toBe('5820');
    expect(r.etapes.some((e) => e.ambiguite === 'a21' && e.source?.section === '§3.2')).toBe(true);
    // the retained reading's trace never names it: it does not compute the CAS at all
    expect(calcul('secteur1', '2017-06-01')().etapes.some((e) => e.ambiguite === 'a21')).toBe(false);
  });

  it('CAS avant la signature de l’avenant n° 8 (25 octobre 2012) : SECTEUR_INEXISTANT dans les deux lectures ; entre 2012 et 2016, pas de taux (DATE_ANTERIEURE)', () => {
    for (const lecture of ['remplace-2017', 'maintenu-2016'] as const) {
      const e = erreurMoteur(calcul('cas', '2012-10-24', lecture));
      expect(e.code).toBe('SECTEUR_INEXISTANT');
      expect(e.message).toContain('25 octobre 2012');
      expect(e.message).toContain('note 171');
      const f = erreurMoteur(calcul('cas', '2015-06-01', lecture));
      expect(f.code).toBe('DATE_ANTERIEURE');
      expect(f.message).toContain('CAS');
    }
  });

  it('secteur 1 et secteur 2 : inchangés (résultat dès 2017, DATE_ANTERIEURE du barème avant, jamais SECTEUR_INEXISTANT)', () => {
    // Secteur 1, 100 000 € in 2017, assiette 60 000 €: maladie (9,8 % − 0,1 %) × 60 000 = 5 820 € (§4.3).
    expect(calcul('secteur1', '2017-01-01')().maladie.partCpam.toString()).toBe('5820');
    expect(calcul('secteur2', '2017-01-01')().valeur.toString()).toBe('0');
    for (const s of ['secteur1', 'secteur2'] as const) expect(erreurMoteur(calcul(s, '2016-12-31')).code).toBe('DATE_ANTERIEURE');
  });

  it('une lecture inconnue est refusée', () => {
    expect(erreurMoteur(() => cotisationsPriseEnCharge({ revenu: '1', date: '2017-06-01', lecture: 'autre' as never })).code).toBe('ENTREE_INVALIDE');
  });

  it('propriété : pour toute date de 2010 à 2035, le résultat existe ssi le secteur existe à cette date (et le barème aussi) ; sinon SECTEUR_INEXISTANT ssi le secteur n’existe pas', () => {
    const jour = fc
      .integer({ min: Date.UTC(2010, 0, 1) / 864e5, max: Date.UTC(2035, 11, 31) / 864e5 })
      .map((j) => new Date(j * 864e5).toISOString().slice(0, 10));
    fc.assert(
      fc.property(jour, fc.constantFrom(...SECTEURS_COTISATIONS), fc.constantFrom<LectureCas>('remplace-2017', 'maintenu-2016'), (date, secteur, lecture) => {
        let code: string | null = null;
        try {
          calcul(secteur, date, lecture)();
        } catch (e) {
          if (!(e instanceof ErreurMoteur)) throw e;
          code = e.code;
        }
        const ex = existe(secteur, date, lecture);
        expect(code === null, `${secteur} ${lecture} ${date}`).toBe(ex && date >= BAREME_DEPUIS);
        expect(code === 'SECTEUR_INEXISTANT', `${secteur} ${lecture} ${date}`).toBe(!ex);
      }),
      { numRuns: 300 },
    );
  });

  it('propriété : dans le barème (depuis 2017), OPTAM et CAS « maintenu » existent toujours, le CAS de la lecture retenue jamais', () => {
    // Edge dates are drawn on purpose: fast-check biases integers towards the bounds.
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2017, 0, 1) / 864e5, max: Date.UTC(2035, 11, 31) / 864e5 }), (j) => {
        const date = new Date(j * 864e5).toISOString().slice(0, 10);
        expect(calcul('optam', date)().secteur).toBe('optam');
        expect(calcul('cas', date, 'maintenu-2016')().secteur).toBe('cas');
        expect(erreurMoteur(calcul('cas', date)).code).toBe('SECTEUR_INEXISTANT');
      }),
      { numRuns: 100 },
    );
  });
});
