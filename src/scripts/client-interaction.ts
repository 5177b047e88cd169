/**
 * `client:interaction`: an island that hydrates at the reader's first interaction with it (focus,
 * pointer pressed, key pressed inside it), not when it scrolls into view. The chapter calculators use
 * it: the server already printed their result for the default inputs, and their JavaScript (Preact,
 * the engine, decimal.js, the rules) is only worth downloading for someone who changes an input.
 * Registered by the integration in astro.config.mjs; the attribute is typed in directives-client.d.ts.
 *
 * The static HTML stays usable meanwhile: the fields are ordinary, enabled fields; what the reader types
 * while the script loads is read back at mount (src/components/widgets/hydratation.ts). `focusin`
 * bubbles, so a keyboard user tabbing into a field triggers the same as a tap.
 */
import type { ClientDirective } from 'astro';

const EVENEMENTS = ['focusin', 'pointerdown', 'keydown'] as const;

const interaction: ClientDirective = (load, _options, el) => {
  let lance = false;
  const hydrater = () => {
    if (lance) return;
    lance = true;
    for (const type of EVENEMENTS) el.removeEventListener(type, hydrater);
    void load().then((hydrate) => hydrate());
  };
  for (const type of EVENEMENTS) el.addEventListener(type, hydrater, { passive: true });
  // The reader may already be in a field (focused before this script ran): that is an interaction.
  if (document.activeElement && el.contains(document.activeElement)) hydrater();
};

export default interaction;
