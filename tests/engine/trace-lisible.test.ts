// Issue 10: traces showed internal identifiers (« barème « acte.consultationCoordonnee » », « arrondiAuCentimeInferieur : … »).
// Every text a trace step shows (label, formula, operands, result) must be French words, never an engine id.
import { describe, expect, it } from 'vitest';
import {
  exercices,
  formatValeurEtape,
  listeParametres,
  MODES_ARRONDI,
  plafondDepassementAutorise,
  priseEnChargeConsultation,
  texteResultat,
  type Etape,
} from '../../src/engine/index';

const IDS_PARAMETRES = listeParametres().map((p) => p.id);
const IDS_MODES = Object.keys(MODES_ARRONDI);

/** The engine ids found in the visible texts of a step. */
function idsVisibles(e: Etape): string[] {
  const textes = [e.libelle, e.formule, texteResultat(e), ...e.operandes.flatMap((o) => [o.nom, formatValeurEtape(o)])];
  return [...IDS_PARAMETRES, ...IDS_MODES].filter((id) => textes.some((t) => new RegExp(`(^|[^\\w.])${id.replace('.', '\\.')}($|[^\\w.])`).test(t)));
}

describe('les étapes d’une trace ne montrent aucun identifiant interne', () => {
  it('règles : paramètre daté et arrondi nommés en français', () => {
    const da = plafondDepassementAutorise({ date: '2017-07-01' });
    const pc = priseEnChargeConsultation({ situation: 'secteur2NonOptam', date: '2017-06-01', montantFacture: '40' });
    const etapes = [...da.etapes, ...pc.etapes];
    expect(etapes.some((e) => e.genre === 'parametre')).toBe(true);
    expect(etapes.some((e) => e.genre === 'arrondi')).toBe(true);
    expect(etapes.flatMap(idsVisibles)).toEqual([]);
    // The rounding step says, in French, how it rounds.
    expect(
      etapes
        .filter((e) => e.genre === 'arrondi')
        .map((e) => e.formule)
        .join(' | '),
    ).toMatch(/arrondi à l'euro supérieur/);
  });
  it.each(Object.keys(exercices))('exercice %s, 50 graines : solution sans identifiant', (id) => {
    const k = exercices[id]!;
    for (let seed = 1; seed <= 50; seed++) {
      const ids = k.solve(k.generate(seed)).etapes.flatMap(idsVisibles);
      expect(ids, `${id} graine ${seed}`).toEqual([]);
    }
  });
});
