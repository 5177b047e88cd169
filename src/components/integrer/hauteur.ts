/**
 * Tells the window that frames this embed how tall its content is (message shape: MESSAGE_HAUTEUR in
 * ./registre.ts), on load and whenever the content's height changes (a result, a hint, the worked
 * solution, a narrower frame). Nothing is sent when the page is not in a frame. Started by a call
 * (PageIntegree.astro): a bare import of this folder would be dropped (package.json `sideEffects`).
 */
import { MESSAGE_HAUTEUR, type MessageHauteur } from './registre';

export function annoncerHauteur() {
  if (window.parent === window) return;
  let derniere = -1;
  const envoyer = () => {
    // <html> has no set height: its box is the content's height, whatever the frame's size.
    const hauteur = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (hauteur === derniere) return;
    derniere = hauteur;
    const message: MessageHauteur = { type: MESSAGE_HAUTEUR, hauteur, adresse: location.pathname + location.search };
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(envoyer).observe(document.body);
  addEventListener('load', envoyer);
  envoyer();
}
