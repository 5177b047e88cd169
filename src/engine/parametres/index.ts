/**
 * The whole barème: the four families of dated parameters registered in the lookup
 * (`./registre.ts`), the full map and the list for the Barèmes page. The engine's public entry
 * re-exports this module; rule and exercise modules import `./registre.js` and register only their
 * own families, so that an island does not carry every parameter (see registre.ts).
 */
import { enregistrer, formaterBrut } from './registre.js';
import type { DefinitionParametre, SourceRef, UniteParametre } from './types.js';
import { tarifs } from './tarifs.js';
import { patient } from './patient.js';
import { contrat } from './contrat.js';
import { parametresCdc } from './cdc.js';
import { secteurs } from './secteurs.js';

export type { DefinitionParametre, Periode, SourceRef, UniteParametre } from './types.js';
export { definition, lireValeur, parametre, valeurConnue, formatParametre, type ValeurParametre } from './registre.js';

const toutes = [...tarifs, ...patient, ...contrat, ...parametresCdc, ...secteurs];
enregistrer(toutes);

export const definitions: ReadonlyMap<string, DefinitionParametre> = new Map(toutes.map((d) => [d.id, d]));

export interface ParametrePourBareme {
  id: string;
  libelle: string;
  unite: UniteParametre;
  ambiguites: string[];
  periodes: Array<{
    depuis: string;
    valeur: string;
    valeurBrute: string;
    source: SourceRef;
    externe: boolean;
    note?: string;
    /** Last day a source attests the value; after it, unknown until the next period. */
    attesteeJusquau?: { date: string; source: SourceRef; pourquoi: string };
  }>;
}

/** Every parameter with its dated, sourced values — for the "Barèmes" page. */
export function listeParametres(): ParametrePourBareme[] {
  return [...definitions.values()].map((def) => ({
    id: def.id,
    libelle: def.libelle,
    unite: def.unite,
    ambiguites: def.ambiguites ?? [],
    periodes: def.periodes.map((p) => ({
      depuis: p.depuis,
      valeur: formaterBrut(p.valeur, def.unite),
      valeurBrute: p.valeur,
      source: p.source,
      externe: p.externe === true,
      ...(p.note ? { note: p.note } : {}),
      ...(p.attesteeJusquau ? { attesteeJusquau: p.attesteeJusquau } : {}),
    })),
  }));
}
