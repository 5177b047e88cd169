// Cross-checks: where the course's engine (src/engine) and the Urssaf's rules (modele-social 11.1.0,
// evaluated by publicodes 1.10.3) describe the same rule for the same year, both are computed for a
// range of incomes; they agree, or the documented difference is asserted.
import { beforeAll, describe, expect, it } from 'vitest';
import rules from 'modele-social';
import Engine from 'publicodes';
import { D, cotisationsPriseEnCharge, parametre, tauxAllocationsFamiliales, type Decimal } from '../../src/engine/index';
import { ASSIETTE, ASSIETTE_PARTICIPATION, PARTICIPATION, evaluerSituation } from '../../src/simulateur/regles';
import { SITUATION_BASE } from '../../src/simulateur/situation';

let engine: Engine;
beforeAll(() => {
  engine = new Engine(rules as ConstructorParameters<typeof Engine>[0], { logger: { log() {}, warn() {}, error() {} } });
}, 60_000);

const SECTEUR = 'dirigeant . indépendant . PL . métier . santé . médecin . secteur';
const AF = 'dirigeant . indépendant . cotisations et contributions . allocations familiales';
const [PART_AF, PART_MALADIE, PART_ASV] = PARTICIPATION.parts.map((p) => p.regle);
const ASV_ASSIETTE = 'dirigeant . indépendant . PL . CARMF . ASV . assiette';

/** Value of a rule in euros per year, as a Decimal (publicodes' float read once, as a string). */
function ms(regle: string): Decimal {
  const v = engine.evaluate({ valeur: regle, unité: '€/an' }).nodeValue;
  if (typeof v !== 'number') throw new Error(`${regle} : pas de valeur (${String(v)})`);
  return D(String(v));
}
function situer(ca: number, secteur: "'S1'" | "'S2'", date = '01/07/2026') {
  engine.setSituation({
    ...SITUATION_BASE,
    date,
    "entreprise . chiffre d'affaires": `${ca} €/an`,
    'entreprise . charges': '0 €/an',
    [SECTEUR]: secteur,
  } as never);
}

// A range of incomes (chiffre d'affaires, no expenses) across the thresholds of 110 %, 140 % and 250 % of the PASS (48 060 € in 2026).
const CHIFFRES = [30_000, 60_000, 75_000, 95_000, 160_000, 250_000];

describe('PASS : moteur du cours et modele-social', () => {
  it.each(['2023', '2024', '2025', '2026'])('%s : même plafond annuel', (annee) => {
    engine.setSituation({ date: `01/07/${annee}` } as never);
    // engine: dated parameter « pass » (external sources, PASS by year) ; modele-social: base.publicodes (PSS by date, monthly × 12)
    expect(ms('plafond sécurité sociale').equals(parametre('pass', `${annee}-07-01`).valeur)).toBe(true);
  });
});

describe('Secteur 1, 2026 : participation CPAM', () => {
  it('en l’absence de dépassement, l’assiette de participation vaut l’assiette des cotisations (mon-entreprise, site/test/modele-ti/PAMC.test.ts, « vaut l’assiette sociale en l’absence de revenus non conventionnés et de dépassements »)', () => {
    for (const ca of CHIFFRES) {
      situer(ca, "'S1'");
      expect(ms(ASSIETTE_PARTICIPATION).minus(ms(ASSIETTE)).abs().lessThan('0.000001')).toBe(true);
    }
  }, 60_000);

  it('ASV : les caisses paient les deux tiers (ISNAR §4.3, paramètre asv.partCaisses) — même montant, au centime', () => {
    for (const ca of CHIFFRES) {
      situer(ca, "'S1'");
      const cotisationAsv = ms(ASV_ASSIETTE);
      const a = ms(ASSIETTE);
      const cours = cotisationsPriseEnCharge({ secteur: 'secteur1', revenu: a.toDecimalPlaces(2), date: '2026-07-01', cotisationAsv });
      // cours : 2/3 × cotisation, arrondi au centime ; modele-social : produit assiette × 2/3, non arrondi
      expect(cours.asv!.partCaisses.minus(ms(PART_ASV)).abs().lessThanOrEqualTo('0.005')).toBe(true);
    }
  }, 60_000);

  it('maladie : (taux − 0,1 %) × assiette de participation — accord à l’euro au-dessus de 110 % du PASS ; en dessous, modele-social applique le taux progressif des indépendants (CSS D.621-3, 0 à 6,5 %) et la différence documentée est assertée', () => {
    let dessus = 0;
    let dessous = 0;
    for (const ca of CHIFFRES) {
      situer(ca, "'S1'");
      const a = ms(ASSIETTE);
      const p = ms(ASSIETTE_PARTICIPATION);
      const cours = cotisationsPriseEnCharge({
        secteur: 'secteur1',
        revenu: a.toDecimalPlaces(2),
        assietteParticipation: p.toDecimalPlaces(2),
        date: '2026-07-01',
      });
      const urssaf = ms(PART_MALADIE);
      const pass = parametre('pass', '2026-07-01').valeur;
      if (a.greaterThanOrEqualTo(pass.mul('1.1'))) {
        // cours : (6,50 % − 0,10 %) × P au centime ; modele-social : même produit arrondi à l’euro
        expect(cours.maladie.partCpam.minus(urssaf).abs().lessThanOrEqualTo('0.5')).toBe(true);
        dessus += 1;
      } else {
        dessous += 1;
        // below 110 % of the PASS the Urssaf's rate is below 6,5 % (progressive): its participation is smaller
        expect(urssaf.lessThan(cours.maladie.partCpam.minus('0.5'))).toBe(true);
      }
    }
    // the range covers both sides of 110 % of the PASS
    expect([dessus > 0, dessous > 0]).toEqual([true, true]);
  }, 60_000);

  it('allocations familiales : la lecture « modele-social » calculée par le moteur (ambiguïté 3) égale modele-social ; la lecture retenue par le cours (tranche sur le revenu total, seuils 110/140 %) en diffère entre 110 % et 140 % du PASS', () => {
    let differences = 0;
    for (const ca of CHIFFRES) {
      situer(ca, "'S1'");
      const a = ms(ASSIETTE).toDecimalPlaces(2);
      const cours = cotisationsPriseEnCharge({ secteur: 'secteur1', revenu: a, date: '2026-07-01' });
      const lectureMs = cours.autresLectures.find((l) => l.ambiguite === 'a3')!.valeur!;
      const urssaf = ms(PART_AF);
      // modele-social: whole AF contribution × share chosen on the assiette (140 % / 250 %), rounded to the euro
      expect(lectureMs.minus(urssaf).abs().lessThanOrEqualTo('0.5')).toBe(true);
      if (!cours.af.partCpam.minus(urssaf).abs().lessThanOrEqualTo('0.5')) {
        differences += 1;
        // the difference is the share only: 75 % (course, 110–140 %) or 60 % (course, > 140 %) instead of modele-social's 100 %/75 %
        expect(cours.af.partCpamTaux.lessThan(1)).toBe(true);
      }
    }
    expect(differences).toBeGreaterThan(0);
  }, 60_000);

  it('taux de la cotisation AF : barème D.613-1 (0 % ≤ 110 % du PASS, progressif jusqu’à 3,10 % à 140 %) identique — secteur 2, sans participation', () => {
    for (const ca of CHIFFRES) {
      situer(ca, "'S2'");
      const a = ms(ASSIETTE);
      const due = tauxAllocationsFamiliales(a, '2026-07-01').valeur.mul(a);
      expect(due.minus(ms(AF)).abs().lessThanOrEqualTo('0.5')).toBe(true);
    }
  }, 60_000);
});

describe('evaluerSituation : ce que le simulateur lit des règles', () => {
  it('secteur 1 : le total des lignes affichées est le total de modele-social ; la participation CPAM est la somme de ses parts', () => {
    const r = evaluerSituation(engine, {
      ...SITUATION_BASE,
      date: '01/07/2026',
      "entreprise . chiffre d'affaires": '120000 €/an',
      'entreprise . charges': '30000 €/an',
      [SECTEUR]: "'S1'",
    });
    const somme = r.lignes.filter((l) => !l.regle.endsWith('exonérations')).reduce((s, l) => s.plus(l.valeur ?? 0), D(0));
    expect(somme.minus(r.total!).abs().lessThan('0.000001')).toBe(true);
    const parts = r.participation.reduce((s, l) => s.plus(l.valeur ?? 0), D(0));
    // PAMC . participation CPAM is rounded to the euro
    expect(parts.minus(r.participationTotale!).abs().lessThanOrEqualTo('0.5')).toBe(true);
    // net = chiffre d'affaires − charges − cotisations et contributions
    expect(D(r.net!).plus(r.total!).minus(90000).abs().lessThan('0.000001')).toBe(true);
    // every line carries a title; the CARMF lines carry the CARMF's references
    expect(r.lignes.every((l) => l.titre.length > 0)).toBe(true);
    expect(r.lignes.find((l) => l.regle.endsWith('PCV'))!.references.some((x) => x.url.includes('carmf.fr'))).toBe(true);
  }, 60_000);
});
