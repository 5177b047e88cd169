/**
 * A graded exercise from the engine: a seeded variant, the learner's answer typed in French
 * notation, "Vérifier" (verdict, likely mistake, then the worked solution), hints one at a time,
 * "Voir la solution", "Nouvelle variante". Attempts and best score go to the learner's progress.
 * An unreadable answer costs no attempt: it only gets a message saying how to write it.
 *
 * The view takes the exercise kind itself, so an island that imports one kind ships only the rules
 * that kind uses (src/components/exercices/*); `Exercice.tsx` looks a kind up by id for the
 * self-assessment, which needs them all.
 */
import { useRef, useState } from 'preact/hooks';
import { formatEuros, formatTaux, type ExerciseKind, type Notation, type Params } from '../../engine';
import { enregistrerExercice } from '../../stores/progression';
import { Trace } from './Trace';
import { ImpressionExercice } from './ImpressionExercice';

export interface PropsExercice {
  /** Seed of the first variant shown (the same seed gives the same numbers on every machine). */
  graine?: number;
  pageSources: string;
  /**
   * Exam use: one graded answer on this variant, no hints, no "Voir la solution", no "Nouvelle variante";
   * once answered the field is read-only and the worked solution shows.
   */
  examen?: boolean;
  /** An answer already given (resuming an exam): graded again on mount (grading is pure) and shown. */
  saisieInitiale?: string;
  /** Called with the verdict of each readable answer. */
  onNote?: (notation: Notation, saisie: string) => void;
}

const SCORES = { correct: 1, proche: 0.5, faux: 0, illisible: 0 } as const;
const nouvelleGraine = () => {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return (a[0]! % 9000) + 1000;
};

export function ExerciceVue({ kind, graine = 1, pageSources, examen = false, saisieInitiale, onNote }: PropsExercice & { kind: ExerciseKind<Params> }) {
  const type = kind.id;
  const [seed, setSeed] = useState(graine);
  const [reponse, setReponse] = useState(saisieInitiale ?? '');
  const [notation, setNotation] = useState<Notation | null>(() => {
    if (!saisieInitiale) return null;
    const n = kind.grade(kind.generate(graine), saisieInitiale);
    return n.verdict === 'illisible' ? null : n;
  });
  const [indices, setIndices] = useState(0);
  const [solutionVisible, setSolutionVisible] = useState(() => notation !== null);
  const [tentatives, setTentatives] = useState(() => (notation ? 1 : 0));
  const retour = useRef<HTMLDivElement>(null);

  const params = kind.generate(seed);
  const listeIndices = kind.indices(params);
  const idChamp = `exercice-${type}-reponse`;
  const focusRetour = () => requestAnimationFrame(() => retour.current?.focus());

  const repondu = examen && notation !== null && notation.verdict !== 'illisible';
  function verifier(e?: Event) {
    e?.preventDefault();
    if (repondu) return;
    const n = kind.grade(params, reponse);
    setNotation(n);
    if (n.verdict !== 'illisible') {
      setTentatives((t) => t + 1);
      enregistrerExercice(type, SCORES[n.verdict]);
      if (examen || n.verdict === 'correct' || n.verdict === 'proche') setSolutionVisible(true);
      onNote?.(n, reponse);
    }
    focusRetour();
  }
  function variante() {
    setSeed(nouvelleGraine());
    setReponse('');
    setNotation(null);
    setIndices(0);
    setSolutionVisible(false);
    setTentatives(0);
  }

  const solution = solutionVisible ? kind.solve(params) : null;
  const illisible = notation?.verdict === 'illisible';
  return (
    <section class="widget exercice" aria-labelledby={`exercice-${type}-titre`}>
      <p class="widget__titre" id={`exercice-${type}-titre`}>
        Exercice : {kind.titre} <span class="exercice__variante">(variante n° {seed})</span>
      </p>
      <p class="exercice__enonce">{kind.enonce(params)}</p>
      <form class="exercice__formulaire" onSubmit={verifier}>
        <div class={`champ${illisible ? ' champ--erreur' : ''}`}>
          <label for={idChamp}>Votre réponse</label>
          <input
            id={idChamp}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellcheck={false}
            value={reponse}
            readOnly={repondu}
            aria-invalid={illisible ? 'true' : undefined}
            aria-describedby={`${idChamp}-aide`}
            onInput={(e) => setReponse((e.currentTarget as HTMLInputElement).value)}
          />
          <span id={`${idChamp}-aide`} class="champ__aide">En notation française, par exemple « 1 234,56 € » ou « 17,5 % ».</span>
        </div>
        <div class="exercice__actions">
          {!repondu && <button type="submit" class="bouton bouton--principal">Vérifier</button>}
          {!examen && indices < listeIndices.length && !solutionVisible && (
            <button type="button" class="bouton" onClick={() => setIndices(indices + 1)}>
              Indice ({indices + 1} sur {listeIndices.length})
            </button>
          )}
          {!examen && !solutionVisible && (
            <button type="button" class="bouton" onClick={() => { setSolutionVisible(true); focusRetour(); }}>Voir la solution</button>
          )}
          {!examen && <button type="button" class="bouton" onClick={variante}>Nouvelle variante</button>}
        </div>
      </form>
      {indices > 0 && (
        <ol class="exercice__indices" aria-label="Indices">
          {listeIndices.slice(0, indices).map((t, i) => <li key={i}>{t}</li>)}
        </ol>
      )}
      <div class="exercice__retour" ref={retour} tabIndex={-1} aria-live="polite">
        {notation && (
          <div class={`verdict-bloc verdict-bloc--${notation.verdict}`}>
            <p class="verdict">
              {{ correct: '✓ Juste.', proche: '≈ Presque.', faux: '✗ Ce n’est pas le bon résultat.', illisible: '? Réponse illisible.' }[notation.verdict]}{' '}
              {notation.message}
            </p>
            {notation.erreurProbable && <p><strong>Erreur probable :</strong> {notation.erreurProbable}</p>}
            {notation.verdict !== 'illisible' && <p class="exercice__tentatives">Tentatives sur cette variante : {tentatives}. Tolérance : {notation.tolerance.description}</p>}
          </div>
        )}
        {solution && (
          <div class="exercice__solution">
            <p class="resultat__principal">
              Réponse attendue : {solution.unite === 'euros' ? formatEuros(solution.valeur) : formatTaux(solution.valeur)}
            </p>
            <Trace etapes={solution.etapes} pageSources={pageSources} titre="La solution pas à pas" ouvert />
          </div>
        )}
      </div>
      {!examen && <ImpressionExercice kind={kind} params={params} pageSources={pageSources} id={`exercice-${type}`} />}
    </section>
  );
}
