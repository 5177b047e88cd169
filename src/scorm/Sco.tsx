/**
 * A SCO of the SCORM package: the self-assessment (an exam drawn from a fresh code, as on the site)
 * or one chapter's quiz, one item per screen, with the course's own widgets (QuestionQuiz, Exercice)
 * and scoring (domaine/score.ts). With an LMS session (./api.ts) it reports status, score and time
 * and keeps a compact resume state (./etat.ts); without one it works the same and says that no
 * score is sent.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LIBELLES_THEMES, THEMES } from '../engine';
import type { Question } from '../content/schemas/question';
import { estCorrecte } from '../domaine/corriger';
import { encoderCode, graineAleatoire, LONGUEURS, type Item, type Longueur } from '../domaine/examen';
import { pointsQuestion, pointsVerdict, pourcentage } from '../domaine/score';
import { ItemExamen } from '../components/auto-evaluation/ItemExamen';
import type { SessionScorm } from './api';
import { encoderEtat, lireEtat, type EtatSco, type ReponseSco } from './etat';
import { itemsDe, themesDe, type ConfigSco } from './tirage';

export type { ConfigSco };

export interface DonneesSco {
  banque: Question[];
  citations: Record<string, string>;
  pageSources: string;
}

interface Props {
  config: ConfigSco;
  donnees: DonneesSco;
  session: SessionScorm | null;
}

function points(items: Item[], reponses: Array<ReponseSco | null>, questions: Map<string, Question>): number {
  return items.reduce((s, it, i) => {
    const r = reponses[i];
    if (!r) return s;
    if (r.genre === 'exercice') return s + pointsVerdict(r.verdict);
    const q = it.genre === 'question' ? questions.get(it.id) : undefined;
    return s + (q ? pointsQuestion(estCorrecte(q, r.reponse)) : 0);
  }, 0);
}

export function Sco({ config, donnees, session }: Props) {
  const questions = useMemo(() => new Map(donnees.banque.map((q) => [q.id, q])), [donnees.banque]);
  const [annonce, setAnnonce] = useState<string | null>(null);
  const [etat, setEtat] = useState<EtatSco | null>(() => {
    const lu = lireEtat(session?.suspendu ?? '');
    const genre = config.genre === 'quiz' ? 'Q' : 'A';
    if (lu.ok && lu.etat.genre === genre && itemsDe(config, donnees.banque, lu.etat.cle)) return lu.etat;
    if (config.genre === 'quiz') return { genre: 'Q', cle: config.chapitre, index: 0, fini: false, secondes: 0, reponses: [] };
    return null;
  });
  useEffect(() => {
    const lu = lireEtat(session?.suspendu ?? '');
    if (!lu.ok && lu.raison === 'version') setAnnonce('Cette tentative avait été commencée avec une autre version du cours : elle recommence depuis le début.');
    else if (lu.ok && etat && lu.etat.index > 0 && !lu.etat.fini) setAnnonce(`Reprise là où vous vous étiez arrêté : question ${lu.etat.index + 1}.`);
    // Once, at launch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const items = useMemo(() => (etat ? (itemsDe(config, donnees.banque, etat.cle) ?? []) : []), [config, donnees.banque, etat?.cle]); // eslint-disable-line react-hooks/exhaustive-deps
  const debut = useRef(Date.now());
  const secondesBase = useRef(etat?.secondes ?? 0);
  const titre = useRef<HTMLHeadingElement>(null);
  const etatCourant = useRef(etat);
  etatCourant.current = etat;

  const avecTemps = (e: EtatSco): EtatSco => ({ ...e, secondes: secondesBase.current + Math.floor((Date.now() - debut.current) / 1000) });

  // Leaving mid-attempt (tab closed, LMS page changed): save, exit « suspend », finish — the LMS relaunches with this state.
  useEffect(() => {
    const quitter = () => {
      const e = etatCourant.current;
      if (session && !session.finie && e) session.suspendre(encoderEtat(avecTemps(e)));
    };
    window.addEventListener('pagehide', quitter);
    return () => window.removeEventListener('pagehide', quitter);
  }, [session]);

  useEffect(() => {
    titre.current?.focus();
  }, [etat?.index, etat?.fini, etat?.cle]);

  const maj = (e: EtatSco) => {
    setEtat(e);
    if (session && !e.fini) session.sauver(encoderEtat(avecTemps(e)), 'incomplete');
  };

  const terminer = (e: EtatSco) => {
    const fin = avecTemps({ ...e, fini: true });
    setEtat(fin);
    if (session) session.terminer(pourcentage(points(items, fin.reponses, questions), items.length), encoderEtat(fin), 'completed');
  };

  const horsLms = !session && (
    <p class="message sco__hors-lms" role="note">
      Ouvert hors d’une plateforme de formation (LMS)&nbsp;: tout fonctionne, mais aucun score n’est envoyé.
    </p>
  );

  if (!etat) {
    return (
      <Depart
        titre={config.titre}
        themes={themesDe(config, donnees.banque)}
        horsLms={horsLms}
        onCommencer={(longueur) => {
          const code = encoderCode({ graine: graineAleatoire(), longueur, themes: themesDe(config, donnees.banque) });
          maj({ genre: 'A', cle: code, index: 0, fini: false, secondes: 0, reponses: [] });
        }}
      />
    );
  }

  const n = items.length;
  if (etat.fini) {
    const p = points(items, etat.reponses, questions);
    return (
      <section class="sco" aria-labelledby="sco-titre">
        <h1 id="sco-titre" tabIndex={-1} ref={titre}>
          {config.titre}&nbsp;: résultat
        </h1>
        {horsLms}
        <p class="resultat resultat__principal" id="sco-score">
          Score&nbsp;: {pourcentage(p, n)}&nbsp;% ({String(p).replace('.', ',')} point{p > 1 ? 's' : ''} sur {n})
        </p>
        <p>{session ? 'Le score a été envoyé à la plateforme.' : 'Aucun score n’a été envoyé.'}</p>
        {config.genre === 'auto-evaluation' && <p>Code de cet examen&nbsp;: {etat.cle}</p>}
      </section>
    );
  }

  const i = Math.min(etat.index, n - 1);
  const item = items[i]!;
  const r = etat.reponses[i] ?? null;
  const question = item.genre === 'question' ? questions.get(item.id) : undefined;
  const repondre = (rep: ReponseSco) => {
    const reponses = Array.from({ length: n }, (_, k) => etat.reponses[k] ?? null);
    reponses[i] = rep;
    maj({ ...etat, reponses });
  };
  return (
    <section class="sco ae-examen" aria-labelledby="sco-titre">
      <p class="ae-examen__contexte">
        {config.titre}
        {config.genre === 'auto-evaluation' ? ` · examen ${etat.cle}` : ''} · {LIBELLES_THEMES[item.theme]}
      </p>
      <h1 id="sco-titre" tabIndex={-1} ref={titre}>
        Question {i + 1} sur {n}
      </h1>
      {horsLms}
      {annonce && (
        <p class="message" role="status">
          {annonce}
        </p>
      )}
      <progress class="ae-progression" max={n} value={i + 1} aria-label={`Question ${i + 1} sur ${n}`}>
        {i + 1} sur {n}
      </progress>
      <ItemExamen
        item={item}
        question={question}
        numero={i + 1}
        cle={`${etat.cle}-${i}`}
        citations={donnees.citations}
        pageSources={donnees.pageSources}
        reponseVerifiee={r?.genre === 'question' ? r.reponse : undefined}
        saisieInitiale={r?.genre === 'exercice' ? r.saisie : undefined}
        onQuestion={(_id, _correcte, reponse) => repondre({ genre: 'question', reponse })}
        onExercice={(verdict, saisie) => repondre({ genre: 'exercice', verdict, saisie })}
      />
      <div class="ae-actions">
        {r !== null || !question ? (
          i === n - 1 ? (
            <button type="button" class="bouton bouton--principal" onClick={() => terminer(etat)}>
              Terminer et voir le résultat
            </button>
          ) : (
            <button type="button" class="bouton bouton--principal" onClick={() => maj({ ...etat, index: i + 1 })}>
              Question suivante
            </button>
          )
        ) : (
          <span class="ae-aide">Répondez puis vérifiez pour passer à la question suivante.</span>
        )}
      </div>
    </section>
  );
}

function Depart({
  titre,
  themes,
  horsLms,
  onCommencer,
}: {
  titre: string;
  themes: string[];
  horsLms: preact.ComponentChildren;
  onCommencer: (l: Longueur) => void;
}) {
  const [longueur, setLongueur] = useState<Longueur>(LONGUEURS[0]);
  const h1 = useRef<HTMLHeadingElement>(null);
  return (
    <section class="sco" aria-labelledby="sco-titre">
      <h1 id="sco-titre" tabIndex={-1} ref={h1}>
        {titre}
      </h1>
      {horsLms}
      <p>
        Un examen tiré au hasard sur {themes.length === THEMES.length ? 'tout le cours' : `${themes.length} thème${themes.length > 1 ? 's' : ''} du cours`}, une
        question par écran.
      </p>
      <fieldset>
        <legend>Longueur de l’examen</legend>
        {LONGUEURS.map((l) => (
          <label key={l} class="sco__choix">
            <input type="radio" name="longueur" value={l} checked={longueur === l} onChange={() => setLongueur(l)} /> {l}&nbsp;questions
          </label>
        ))}
      </fieldset>
      <p>
        <button type="button" class="bouton bouton--principal" onClick={() => onCommencer(longueur)}>
          Commencer l’examen
        </button>
      </p>
    </section>
  );
}
