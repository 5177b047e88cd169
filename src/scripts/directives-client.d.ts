/**
 * Types the `client:interaction` (src/scripts/client-interaction.ts) and `client:donnees`
 * (src/scripts/client-donnees.ts) directives in .astro templates:
 * Astro's own interface for custom directives, and the props `astro check` accepts on a framework
 * component (where the built-in `client:*` props are declared).
 */
declare global {
  namespace Astro {
    interface ClientDirectives {
      'client:interaction'?: boolean;
      'client:donnees'?: import('../lib/donnees-ilots').OptionsDonnees;
    }
  }
  namespace astroHTML.JSX {
    interface AstroBuiltinProps {
      'client:interaction'?: boolean;
      'client:donnees'?: import('../lib/donnees-ilots').OptionsDonnees;
    }
  }
}
export {};
