// Dated, sourced parameters: integrity of the tables and the lookup contract.
import { describe, it, expect } from 'vitest';
import { parametre, formatParametre, listeParametres, ErreurMoteur, sources, sourceConnue, estExterne, ambiguites } from '../../src/engine/index';
import { erreurMoteur } from './erreur';

const IDS_REQUIS = [
  'acte.G',
  'acte.CS',
  'acte.MMG',
  'acte.consultationCoordonnee',
  'acte.consultationComplexe',
  'acte.consultationTresComplexe',
  'acte.CNPSY',
  'acte.CSC',
  'acte.APC',
  'acte.APCPsy',
  'acte.APCPUPH',
  'remboursement.tauxParcours',
  'remboursement.tauxHorsParcours',
  'participationForfaitaire',
  'secteur2.baseNonOptam',
  'tarifAutorite.generaliste',
  'tarifAutorite.specialiste',
  'depassementAutorise.plafond',
  'honorairesSansDepassement.ratioMinimum',
  'cotisation.maladie.taux',
  'cotisation.maladie.resteMedecin',
  'cotisation.af.tauxReduit',
  'cotisation.af.tauxPlein',
  'cotisation.af.seuilBas',
  'cotisation.af.seuilHaut',
  'cotisation.af.partCpam.tranche1',
  'cotisation.af.partCpam.tranche2',
  'cotisation.af.partCpam.tranche3',
  'pass',
  'asv.partCaisses',
  'redevance.consultation.chu',
  'redevance.consultation.ch',
  'redevance.autresActes.chu',
  'redevance.autresActes.ch',
  'redevance.imagerieBiologie',
  'activiteLiberale.plafondTemps',
  'fpmt.base',
  'fpmt.enfant',
  'fpmt.plus80OuAld',
  'fpmt.plus80EtAld',
  'majoration48h.specialisteCorrespondant',
  'majoration48h.medecinAdresseur',
  'aideInstallation.montant',
  'aideInstallation.duree',
  'optam.ecartMaximum',
];

describe('intégrité des barèmes', () => {
  const liste = listeParametres();
  it('contient tous les identifiants du contrat', () => {
    const ids = new Set(liste.map((p) => p.id));
    for (const id of IDS_REQUIS) expect(ids.has(id), id).toBe(true);
  });
  it('chaque période a une date valide, croissante, une source connue ; externe ⇔ source hors des deux documents', () => {
    for (const p of liste) {
      expect(p.periodes.length, p.id).toBeGreaterThan(0);
      let avant = '';
      for (const per of p.periodes) {
        expect(per.depuis, p.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(per.depuis > avant, `${p.id} ${per.depuis}`).toBe(true);
        avant = per.depuis;
        expect(sourceConnue(per.source.document), `${p.id} ${per.source.document}`).toBe(true);
        expect(per.externe, `${p.id} ${per.depuis}`).toBe(estExterne(per.source.document));
        if (estExterne(per.source.document)) expect(sources.find((s) => s.id === per.source.document)?.url, p.id).toMatch(/^https?:/);
      }
      for (const a of p.ambiguites) expect(ambiguites[a], `${p.id} → ${a}`).toBeDefined();
    }
  });
});

describe('parametre(id, date)', () => {
  it('ISNAR §5.2 : G = 23 € le 30 avril 2017, 25 € le 1er mai 2017', () => {
    expect(parametre('acte.G', '2017-04-30').valeur.toString()).toBe('23');
    expect(parametre('acte.G', '2017-05-01').valeur.toString()).toBe('25');
    expect(formatParametre('acte.G', '2017-05-02')).toBe('25,00\u00A0€');
  });
  it('ISNAR §4.3 : PASS 39 228 € au 1er janvier 2017 ; source « pass » : 48 060 € en 2026 (externe)', () => {
    const p = parametre('pass', '2017-01-01');
    expect(p.valeur.toString()).toBe('39228');
    expect(p.externe).toBe(false);
    const q = parametre('pass', '2026-03-01');
    expect(q.valeur.toString()).toBe('48060');
    expect(q.externe).toBe(true);
  });
  it('les taux se formatent en pourcentage ; 2/3 reste une fraction', () => {
    expect(formatParametre('depassementAutorise.plafond', '2017-06-01')).toBe('17,5\u00A0%');
    expect(formatParametre('asv.partCaisses', '2017-06-01')).toBe('2/3');
    expect(parametre('asv.partCaisses', '2017-06-01').valeur.mul(3).toDecimalPlaces(30).toString()).toBe('2');
  });
  it('participation forfaitaire 1 € puis 2 € le 15 mai 2024 (externe)', () => {
    expect(parametre('participationForfaitaire', '2024-05-14').valeur.toString()).toBe('1');
    expect(parametre('participationForfaitaire', '2024-05-15').valeur.toString()).toBe('2');
    expect(parametre('participationForfaitaire', '2024-05-15').externe).toBe(true);
  });
  it('une date antérieure à la première valeur est une erreur typée qui dit pourquoi', () => {
    const e = erreurMoteur(() => parametre('acte.CS', '2016-12-31'));
    expect(e.code).toBe('DATE_ANTERIEURE');
    expect(e.message).toContain('1er janvier 2017');
    expect(e.message).toContain('date de mise à jour du guide');
    expect(() => parametre('acte.consultationComplexe', '2017-10-31')).toThrow(/1er novembre 2017/);
  });
  it('identifiant inconnu, date invalide : erreurs typées', () => {
    expect(() => parametre('acte.XYZ', '2017-01-01')).toThrow(ErreurMoteur);
    expect(() => parametre('acte.G', '2017-02-30')).toThrow(/n'est pas une date valide/);
  });
});
