/** Scores, dates and durations in words, for the start screen's history and the results (no engine here). */
import type { Score } from '../../domaine/schema-auto-evaluation';

export const nombre = (n: number) => String(n).replace('.', ',');
export const libelleScore = (s: Score) => `${nombre(s.points)} sur ${s.total} (${s.pourcent} %)`;
export const dateLisible = (iso: string) => new Date(iso).toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short' });
export function duree(secondes: number): string {
  const h = Math.floor(secondes / 3600);
  const m = Math.floor((secondes % 3600) / 60);
  const s = secondes % 60;
  return h > 0 ? `${h} h ${String(m).padStart(2, '0')} min` : `${m} min ${String(s).padStart(2, '0')} s`;
}
export function libelleTendance(delta: number | null): string {
  if (delta === null) return 'première tentative';
  if (delta > 0) return `↑ en progrès (+${delta} points)`;
  if (delta < 0) return `↓ en baisse (${delta} points)`;
  return '= stable';
}
