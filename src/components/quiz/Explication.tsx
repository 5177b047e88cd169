import type { Question } from '../../content/schemas/question';
import { citer } from '../../engine';
import { decouperExplication } from './citation';

/** The explanation followed by its citation, once, linked to the sources page. */
export function Explication({ q, citations, pageSources }: { q: Question; citations: Record<string, string>; pageSources: string }) {
  const citationSource = citations[q.source.document] ?? q.source.document;
  const ex = decouperExplication(q.explication, citationSource);
  const lien = <a href={`${pageSources}#${q.source.document}`}>{ex.citation ?? citer(q.source, citations)}</a>;
  return (
    <p>
      {`${ex.texte} `}
      <span class="source">
        ({lien}){ex.fin}
      </span>
    </p>
  );
}
