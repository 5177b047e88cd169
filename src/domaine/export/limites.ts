/** Variants per exercise kind in the downloadable files, and the bound of the page's form. No import: the form reads it without the engine. */
export const VARIANTES_PAR_DEFAUT = 20;
export const VARIANTES_MAX = 200;
