/**
 * What the page's form loads when a teacher asks for a file: the serializers, the engine (for the
 * variants) and the question bank. Imported dynamically on the first « Générer », never before.
 */
import type { Question } from '../../../content/schemas/question';
import { citations, type Theme } from '../../../engine';
import { contenuBanque, exporter, type FormatExport } from '../../../domaine/export';

// The bank's JSON files, as the content collection reads them (its build validates them).
const fichiers = import.meta.glob<Question[]>('../../../content/questions/*.json', { eager: true, import: 'default' });
const banque: Question[] = Object.keys(fichiers)
  .flatMap((k) => fichiers[k]!)
  .sort((a, b) => a.id.localeCompare(b.id));

export interface Demande {
  variantes: number;
  chapitres: string[];
  themes: Theme[];
  format: FormatExport;
  ordre: 'ordering' | 'association';
  titresChapitres: Array<{ id: string; titre: string }>;
}

export function generer(d: Demande): string {
  const contenu = contenuBanque(banque, { variantes: d.variantes, chapitres: d.chapitres, themes: d.themes });
  return exporter(contenu, d.format, { chapitres: d.titresChapitres, citations, ordre: d.ordre });
}
