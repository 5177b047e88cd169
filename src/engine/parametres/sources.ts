/**
 * How parameters and rules name their source. 'isnar' and 'cdc' are the two seed documents; every
 * other id is an entry of the bibliography registry (src/engine/sources.json, see
 * ../bibliographie.ts), which carries its title, address and verification status. Parameters that
 * rely on a public source beyond the two documents carry `externe: true`.
 */
import type { SourceRef } from './types.js';

export function isnar(section: string): SourceRef {
  return { document: 'isnar', section };
}
export function cdc(section: string): SourceRef {
  return { document: 'cdc', section };
}
/**
 * A reference to a public source beyond the two documents, by its registry id. Only the id travels
 * with the value: titles and addresses stay in the registry, read by the server-rendered pages, so
 * a widget that evaluates a rule does not ship the whole bibliography. (tests/engine checks every
 * id is known.)
 */
export function ext(id: string, section = ''): SourceRef {
  return { document: id, section };
}
