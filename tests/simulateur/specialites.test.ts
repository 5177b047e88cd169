// The specialties of the simulator (src/engine/rules/specialites.ts): OPTAM prime rates only where the
// CSMF's 2017 list gives them (registry « csmf-optam »), and the same rates as the OPTAM exercise's own copy.
import { describe, expect, it } from 'vitest';
import { SPECIALITES, TAUX_PRIME_OPTAM_CSMF, exercices, sources, tarifActe } from '../../src/engine/index';

describe('spécialités du simulateur', () => {
  it('les taux de la prime OPTAM sont ceux de la CSMF (registre « csmf-optam ») : cardiologues 7,0 %, dermatologues 8,3 %, endocrinologues 8,8 %', () => {
    const usage = sources.find((s) => s.id === 'csmf-optam')!.usage.replace(/[\u00a0\u202f]/g, ' ');
    expect(usage).toContain('cardiologues 7,0 %');
    expect(usage).toContain('dermatologues 8,3 %');
    expect(usage).toContain('endocrinologues 8,8 %');
    expect(TAUX_PRIME_OPTAM_CSMF.cardiologie).toBe('0.070');
    expect(TAUX_PRIME_OPTAM_CSMF.dermatologie).toBe('0.083');
    expect(TAUX_PRIME_OPTAM_CSMF.endocrinologie).toBe('0.088');
  });
  it('aucun taux inventé : le généraliste et le psychiatre n’en ont pas', () => {
    expect(SPECIALITES.filter((s) => s.tauxPrimeOptam === null).map((s) => s.id)).toEqual(['generaliste', 'psychiatrie']);
  });
  it('la copie de l’exercice « prime OPTAM » a les mêmes taux (sur 200 variantes)', () => {
    const vus = new Map<string, string>();
    for (let graine = 1; graine <= 200; graine++) {
      const p = exercices['prime-optam']!.generate(graine) as { specialite: string; tauxSpecialite: string };
      vus.set(p.specialite, p.tauxSpecialite);
    }
    expect(Object.fromEntries(vus)).toEqual(TAUX_PRIME_OPTAM_CSMF);
  });
  it('chaque spécialité a un tarif de consultation à aujourd’hui et en juin 2017', () => {
    for (const s of SPECIALITES) for (const d of ['2017-06-01', '2026-12-01']) expect(tarifActe(s.acte, d).valeur.greaterThan(0)).toBe(true);
  });
});
