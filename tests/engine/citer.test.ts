// The one citation format (src/engine/citer.ts), as islands use it (no bibliography) and as the
// server uses it (the registry's citations, src/engine/bibliographie.ts).
import { describe, expect, it } from 'vitest';
import { citer, citations, SOURCE_HORS_GUIDE } from '../../src/engine/index';
import { cdc, ext, isnar } from '../../src/engine/parametres/sources';

describe('citer', () => {
  it('les deux documents, avec leur section, sans bibliographie (îlots)', () => {
    expect(citer(isnar('§5.2'))).toBe('Guide ISNAR-IMG 2017, §5.2');
    expect(citer(cdc('II-B-3, note 173'))).toBe('Cour des comptes 2022, II-B-3, note 173');
  });
  it('sans section, la citation seule (pas de virgule pendante)', () => {
    expect(citer(isnar(''))).toBe('Guide ISNAR-IMG 2017');
  });
  it('dans un îlot, une source publique est « source publique hors du guide », avec sa section', () => {
    expect(citer(ext('urssaf-pamc', 'liste des cotisations'))).toBe(`${SOURCE_HORS_GUIDE}, liste des cotisations`);
  });
  it('côté serveur, toute entrée du registre est citée par sa citation', () => {
    expect(citer(ext('urssaf-pamc', 'liste des cotisations'), citations)).toBe('Urssaf, cotisations des PAMC, liste des cotisations');
    expect(citer(isnar('§4.3'), citations)).toBe('Guide ISNAR-IMG 2017, §4.3');
  });
});
