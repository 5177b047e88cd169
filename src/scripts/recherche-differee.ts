/**
 * Loads the header search (./recherche.ts) only when the reader goes to it — focus on the box, the
 * "/" shortcut, or Enter — so its code is not on any page's load path. What was typed while it
 * loaded is searched as soon as it is there.
 */
export {};

const form = document.querySelector<HTMLFormElement>('[data-recherche]');
if (form) {
  const champ = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  let pret = false;
  let charge: Promise<void> | null = null;
  const charger = () =>
    (charge ??= import('./recherche').then(() => {
      pret = true;
      // recherche.ts listens from now on: replay the focus (it preloads Pagefind) and what was typed.
      if (document.activeElement === champ) champ.dispatchEvent(new FocusEvent('focus'));
      if (champ.value.trim()) champ.dispatchEvent(new Event('input'));
    }));
  champ.addEventListener('focus', () => void charger(), { once: true });
  // This loader starts after the page's first paint (ApresRendu): the reader may already be in the box.
  if (document.activeElement === champ) void charger();
  form.addEventListener('submit', (e) => {
    if (pret) return;
    e.preventDefault();
    void charger();
  });
  document.addEventListener('keydown', (e) => {
    if (pret || e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    if ((e.target as HTMLElement).closest('input, textarea, select, [contenteditable="true"]')) return;
    e.preventDefault();
    champ.focus();
  });
}
