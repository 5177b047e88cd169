/**
 * Header tools on every page, kept tiny (a page the course already had may grow by 1 KiB of JS at
 * most, issue 12): the projection toggle — button, Alt+Maj+P, remembered — which loads
 * ./projection.ts on first use, and the first opening of an « Intégrer » control, which loads
 * ../integrer/integrer-controle.ts.
 * Started by a call from BoutonProjection.astro, not by a bare import: the package's `sideEffects` list
 * does not name this folder, so a bare import would be dropped from the bundle.
 */
const CLE = 'secteurs:projection';
const html = document.documentElement;
const boutons = document.querySelectorAll<HTMLButtonElement>('[data-projection-bouton]');
let projection: Promise<typeof import('./projection')> | undefined;

function basculer(actif: boolean) {
  html.toggleAttribute('data-projection', actif);
  try {
    if (actif) localStorage.setItem(CLE, '1');
    else localStorage.removeItem(CLE);
  } catch {
    /* storage disabled: the mode lasts for this page only */
  }
  for (const b of boutons) b.setAttribute('aria-pressed', String(actif));
  void (projection ??= import('./projection')).then((m) => m.appliquer(actif, basculer));
}

export function demarrerOutils() {
  for (const b of boutons) {
    b.addEventListener('click', () => basculer(!html.hasAttribute('data-projection')));
  }
  addEventListener('keydown', (e) => {
    // e.code, not e.key: Alt+Maj+P types « ∏ » on a Mac keyboard.
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyP') {
      e.preventDefault();
      basculer(!html.hasAttribute('data-projection'));
    }
  });
  // Set before the first paint by the inline script of BoutonProjection.astro.
  if (html.hasAttribute('data-projection')) basculer(true);

  // « toggle » does not bubble: listened to in the capture phase, for every <details data-integrer>.
  const preparer = (d: HTMLDetailsElement) => void import('../integrer/integrer-controle').then((m) => m.preparer(d));
  document.addEventListener(
    'toggle',
    (e) => {
      const d = e.target;
      if (d instanceof HTMLDetailsElement && d.open && d.hasAttribute('data-integrer')) preparer(d);
    },
    true,
  );
  // This script starts after the first paint (ApresRendu): a control opened before then is prepared now.
  for (const d of document.querySelectorAll<HTMLDetailsElement>('details[data-integrer][open]')) preparer(d);
}
