/**
 * SCORM 1.2 runtime adapter: finds the LMS's `API` object and wraps the calls the package makes.
 * Its own module, with no UI: the SCO's screens call `ouvrirSession()` and get either a session
 * talking to the LMS or `null` (opened outside an LMS — the course works as usual and says that no
 * score is sent).
 */

/** The SCORM 1.2 API an LMS exposes as `window.API` (strings in, strings out). */
export interface ApiScorm12 {
  LMSInitialize(p: ''): string;
  LMSFinish(p: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, valeur: string): string;
  LMSCommit(p: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

/** How far up the frame tree (and the opener's) the search goes: ADL's algorithm gives up after 7 levels. */
export const PROFONDEUR_MAX = 7;

type Fenetre = { API?: unknown; parent: Fenetre | null; opener?: Fenetre | null };

const estApi = (x: unknown): x is ApiScorm12 => typeof x === 'object' && x !== null && typeof (x as ApiScorm12).LMSInitialize === 'function';

/** Walks `win` and its parents (at most PROFONDEUR_MAX levels) for an `API` object. A cross-origin parent is skipped, not fatal. */
function chercherEnMontant(depart: Fenetre | null | undefined): ApiScorm12 | null {
  let w = depart;
  for (let i = 0; w && i <= PROFONDEUR_MAX; i++) {
    try {
      if (estApi(w.API)) return w.API;
    } catch {
      // A window of another origin: reading it throws. Keep climbing.
    }
    if (w.parent === w) break;
    w = w.parent;
  }
  return null;
}

/** The standard search: this window and its parents, then the window that opened it and its parents. */
export function trouverApi(win: Fenetre): ApiScorm12 | null {
  const ici = chercherEnMontant(win);
  if (ici) return ici;
  let opener: Fenetre | null | undefined;
  try {
    opener = win.opener;
  } catch {
    return null; // an opener of another origin: no API reachable there
  }
  return chercherEnMontant(opener);
}

/** Milliseconds → SCORM 1.2 CMITimespan « HHHH:MM:SS.SS » (hours on four digits, at most 9999). */
export function dureeScorm(ms: number): string {
  const centiemes = Math.max(0, Math.min(Math.round(ms / 10), 9999 * 360000 + 359999));
  const h = Math.floor(centiemes / 360000);
  const m = Math.floor((centiemes % 360000) / 6000);
  const s = Math.floor((centiemes % 6000) / 100);
  const c = centiemes % 100;
  const deux = (n: number) => String(n).padStart(2, '0');
  return `${String(h).padStart(4, '0')}:${deux(m)}:${deux(s)}.${deux(c)}`;
}

export type StatutLecon = 'incomplete' | 'completed' | 'passed' | 'failed';

export interface SessionScorm {
  /** `cmi.suspend_data` as the LMS gave it at launch ('' on a first attempt). */
  suspendu: string;
  /** `cmi.core.entry`: 'resume' when the LMS relaunches a suspended attempt. */
  entree: string;
  /** `cmi.core.student_name`, if the LMS gives one. */
  apprenant: string;
  /** Saves the resume state and the status, and commits (after each answer). */
  sauver(suspendu: string, statut: StatutLecon): void;
  /** Reports the score (0–100) and the final status, then commits and finishes the session. */
  terminer(score: number, suspendu: string, statut: StatutLecon): void;
  /** Leaving mid-attempt (page hidden, closed): saves, marks the exit as a suspension, finishes. */
  suspendre(suspendu: string): void;
  /** Whether LMSFinish has been called (no call may follow it). */
  readonly finie: boolean;
}

/**
 * LMSInitialize on the API found from `win`, or null without an LMS (or if it refuses to start).
 * `maintenant` is injected for tests; the session time is measured from the call.
 */
export function ouvrirSession(win: Fenetre = window as unknown as Fenetre, maintenant: () => number = () => Date.now()): SessionScorm | null {
  const api = trouverApi(win);
  if (!api || api.LMSInitialize('') !== 'true') return null;
  const debut = maintenant();
  let finie = false;
  const ecrire = (element: string, valeur: string) => {
    if (!finie) api.LMSSetValue(element, valeur);
  };
  const temps = () => ecrire('cmi.core.session_time', dureeScorm(maintenant() - debut));
  const fin = () => {
    if (finie) return;
    api.LMSCommit('');
    api.LMSFinish('');
    finie = true;
  };
  const lire = (element: string) => {
    const v = api.LMSGetValue(element);
    return typeof v === 'string' ? v : '';
  };
  return {
    suspendu: lire('cmi.suspend_data'),
    entree: lire('cmi.core.entry'),
    apprenant: lire('cmi.core.student_name'),
    get finie() {
      return finie;
    },
    sauver(suspendu, statut) {
      ecrire('cmi.suspend_data', suspendu);
      ecrire('cmi.core.lesson_status', statut);
      if (!finie) api.LMSCommit('');
    },
    terminer(score, suspendu, statut) {
      ecrire('cmi.core.score.min', '0');
      ecrire('cmi.core.score.max', '100');
      ecrire('cmi.core.score.raw', String(score));
      ecrire('cmi.core.lesson_status', statut);
      ecrire('cmi.suspend_data', suspendu);
      ecrire('cmi.core.exit', '');
      temps();
      fin();
    },
    suspendre(suspendu) {
      ecrire('cmi.suspend_data', suspendu);
      ecrire('cmi.core.exit', 'suspend');
      temps();
      fin();
    },
  };
}
