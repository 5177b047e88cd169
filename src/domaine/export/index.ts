/**
 * LMS exports of the course's questions (Moodle XML, GIFT): pure and browser-safe.
 * `exporterSerie(items, banque, format)` is the one call a page needs: a series code on /enseigner/
 * resolves to `Item[]`, the build-time files use `contenuBanque`.
 */
import type { Question } from '../../content/schemas/question';
import type { Item } from '../examen';
import { resoudreItems, type ContenuExport } from './contenu';
import { exporterGift } from './gift';
import { exporterMoodleXml } from './moodle-xml';
import type { OptionsExport } from './rendu';

export { exporterGift } from './gift';
export { exporterMoodleXml } from './moodle-xml';
export { contenuBanque, resoudreItems, calculerVariante, grainesExport, ErreurExport, VARIANTES_PAR_DEFAUT, VARIANTES_MAX } from './contenu';
export type { ContenuExport, ChoixContenu, ItemExercice, VarianteCalculee } from './contenu';
export { MOODLE_FRACTIONS, repartir, type OptionsExport } from './rendu';

export type FormatExport = 'moodle-xml' | 'gift';

/** File name and MIME type of each format, for downloads. */
export const FICHIERS: Readonly<Record<FormatExport, { extension: string; type: string }>> = {
  'moodle-xml': { extension: '.xml', type: 'application/xml' },
  gift: { extension: '.gift.txt', type: 'text/plain' },
};

export function exporter(contenu: ContenuExport, format: FormatExport, options: OptionsExport = {}): string {
  return format === 'gift' ? exporterGift(contenu, options) : exporterMoodleXml(contenu, options);
}

/** Exactly the questions and variants of a series (its resolved items), in the chosen format. */
export function exporterSerie(items: readonly Item[], banque: readonly Question[], format: FormatExport, options: OptionsExport = {}): string {
  return exporter(resoudreItems(items, banque), format, options);
}
