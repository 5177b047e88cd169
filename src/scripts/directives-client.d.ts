/**
 * Types the `client:interaction` directive (src/scripts/client-interaction.ts) in .astro templates:
 * Astro's own interface for custom directives, and the props `astro check` accepts on a framework
 * component (where the built-in `client:*` props are declared).
 */
declare global {
  namespace Astro {
    interface ClientDirectives {
      'client:interaction'?: boolean;
    }
  }
  namespace astroHTML.JSX {
    interface AstroBuiltinProps {
      'client:interaction'?: boolean;
    }
  }
}
export {};
