/**
 * The sheet and its key, once the code is read (Feuille.tsx loads this module lazily: it brings the
 * engine). Student version: numbered questions with their instructions and room to answer, each
 * exercise with its statement and an answer line. Key: the same items, each with its answer, and for
 * exercises the engine's worked solution with its sources (the Trace component the chapters show).
 *
 * Printing: an A4 page, no site chrome (the toolbar is screen-only), a running header with the course
 * name, the code and the date, and « Page x / y » in the page's margin boxes (@page, which Chromium
 * prints since version 131); an item is never split across two pages when it fits on one (feuille.css).
 */
import { useEffect } from 'preact/hooks';
import { exercices, formatEuros, formatTaux, LIBELLES_THEMES } from '../../engine';
import type { Question } from '../../content/schemas/question';
import { ordreDroite, ordreInitial, ordreOptions } from '../../domaine/corriger';
import type { Item } from '../../domaine/examen';
import { Explication } from '../quiz/Explication';
import { Trace } from '../widgets/Trace';
import { CONSIGNES, LIBELLES_TYPES_QUESTION } from './libelles';
import type { DonneesFeuille, ModeFeuille, PropsRendu } from './types';
import { ExportSerie } from './ExportSerie';

const NBSP = '\u00a0';
const lettre = (i: number) => String.fromCharCode(65 + i);
const DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
/** « 1er décembre 2026 »: French writes the first of the month as an ordinal, Intl does not. */
const dateDuJour = (d: Date) => DATE.format(d).replace(/^1 /, `1er${NBSP}`);

/** A CSS string literal (the code and the date hold no quote, but a label might). */
const chaineCss = (s: string) => `"${s.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`;

/** The key's answer to a bank question, in the letters and numbers the sheet printed. */
function reponseQuestion(q: Question): string {
  switch (q.type) {
    case 'choix-unique':
    case 'choix-multiple':
      return ordreOptions(q)
        .map((o, i) => ({ o: q.options[o]!, i }))
        .filter(({ o }) => o.correct)
        .map(({ o, i }) => `${lettre(i)}. ${o.texte}`)
        .join(`${NBSP}; `);
    case 'vrai-faux':
      return q.reponse ? 'Vrai' : 'Faux';
    case 'association': {
      const droite = ordreDroite(q);
      return q.paires.map((p, i) => `${i + 1}${NBSP}→${NBSP}${lettre(droite.indexOf(i))} (${p.droite})`).join(`${NBSP}; `);
    }
    case 'ordre': {
      const initial = ordreInitial(q);
      return q.elements.map((_, i) => lettre(initial.indexOf(i))).join(`${NBSP}→ `);
    }
  }
}

function CorpsQuestion({ q }: { q: Question }) {
  switch (q.type) {
    case 'choix-unique':
    case 'choix-multiple':
      return (
        <ul class="fiche-options">
          {ordreOptions(q).map((o, i) => (
            <li key={o}>
              <span class="fiche-case" aria-hidden="true" />
              {`${lettre(i)}. ${q.options[o]!.texte}`}
            </li>
          ))}
        </ul>
      );
    case 'vrai-faux':
      return (
        <p class="fiche-vrai-faux">
          Vrai{'\u2003'}/{'\u2003'}Faux
        </p>
      );
    case 'association': {
      const droite = ordreDroite(q);
      return (
        <div class="fiche-association">
          <ol class="fiche-association__gauche">
            {q.paires.map((p, i) => (
              <li key={i}>{p.gauche}</li>
            ))}
          </ol>
          <ul class="fiche-association__droite">
            {droite.map((d, i) => (
              <li key={d}>{`${lettre(i)}. ${q.paires[d]!.droite}`}</li>
            ))}
          </ul>
          <p class="fiche-ligne">{q.paires.map((_, i) => `${i + 1}${NBSP}→${NBSP}……`).join('    ')}</p>
        </div>
      );
    }
    case 'ordre':
      return (
        <>
          <ul class="fiche-options fiche-options--lettres">
            {ordreInitial(q).map((e, i) => (
              <li key={e}>{`${lettre(i)}. ${q.elements[e]}`}</li>
            ))}
          </ul>
          <p class="fiche-ligne">
            Ordre{NBSP}: {q.elements.map(() => '……').join(`${NBSP}→ `)}
          </p>
        </>
      );
  }
}

/** An item the course no longer has (a sheet code made with an older bank or engine): said, in its place. */
function ItemAbsent({ id, numero, texte }: { id: string; numero: number; texte: string }) {
  return (
    <article class="fiche-item" id={id}>
      <h2>Question {numero}</h2>
      <p>{texte}</p>
    </article>
  );
}

function ItemFeuille({
  item,
  numero,
  mode,
  donnees,
  questions,
}: {
  item: Item;
  numero: number;
  mode: ModeFeuille;
  donnees: DonneesFeuille;
  questions: Map<string, Question>;
}) {
  const id = `item-${numero}`;
  if (item.genre === 'question') {
    const q = questions.get(item.id);
    if (!q) return <ItemAbsent id={id} numero={numero} texte="Cette question n’existe plus dans la banque du cours." />;
    return (
      <article class="fiche-item" id={id} data-item="question" data-id={q.id} aria-labelledby={`${id}-titre`}>
        <h2 id={`${id}-titre`}>
          Question {numero} <span class="fiche-item__genre">· {LIBELLES_TYPES_QUESTION[q.type]}</span>
        </h2>
        <p class="fiche-enonce">{q.enonce}</p>
        <p class="fiche-consigne">{CONSIGNES[q.type]}</p>
        <CorpsQuestion q={q} />
        {mode === 'corrige' && (
          <div class="fiche-corrige">
            <p class="fiche-reponse-attendue">
              <strong>Réponse attendue{NBSP}:</strong> {reponseQuestion(q)}
            </p>
            <Explication q={q} citations={donnees.citations} pageSources={donnees.pageSources} />
          </div>
        )}
      </article>
    );
  }
  const kind = exercices[item.type];
  if (!kind) return <ItemAbsent id={id} numero={numero} texte="Cet exercice n’existe plus dans le moteur du cours." />;
  const params = kind.generate(item.graine);
  const solution = kind.solve(params);
  const euros = solution.unite === 'euros';
  return (
    <article
      class="fiche-item fiche-item--exercice"
      id={id}
      data-item="exercice"
      data-type={item.type}
      data-graine={item.graine}
      aria-labelledby={`${id}-titre`}
    >
      <h2 id={`${id}-titre`}>
        Question {numero}{' '}
        <span class="fiche-item__genre">
          · Exercice «{NBSP}
          {kind.titre}
          {NBSP}»
        </span>
      </h2>
      <p class="fiche-meta">
        Variante n°{NBSP}
        {item.graine} · {LIBELLES_THEMES[kind.theme]}
      </p>
      <p class="fiche-enonce">{kind.enonce(params)}</p>
      {mode === 'eleve' ? (
        <>
          <div class="fiche-brouillon" aria-hidden="true" />
          <p class="fiche-ligne">
            Réponse{NBSP}: ………………………… {euros ? '€' : '%'}
          </p>
        </>
      ) : (
        <div class="fiche-corrige">
          <p class="fiche-reponse-attendue">
            <strong>Réponse attendue{NBSP}:</strong> <span data-reponse>{euros ? formatEuros(solution.valeur) : formatTaux(solution.valeur)}</span>
          </p>
          <Trace etapes={solution.etapes} pageSources={donnees.pageSources} titre="La solution pas à pas" ouvert />
        </div>
      )}
    </article>
  );
}

export function RenduFeuille({ mode, items, code, genre, donnees, liens, requete }: PropsRendu) {
  const date = dateDuJour(new Date());
  const titre =
    genre === 'serie'
      ? mode === 'eleve'
        ? 'Fiche d’exercices'
        : 'Corrigé de la fiche'
      : mode === 'eleve'
        ? 'Auto-évaluation'
        : 'Corrigé de l’auto-évaluation';
  const libelleCode = genre === 'serie' ? 'de la série' : 'd’examen';
  const questions = new Map(donnees.banque.map((q) => [q.id, q]));

  // The running header and page numbers live in the page margins (CSS paged media): written here
  // because only the browser knows the code and the day the sheet is printed.
  useEffect(() => {
    document.title = `${titre} ${code} — Secteurs`;
    const style = document.createElement('style');
    style.dataset.pageFiche = '';
    style.textContent = `@page { @top-left { content: ${chaineCss(`Secteurs — ${titre}`)}; } @top-right { content: ${chaineCss(
      `Code ${libelleCode}${NBSP}: ${code} · ${date}`,
    )}; } @bottom-right { content: "Page " counter(page) " / " counter(pages); } }`;
    document.head.append(style);
    return () => style.remove();
  }, [titre, code, date, libelleCode]);

  return (
    <>
      <header class="fiche-outils ne-pas-imprimer">
        <nav aria-label="Version de la fiche" class="fiche-bascule">
          <a href={`${liens.fiche}${requete}`} aria-current={mode === 'eleve' ? 'page' : undefined} class="bouton">
            Version élève
          </a>
          <a href={`${liens.corrige}${requete}`} aria-current={mode === 'corrige' ? 'page' : undefined} class="bouton">
            Version corrigée
          </a>
        </nav>
        <button type="button" class="bouton bouton--principal" onClick={() => window.print()}>
          Imprimer
        </button>
        <a href={liens.enseigner}>
          Retour à «{NBSP}Enseigner{NBSP}»
        </a>
        <ExportSerie items={items} code={code} donnees={donnees} />
      </header>
      <main id="contenu" class={`fiche fiche--${mode}`} data-fiche-prete>
        <header class="fiche-entete">
          <h1>Secteurs — {titre}</h1>
          <p>
            Code {libelleCode}
            {NBSP}: <strong class="fiche-code">{code}</strong> · {date} · {items.length} question{items.length > 1 ? 's' : ''}
          </p>
          {mode === 'eleve' && (
            <p class="fiche-nom">
              Nom{NBSP}: ……………………………………………{'\u2003'}Date{NBSP}: ………………
            </p>
          )}
        </header>
        {items.map((item, i) => (
          <ItemFeuille key={i} item={item} numero={i + 1} mode={mode} donnees={donnees} questions={questions} />
        ))}
      </main>
    </>
  );
}
