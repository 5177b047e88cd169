/** One downloadable export, built once at build time (a static endpoint per file). */
import { exporter } from '../../../domaine/export';
import { donneesExport, FICHIERS_EXPORT } from './_donnees';

export async function reponseFichier(nom: (typeof FICHIERS_EXPORT)[number]['nom']): Promise<Response> {
  const f = FICHIERS_EXPORT.find((x) => x.nom === nom)!;
  const { contenu, options } = await donneesExport();
  return new Response(exporter(contenu, f.format, { ...options, ordre: f.ordre }), { headers: { 'Content-Type': f.type } });
}
