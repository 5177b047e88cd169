/**
 * Reads the export form (no DOM beyond FormData): a demand, or a French message saying what to fix.
 * Kept apart from the serializers so that the page's first script stays a few hundred bytes.
 */
import type { Theme } from '../../../engine/themes';
import { VARIANTES_MAX as MAX } from '../../../domaine/export/limites';

export interface DemandeLue {
  variantes: number;
  chapitres: string[];
  themes: Theme[];
  format: 'moodle-xml' | 'gift';
  ordre: 'ordering' | 'association';
}

export type Lecture = { ok: true; demande: DemandeLue; resume: string } | { ok: false; message: string };

export function lireFormulaire(f: FormData): Lecture {
  const brut = String(f.get('variantes') ?? '').trim();
  if (!/^\d{1,4}$/.test(brut) || Number(brut) > MAX) {
    return { ok: false, message: `Le nombre de variantes par exercice doit être un nombre entier de 0 à ${MAX} (vous avez saisi «\u00a0${brut}\u00a0»).` };
  }
  const variantes = Number(brut);
  const chapitres = f.getAll('chapitre').map(String);
  const themes = f.getAll('theme').map(String) as Theme[];
  if (chapitres.length === 0 && (themes.length === 0 || variantes === 0)) {
    return { ok: false, message: 'Le fichier serait vide\u00a0: cochez au moins un chapitre, ou un thème avec au moins une variante.' };
  }
  const [format, ordre] = String(f.get('format') ?? 'moodle-xml:ordering').split(':') as [DemandeLue['format'], DemandeLue['ordre']];
  const resume = `${chapitres.length}\u00a0chapitre${chapitres.length > 1 ? 's' : ''}, ${variantes}\u00a0variante${variantes > 1 ? 's' : ''} par exercice de ${themes.length}\u00a0thème${themes.length > 1 ? 's' : ''}`;
  return { ok: true, demande: { variantes, chapitres, themes, format, ordre }, resume };
}
