/** What the sheet pages hand their island, and what the lazily loaded renderer takes. */
import type { Question } from '../../content/schemas/question';
import type { Item } from '../../domaine/examen';
import type { Theme } from '../../engine/themes';

export type ModeFeuille = 'eleve' | 'corrige';

export interface DonneesFeuille {
  banque: Question[];
  /** Citation text of each source id. */
  citations: Record<string, string>;
  /** Base-aware link to the sources page. */
  pageSources: string;
  /** The engine's kinds (id, title, theme), from the build: the draws need their themes before the engine loads. */
  kinds: Array<{ id: string; titre: string; theme: Theme }>;
  /** Chapters in the course's order with their titles: the Moodle categories of the series' export. */
  chapitres: Array<{ id: string; titre: string }>;
}

/** Base-aware paths of the sheet, the key and the builder. */
export interface LiensFeuille {
  fiche: string;
  corrige: string;
  enseigner: string;
}

export interface PropsRendu {
  mode: ModeFeuille;
  items: Item[];
  code: string;
  genre: 'serie' | 'examen';
  donnees: DonneesFeuille;
  liens: LiensFeuille;
  /** `?serie=…` or `?code=…`, for the switch between the two versions. */
  requete: string;
}
