/**
 * The course's five themes, in their canonical order, with their labels: the one list the exercise
 * kinds, the content schemas (question bank, chapters), the self-assessment draw and code, and the
 * score charts all import. It lives in the engine, the lowest layer, because exercise kinds carry a
 * theme; it imports nothing, so the home page's script and the self-assessment's start screen can
 * import this file alone without the engine's weight.
 *
 * The order is part of every exam code (code.ts encodes the chosen themes as a bit mask in this
 * order): reordering or inserting a theme changes the codes people keep (tests/domaine/codes-golden).
 */
export const THEMES = ['histoire', 'depassements', 'contrat', 'parcours', 'aujourdhui'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * `histoire`: history 1945–2016; `depassements`: DE, DA, DP, secteur 2, non conventionnés;
 * `contrat`: the conventioned contract and cotisations; `parcours`: médecin traitant and parcours de
 * soins; `aujourdhui`: the conventions today (Cour des comptes 2022).
 */
export const LIBELLES_THEMES: Readonly<Record<Theme, string>> = {
  histoire: 'Histoire et tarifs',
  depassements: 'Dépassements d’honoraires',
  contrat: 'Le contrat conventionnel',
  parcours: 'Parcours de soins et remboursement',
  aujourdhui: 'Les conventions aujourd’hui (Cour des comptes)',
};
