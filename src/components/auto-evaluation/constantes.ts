/** Constants shared by the exam draw and the stored-state schema (no imports: the home page's script stays tiny). */
export const THEMES_EXAMEN = ['histoire', 'depassements', 'contrat', 'parcours', 'aujourdhui'] as const;
export type ThemeExamen = (typeof THEMES_EXAMEN)[number];
export const LONGUEURS = [15, 40] as const;
export type Longueur = (typeof LONGUEURS)[number];
