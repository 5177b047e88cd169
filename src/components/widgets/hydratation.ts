/**
 * Islands are server-rendered and hydrate when visible; on a slow phone a reader can type, pick or
 * tick before the island's script runs. Preact's hydration keeps what the fields hold but not what
 * the component's state says, so the result shown would not match the fields. These hooks read the
 * field once, right after hydration, and hand its value to the component's state.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';

/**
 * `lire` reads what the hydrated DOM holds (called once, after mount); `appliquer` is called with it
 * when it differs from `actuelle`, the component's state.
 */
export function useRepriseApresHydratation<E extends Element, T>(lire: (el: E) => T, actuelle: T, appliquer: (v: T) => void): RefObject<E> {
  const ref = useRef<E>(null);
  useEffect(() => {
    if (!ref.current) return;
    const v = lire(ref.current);
    if (v !== actuelle) appliquer(v);
    // Once, at mount: afterwards the component owns the field.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return ref;
}

export const valeurChamp = (el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement) => el.value;
export const caseCochee = (el: HTMLInputElement) => el.checked;
