/**
 * A graded exercise from the engine: a seeded variant, the learner's answer typed in French
 * notation, "Vérifier", hints one at a time, "Voir la solution", "Nouvelle variante".
 * A wrong answer gets the verdict and the likely mistake, never the expected value: the worked solution
 * shows on request, or by itself after `TENTATIVES_AVANT_SOLUTION` wrong attempts on the variant. Once
 * it has been shown, answers on that variant are recorded as attempts « solution vue », never as
 * mastered (progression.ts); a new variant is the way to practise again.
 * An unreadable answer costs no attempt: it only gets a message saying how to write it.
 *
 * The view takes the exercise kind itself, so an island that imports one kind ships only the rules
 * that kind uses; `Exercice.tsx` looks a kind up by id for the self-assessment, which needs them all.
 *
 * Or it takes a loader (`charger`) and, from the server, the first variant's title, statement and
 * hints (`apercu`): the chapter islands (src/components/exercices/*) hydrate without the engine, and
 * the kind (its rules, grading and worked solution, with decimal.js) arrives at the reader's first
 * action on the exercise: entering the field, « Vérifier », « Voir la solution », « Nouvelle
 * variante », printing with the solution. A reader who only reads downloads none of it (issue 12,
 * README « Mesures »). Hints of the first variant need no engine: they are in `apercu`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExerciseKind, Notation, Params } from '../../engine';
import { enregistrerExercice, marquerSolutionVue } from '../../stores/progression';
import { pointsVerdict } from '../../domaine/score';
import { useRepriseApresHydratation, valeurChamp } from './hydratation';
import { ImpressionExercice } from './ImpressionExercice';
import type { VueSolution } from './SolutionExercice';

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

/** What the server computed for the first variant (`graine`), so the island can hydrate without the engine. */
export interface ApercuExercice {
  id: string;
  titre: string;
  enonce: string;
  indices: string[];
}

/** A chapter island: the kind arrives on the first action; `apercu` is absent when rendered in the browser only (embeds). */
export interface PropsExerciceDiffere extends PropsExercice {
  apercu?: ApercuExercice;
}

/**
 * The kind and the solution's view (SolutionExercice: the engine's formats and trace) given at once,
 * or a loader of the kind: the view is then loaded with it. This module imports nothing of the engine
 * but types, so an island with a loader hydrates without it.
 */
type SourceExercice =
  | { kind: ExerciseKind<Params>; Solution: VueSolution; charger?: never; apercu?: never }
  | { kind?: never; Solution?: never; charger: () => Promise<ExerciseKind<Params>>; apercu?: ApercuExercice };

/** Wrong or close attempts on one variant after which the worked solution shows by itself. */
export const TENTATIVES_AVANT_SOLUTION = 3;
const nouvelleGraine = () => {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return (a[0]! % 9000) + 1000;
};

export function ExerciceVue({
  kind: kindDonne,
  Solution: vueDonnee,
  charger,
  apercu,
  graine = 1,
  pageSources,
  examen = false,
  saisieInitiale,
  onNote,
}: PropsExercice & SourceExercice) {
  const [kind, setKind] = useState<ExerciseKind<Params> | null>(kindDonne ?? null);
  // A function in state is set through an updater (useState would call it).
  const [Solution, setSolution] = useState<VueSolution | null>(() => vueDonnee ?? null);
  const chargement = useRef<Promise<ExerciseKind<Params>> | null>(null);
  /** The kind, loaded once with the solution's view (at the first action when the island was given a loader). */
  function obtenirKind(): Promise<ExerciseKind<Params>> {
    if (kind) return Promise.resolve(kind);
    chargement.current ??= Promise.all([charger!(), import('./SolutionExercice')]).then(([k, m]) => {
      setSolution(() => m.SolutionExercice);
      setKind(k);
      return k;
    });
    return chargement.current;
  }
  /** Runs `action` with the kind: at once when it is there, else once it has arrived. */
  function avecKind(action: (k: ExerciseKind<Params>) => void) {
    if (kind) action(kind);
    else void obtenirKind().then(action);
  }
  // Rendered in the browser only, without a server preview (embeds): load at once.
  useEffect(() => {
    if (!kind && !apercu) void obtenirKind();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const [seed, setSeed] = useState(graine);
  const [reponse, setReponse] = useState(saisieInitiale ?? '');
  const [notation, setNotation] = useState<Notation | null>(() => {
    if (!saisieInitiale || !kind) return null;
    const n = kind.grade(kind.generate(graine), saisieInitiale);
    return n.verdict === 'illisible' ? null : n;
  });
  const [indices, setIndices] = useState(0);
  const [solutionVisible, setSolutionVisible] = useState(() => notation !== null);
  /** The solution was shown on this variant before it was solved. */
  const [solutionVue, setSolutionVue] = useState(false);
  const [tentatives, setTentatives] = useState(() => (notation ? 1 : 0));
  const retour = useRef<HTMLDivElement>(null);
  // An answer typed before hydration is kept and graded as typed.
  const champ = useRepriseApresHydratation<HTMLInputElement, string>(valeurChamp, reponse, setReponse);

  // Until the kind is there, the first variant is shown as the server computed it.
  const params = kind ? kind.generate(seed) : null;
  const type = kind?.id ?? apercu?.id ?? '';
  const titre = kind?.titre ?? apercu?.titre ?? '';
  const enonce = kind && params ? kind.enonce(params) : (apercu?.enonce ?? '');
  const listeIndices = kind && params ? kind.indices(params) : (apercu?.indices ?? []);
  const idChamp = `exercice-${type}-reponse`;
  const focusRetour = () => requestAnimationFrame(() => retour.current?.focus());

  const repondu = examen && notation !== null && notation.verdict !== 'illisible';
  function verifier(e?: Event) {
    e?.preventDefault();
    if (repondu) return;
    // Read the field itself: what it holds is what the reader sees and submits.
    const saisie = champ.current?.value ?? reponse;
    if (saisie !== reponse) setReponse(saisie);
    avecKind((k) => noterSaisie(k, saisie));
  }
  function noterSaisie(k: ExerciseKind<Params>, saisie: string) {
    const n = k.grade(k.generate(seed), saisie);
    setNotation(n);
    if (n.verdict !== 'illisible') {
      const t = tentatives + 1;
      setTentatives(t);
      // After the solution was shown, an answer is only an attempt « solution vue ».
      enregistrerExercice(type, pointsVerdict(n.verdict), { solutionVue: solutionVisible && !examen });
      if (examen && !solutionVisible) setSolutionVisible(true);
      if (n.verdict === 'correct') setSolutionVisible(true);
      else if (!examen && !solutionVisible && t >= TENTATIVES_AVANT_SOLUTION) montrerSolution();
      onNote?.(n, saisie);
    }
    focusRetour();
  }
  /** Shows the worked solution (on request or after enough attempts); recorded as seen unless already solved. */
  function montrerSolution() {
    if (solutionVisible) return;
    void obtenirKind();
    setSolutionVisible(true);
    if (!examen) {
      setSolutionVue(true);
      marquerSolutionVue(type);
    }
  }
  function variante() {
    avecKind(nouvelleVariante);
  }
  function nouvelleVariante() {
    setSeed(nouvelleGraine());
    setReponse('');
    setNotation(null);
    setIndices(0);
    setSolutionVisible(false);
    setSolutionVue(false);
    setTentatives(0);
  }

  const solution = solutionVisible && kind && params ? kind.solve(params) : null;
  const illisible = notation?.verdict === 'illisible';
  if (!kind && !apercu) return <p class="widget exercice">Chargement de l’exercice…</p>;
  return (
    // Entering the exercise (focus, pointer) starts loading its kind, so that it is there by the first answer.
    <section
      class="widget exercice"
      aria-labelledby={`exercice-${type}-titre`}
      onFocusCapture={kind ? undefined : () => void obtenirKind()}
      onPointerDown={kind ? undefined : () => void obtenirKind()}
    >
      <p class="widget__titre" id={`exercice-${type}-titre`}>
        Exercice : {titre} <span class="exercice__variante">(variante n° {seed})</span>
      </p>
      <p class="exercice__enonce">{enonce}</p>
      {/* method="dialog": submitted before hydration (Enter on a slow phone), a form outside a dialog
          does nothing, instead of reloading the page and losing what was typed. */}
      <form class="exercice__formulaire" method="dialog" onSubmit={verifier}>
        <div class={`champ${illisible ? ' champ--erreur' : ''}`}>
          <label for={idChamp}>Votre réponse</label>
          <input
            ref={champ}
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
          <span id={`${idChamp}-aide`} class="champ__aide">
            En notation française, par exemple « 1 234,56 € » ou « 17,5 % ».
          </span>
        </div>
        <div class="exercice__actions">
          {!repondu && (
            <button type="submit" class="bouton bouton--principal">
              Vérifier
            </button>
          )}
          {!examen && indices < listeIndices.length && !solutionVisible && (
            <button type="button" class="bouton" onClick={() => setIndices(indices + 1)}>
              Indice ({indices + 1} sur {listeIndices.length})
            </button>
          )}
          {!examen && !solutionVisible && (
            <button
              type="button"
              class="bouton"
              onClick={() => {
                montrerSolution();
                focusRetour();
              }}
            >
              Voir la solution
            </button>
          )}
          {!examen && (
            <button type="button" class="bouton" onClick={variante}>
              Nouvelle variante
            </button>
          )}
        </div>
      </form>
      {indices > 0 && (
        <ol class="exercice__indices" aria-label="Indices">
          {listeIndices.slice(0, indices).map((t, i) => (
            <li key={i}>{t}</li>
          ))}
        </ol>
      )}
      <div class="exercice__retour" ref={retour} tabIndex={-1} aria-live="polite">
        {notation && (
          <div class={`verdict-bloc verdict-bloc--${notation.verdict}`}>
            <p class="verdict">
              {{ correct: '✓ Juste.', proche: '≈ Presque.', faux: '✗ Ce n’est pas le bon résultat.', illisible: '? Réponse illisible.' }[notation.verdict]}{' '}
              {/* The grader's message names the expected value: only for a right or unreadable answer,
                  or once the solution is shown anyway. */}
              {notation.verdict === 'correct' || notation.verdict === 'illisible' || solution
                ? notation.message
                : notation.verdict === 'proche'
                  ? 'Vous êtes tout près : vérifiez les arrondis et chaque étape.'
                  : notation.erreurProbable
                    ? ''
                    : 'Reprenez le calcul étape par étape.'}
            </p>
            {notation.erreurProbable && !(solution && notation.message.includes(notation.erreurProbable)) && (
              <p>
                <strong>Erreur probable :</strong> {notation.erreurProbable}
              </p>
            )}
            {notation.verdict !== 'illisible' && (
              <p class="exercice__tentatives">
                Tentatives sur cette variante : {tentatives}. Tolérance : {notation.tolerance.description}
              </p>
            )}
            {!examen && !solution && notation.verdict !== 'illisible' && notation.verdict !== 'correct' && (
              <p class="exercice__relance">
                Essayez encore{indices < listeIndices.length ? ', demandez un indice' : ''} ou affichez la solution ; elle s’affichera d’elle-même après{' '}
                {TENTATIVES_AVANT_SOLUTION} tentatives ({Math.max(0, TENTATIVES_AVANT_SOLUTION - tentatives)} restante
                {TENTATIVES_AVANT_SOLUTION - tentatives > 1 ? 's' : ''}).
              </p>
            )}
            {solutionVue && notation.verdict !== 'illisible' && (
              <p class="exercice__relance">
                Solution vue : vos réponses sur cette variante ne comptent plus comme réussites. Passez à une nouvelle variante pour vous entraîner.
              </p>
            )}
          </div>
        )}
        {solutionVisible && !(solution && Solution) && <p class="exercice__chargement">Calcul de la solution…</p>}
        {solution && Solution && <Solution solution={solution} pageSources={pageSources} />}
      </div>
      {!examen && (
        <ImpressionExercice kind={kind} params={params} Solution={Solution} charger={obtenirKind} pageSources={pageSources} id={`exercice-${type}`} />
      )}
    </section>
  );
}
