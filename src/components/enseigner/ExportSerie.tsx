/**
 * « Exporter cette série » on a sheet's toolbar: exactly the sheet's questions and exercise variants, in
 * Moodle XML or GIFT, written in the browser by the same pure serializers as the build-time files of
 * /enseigner/exports/ (src/domaine/export). They load on the first click only: the sheet does not pay
 * for them. Same code → byte-identical file (tests/e2e/enseigner.e2e.ts compares it with Node's).
 */
import { useState } from 'preact/hooks';
import type { Item } from '../../domaine/examen';
import type { DonneesFeuille } from './types';

const FORMATS = [
  { format: 'moodle-xml', libelle: 'Moodle XML', extension: '.xml', type: 'application/xml;charset=utf-8' },
  { format: 'gift', libelle: 'GIFT', extension: '.gift.txt', type: 'text/plain;charset=utf-8' },
] as const;

interface Props {
  items: Item[];
  code: string;
  donnees: DonneesFeuille;
}

export function ExportSerie({ items, code, donnees }: Props) {
  const [message, setMessage] = useState('');

  async function exporter(f: (typeof FORMATS)[number]) {
    setMessage(`Préparation du fichier ${f.libelle}…`);
    try {
      const { exporterSerie } = await import('../../domaine/export');
      const texte = exporterSerie(items, donnees.banque, f.format, { chapitres: donnees.chapitres, citations: donnees.citations });
      const lien = document.createElement('a');
      lien.href = URL.createObjectURL(new Blob([texte], { type: f.type }));
      lien.download = `secteurs-serie-${code}${f.extension}`;
      document.body.append(lien);
      lien.click();
      lien.remove();
      setTimeout(() => URL.revokeObjectURL(lien.href), 10_000);
      setMessage(`Fichier ${f.libelle} de la série ${code} prêt (${lien.download}).`);
    } catch (e) {
      console.error(e);
      setMessage('Le fichier n’a pas pu être préparé (connexion interrompue\u00a0?). Réessayez.');
    }
  }

  return (
    <div class="fiche-export" role="group" aria-label="Exporter cette série vers une plateforme de cours">
      <span>Exporter{'\u00a0'}:</span>
      {FORMATS.map((f) => (
        <button key={f.format} type="button" class="bouton" data-export={f.format} onClick={() => void exporter(f)}>
          {f.libelle}
        </button>
      ))}
      <span class="fiche-export__message" role="status">
        {message}
      </span>
    </div>
  );
}
