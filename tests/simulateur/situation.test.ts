// The simulator's pure part (src/simulateur/situation.ts), in Node without the worker: the activity
// computed by the course's engine and the Publicodes situation handed to modele-social.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { D, ErreurMoteur, SPECIALITES, parametre } from '../../src/engine/index';
import { CHOIX, activite, datePublicodes, modeleSocialCouvre, simulation, situationPublicodes, type EntreesSimulateur } from '../../src/simulateur/situation';

const base: EntreesSimulateur = {
  date: '2026-12-01',
  specialite: 'generaliste',
  consultations: D(4000),
  autresActes: D(10000),
  depassementSecteur2: D('0.4'),
  optamPartOpposable: D('0.6'),
  optamDepassement: D('0.2'),
  tauxPrimeOptam: null,
  frais: D(40000),
  partComplementaire: D('0.8'),
};

describe('activité de chaque choix (moteur du cours)', () => {
  it('secteur 1, généraliste au 1er décembre 2026 : G = 30 € (convention 2024, depuis le 22 décembre 2024)', () => {
    const a = activite(base, 'secteur1');
    expect(a.tarif.valeur.toString()).toBe(parametre('acte.G', base.date).valeur.toString());
    // 4 000 × 30 € + 10 000 € d’autres actes = 130 000 € ; aucun dépassement
    expect(a.honorairesOpposables.toString()).toBe('130000');
    expect(a.depassements.toString()).toBe('0');
    expect(a.honoraires.toString()).toBe('130000');
    expect(a.prime).toBeNull();
  });
  it('secteur 2 sans OPTAM à 40 % : 52 000 € de dépassements, consultation à 42 €', () => {
    const a = activite(base, 'secteur2');
    // 130 000 × 40 % = 52 000 ; 30 × 1,4 = 42
    expect(a.depassements.toString()).toBe('52000');
    expect(a.honoraires.toString()).toBe('182000');
    expect(a.prixConsultation.toString()).toBe('42');
  });
  it('OPTAM, dermatologue (taux CSMF 8,3 %) : prime = 8,3 % × 60 % × 136 000 € = 6 772,80 €', () => {
    const a = activite({ ...base, specialite: 'dermatologie', tauxPrimeOptam: D('0.083') }, 'optam');
    // consultation coordonnée 31,50 € (depuis le 1er novembre 2023) : 4 000 × 31,50 + 10 000 = 136 000 €
    expect(a.honorairesOpposables.toString()).toBe('136000');
    expect(a.prime?.valeur.toString()).toBe('6772.8');
    // recettes = 136 000 + 20 % × 136 000 + 6 772,80 = 169 972,80
    expect(a.recettes.toString()).toBe('169972.8');
  });
  it('OPTAM sans taux de prime connu (généraliste, champ laissé vide) : pas de prime inventée', () => {
    expect(activite(base, 'optam').prime).toBeNull();
  });
  it('côté patient, secteur 1 : AMO 70 % × 30 − 2 = 19 € ; reste à charge 2 € (participation forfaitaire) ; une année = 4 000 consultations', () => {
    const a = activite(base, 'secteur1');
    expect(a.patient.avec.partAmo.toString()).toBe('19');
    expect(a.patient.avec.resteACharge.toString()).toBe('2');
    expect(a.patient.annee.amo.toString()).toBe('76000');
    expect(a.patient.annee.resteACharge.toString()).toBe('8000');
  });
  it('côté patient, secteur 2 à 42 € : base 23 €, AMO 14,10 € ; reste à charge 2 € avec complémentaire, 21 € sans ; pondéré 80/20 sur l’année', () => {
    const a = activite(base, 'secteur2');
    expect(a.patient.avec.baseRemboursement.toString()).toBe('23');
    expect(a.patient.avec.partAmo.toString()).toBe('14.1');
    // avec : ticket modérateur 6,90 + dépassement 19 € (≤ 100 % de la base) → reste 2 € ; sans : 42 − 14,10 − 6,90 = 21 €
    expect(a.patient.avec.resteACharge.toString()).toBe('2');
    expect(a.patient.sans.resteACharge.toString()).toBe('21');
    // 4 000 × (0,8 × 2 + 0,2 × 21) = 4 000 × 5,80 = 23 200 €
    expect(a.patient.annee.resteACharge.toString()).toBe('23200');
  });
  it('propriété : pour chaque choix, AMO + complémentaire + reste à charge = facturé, sur une consultation et sur l’année', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8000 }),
        fc.integer({ min: 0, max: 150 }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom(...SPECIALITES.map((s) => s.id)),
        (n, dep, part, specialite) => {
          const e = { ...base, specialite, consultations: D(n), depassementSecteur2: D(dep).div(100), partComplementaire: D(part).div(100) };
          for (const c of CHOIX) {
            const a = activite(e, c);
            for (const p of [a.patient.avec, a.patient.sans])
              expect(p.partAmo.plus(p.partComplementaire).plus(p.resteACharge).equals(p.montantFacture)).toBe(true);
            const y = a.patient.annee;
            // the year's two weighted parts are rounded once each: the sum agrees to the cent
            expect(y.amo.plus(y.complementaire).plus(y.resteACharge).minus(y.facture).abs().lessThanOrEqualTo('0.01')).toBe(true);
            expect(a.honoraires.greaterThanOrEqualTo(a.honorairesOpposables)).toBe(true);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
  it('refuse des engagements OPTAM incohérents et une spécialité inconnue, avec un message en français', () => {
    expect(() => activite({ ...base, optamPartOpposable: D(1), optamDepassement: D('0.1') }, 'optam')).toThrow(ErreurMoteur);
    expect(() => activite({ ...base, partComplementaire: D('1.2') }, 'secteur1')).toThrow(/100/);
    expect(() => activite({ ...base, specialite: 'chirurgie-esthetique' }, 'secteur1')).toThrow(/n’est pas proposée/);
  });
});

describe('situation Publicodes (modele-social)', () => {
  it('reprend la situation du simulateur « profession libérale » de mon-entreprise et y ajoute le secteur, les recettes, les frais et la date', () => {
    const { situations } = simulation(base);
    expect(situations).not.toBeNull();
    const s1 = situations!.secteur1;
    expect(s1['dirigeant . indépendant . PL . métier']).toBe("'santé . médecin'");
    expect(s1['dirigeant . indépendant . PL . métier . santé . médecin . secteur']).toBe("'S1'");
    expect(s1["entreprise . chiffre d'affaires"]).toBe('130000.00 €/an');
    expect(s1['entreprise . charges']).toBe('40000.00 €/an');
    expect(s1.date).toBe('01/12/2026');
    expect(s1).not.toHaveProperty("dirigeant . indépendant . PL . PAMC . dépassement d'honoraire moyen");
    expect(situations!.secteur2["dirigeant . indépendant . PL . PAMC . dépassement d'honoraire moyen"]).toBe('40 %');
    // OPTAM : secteur 2 pour l’Urssaf, avec son propre taux de dépassement
    expect(situations!.optam['dirigeant . indépendant . PL . métier . santé . médecin . secteur']).toBe("'S2'");
    expect(situations!.optam["dirigeant . indépendant . PL . PAMC . dépassement d'honoraire moyen"]).toBe('20 %');
    expect(situations!.nonConventionne['dirigeant . indépendant . PL . métier . santé . médecin . secteur']).toBe("'non conventionné'");
  });
  it('la prime OPTAM entre dans le chiffre d’affaires (rémunération forfaitaire de l’Assurance Maladie)', () => {
    const e = { ...base, specialite: 'dermatologie', tauxPrimeOptam: D('0.083') };
    const a = activite(e, 'optam');
    expect(situationPublicodes(e, a)["entreprise . chiffre d'affaires"]).toBe('169972.80 €/an');
  });
  it('2017 : modele-social ne modélise pas ces règles — pas de situation, seule la partie du moteur du cours (participation CPAM selon le guide)', () => {
    const e = { ...base, date: '2017-06-01' };
    expect(modeleSocialCouvre(e.date)).toBe(false);
    const { activites, situations } = simulation(e);
    expect(situations).toBeNull();
    // G = 25 € au 1er juin 2017 (ISNAR §5.2)
    expect(activites.secteur1.tarif.valeur.toString()).toBe('25');
    expect(activites.secteur1.participation2017?.valeur.greaterThan(0)).toBe(true);
    // secteur 2 (§4.4) et OPTAM (§4.5) : aucune participation
    expect(activites.secteur2.participation2017?.valeur.toString()).toBe('0');
    expect(activites.optam.participation2017?.valeur.toString()).toBe('0');
    expect(activites.nonConventionne.participation2017).toBeNull();
  });
  it('datePublicodes', () => {
    expect(datePublicodes('2026-01-31')).toBe('31/01/2026');
  });
});
