/**
 * Projection mode, loaded on its first use (./entete-outils.ts toggles it; the large type, contrast
 * and hidden chrome are CSS, src/styles/projection.css). Adds a bar — previous, position, next, leave —
 * and, on a page with worked examples, calculators, exercises or boxes (a chapter), shows them one at
 * a time: ← → and Page précédente / Page suivante (a presentation remote's keys) move between them
 * when the focus is not in a field, where arrows must keep moving the caret.
 */
const BLOCS = 'main article .widget, main article .encadre';
const html = document.documentElement;
let barre: HTMLElement | null = null;
let blocs: HTMLElement[] = [];
let index = 0;

function titreDeSection(bloc: HTMLElement): HTMLElement | undefined {
  const titres = [...document.querySelectorAll<HTMLElement>('main article h2')];
  return titres.filter((h) => h.compareDocumentPosition(bloc) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1);
}

function aller(n: number) {
  if (!barre || blocs.length === 0) return;
  index = Math.max(0, Math.min(blocs.length - 1, n));
  for (const el of document.querySelectorAll('[data-projection-courant], [data-projection-titre]')) {
    el.removeAttribute('data-projection-courant');
    el.removeAttribute('data-projection-titre');
  }
  const bloc = blocs[index]!;
  bloc.setAttribute('data-projection-courant', '');
  const titre = titreDeSection(bloc);
  titre?.setAttribute('data-projection-titre', '');
  barre.querySelector('[data-position]')!.textContent = `Bloc ${index + 1} sur ${blocs.length}${titre ? ` · ${titre.textContent?.trim()}` : ''}`;
  barre.querySelector('[data-sens="-1"]')!.setAttribute('aria-disabled', String(index === 0));
  barre.querySelector('[data-sens="1"]')!.setAttribute('aria-disabled', String(index === blocs.length - 1));
  scrollTo(0, 0);
}

function touches(e: KeyboardEvent) {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || e.defaultPrevented) return;
  if ((e.target as HTMLElement).closest?.('input, textarea, select, [contenteditable="true"]')) return;
  const sens = ({ ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 } as Record<string, number>)[e.key];
  if (!sens || blocs.length === 0) return;
  e.preventDefault();
  aller(index + sens);
}

function bouton(texte: string, action: () => void, sens?: number): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'bouton';
  b.textContent = texte;
  if (sens) b.dataset.sens = String(sens);
  b.addEventListener('click', action);
  return b;
}

/** Turns the mode's behaviour on or off; `basculer` is the header's toggle (it also stores the choice). */
export function appliquer(actif: boolean, basculer: (actif: boolean) => void) {
  if (!actif) {
    // Focus in the bar would be lost with it: hand it to the header's button, visible again.
    const rendreFocus = barre?.contains(document.activeElement) ?? false;
    barre?.remove();
    barre = null;
    html.removeAttribute('data-projection-blocs');
    for (const el of document.querySelectorAll('[data-projection-courant], [data-projection-titre]')) {
      el.removeAttribute('data-projection-courant');
      el.removeAttribute('data-projection-titre');
    }
    removeEventListener('keydown', touches);
    if (rendreFocus) document.querySelector<HTMLElement>('[data-projection-bouton]')?.focus();
    return;
  }
  if (barre) return;
  // Outermost blocks only (a calculator's inner boxes are part of it).
  blocs = [...document.querySelectorAll<HTMLElement>(BLOCS)].filter((b) => !b.parentElement?.closest(BLOCS));
  barre = document.createElement('div');
  barre.className = 'projection-barre';
  barre.setAttribute('role', 'region');
  barre.setAttribute('aria-label', 'Commandes de la projection');
  const position = document.createElement('p');
  position.dataset.position = '';
  position.setAttribute('aria-live', 'polite');
  if (blocs.length > 0) {
    barre.append(
      bouton('← Précédent', () => aller(index - 1), -1),
      position,
      bouton('Suivant →', () => aller(index + 1), 1),
    );
  }
  const quitter = bouton('Quitter la projection', () => basculer(false));
  quitter.setAttribute('aria-keyshortcuts', 'Alt+Shift+P');
  quitter.title = 'Raccourci : Alt+Maj+P';
  barre.append(quitter);
  document.body.prepend(barre);
  addEventListener('keydown', touches);
  // Toggled from the header's button, now hidden (the browser then moves the focus to <body>): the
  // focus goes to the bar rather than to nowhere.
  const focus = document.activeElement;
  if (!focus || focus === document.body || focus.closest('.entete')) (barre.querySelector<HTMLElement>('[data-sens="1"]') ?? quitter).focus();
  if (blocs.length > 0) {
    html.setAttribute('data-projection-blocs', '');
    // Start from the block the reader was looking at (the first one still on screen).
    const vu = blocs.findIndex((b) => b.getBoundingClientRect().bottom > 0);
    aller(vu === -1 ? 0 : vu);
  }
}
