/**
 * « Intégrer » opened for the first time (loaded on demand, see ControleIntegrer.astro): the snippet
 * gets the embed's address as this browser reaches it (the build wrote SITE's, which a host may not
 * have set), and the copy button appears. If the clipboard refuses (no permission, not https), the
 * code is selected and the reader is told to copy it with the keyboard.
 */
import { codeIframe } from './registre';

export function preparer(details: HTMLDetailsElement) {
  const zone = details.querySelector<HTMLTextAreaElement>('textarea[data-chemin]');
  const bouton = details.querySelector<HTMLButtonElement>('[data-copier]');
  const etat = details.querySelector<HTMLElement>('[data-copie-etat]');
  if (!zone || !bouton || !etat || details.dataset.pret) return;
  details.dataset.pret = '';
  zone.value = codeIframe(new URL(zone.dataset.chemin!, location.href).href, zone.dataset.titre!, Number(zone.dataset.hauteur));
  bouton.hidden = false;
  bouton.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(zone.value);
      etat.textContent = 'Code copié.';
    } catch {
      zone.focus();
      zone.select();
      etat.textContent = 'Copie automatique impossible ici : le code est sélectionné, copiez-le avec Ctrl+C (⌘+C sur Mac).';
    }
  });
}
