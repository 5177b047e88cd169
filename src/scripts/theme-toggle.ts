/**
 * Theme toggle: cycles « système » → « clair » → « sombre ». The choice is remembered in
 * localStorage; « système » removes it so the page follows prefers-color-scheme again. The button's
 * label follows `data-theme` in CSS (global.css, .theme-libelle): right from the first paint, before
 * this script runs, and without a change of width when it does.
 */
type Choix = 'system' | 'light' | 'dark';
const KEY = 'secteurs:theme';
const SUIVANT: Record<Choix, Choix> = { system: 'light', light: 'dark', dark: 'system' };

function lire(): Choix {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

function appliquer(choix: Choix, bouton: HTMLButtonElement) {
  if (choix === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choix;
  try {
    if (choix === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choix);
  } catch {
    /* storage disabled: the choice lasts for this page only */
  }
  bouton.dataset.choix = choix;
}

for (const bouton of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  appliquer(lire(), bouton);
  bouton.addEventListener('click', () => appliquer(SUIVANT[(bouton.dataset.choix as Choix) ?? 'system'], bouton));
}
