/**
 * Versions of the Urssaf's rules and of their evaluator, as pinned in package.json (exact versions:
 * the page says which rules it computes with). Read at build time by the page only.
 */
import paquet from '../../package.json';

export const VERSIONS = {
  modeleSocial: paquet.dependencies['modele-social'],
  publicodes: paquet.dependencies.publicodes,
} as const;
