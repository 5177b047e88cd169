/**
 * What an embed stores: nothing. An exercise records attempts in the course's progress store
 * (src/stores/progression.ts, a nanostores `persistentAtom` on localStorage); inside an embed — a
 * Moodle page, a slide, or the page « Ouvrir seul » — those answers are not the learner's course
 * progress, so the persistent stores are pointed at a throw-away in-memory object before any of them
 * is created: attempts last as long as the page, and the progress kept in localStorage is neither read nor
 * written. Must run before the store modules are evaluated: ExerciceIntegre.tsx calls it when its
 * module is evaluated, and imports the exercise's island (which pulls the stores) dynamically, after it.
 */
import { setPersistentEngine, type PersistentEvents } from '@nanostores/persistent';

const aucunEvenement: PersistentEvents = {
  addEventListener() {},
  removeEventListener() {},
};
/**
 * Called at the top of ExerciceIntegre.tsx (a call, not a bare import: package.json's `sideEffects`
 * does not list this folder, so a bare import would be dropped from the bundle).
 */
export function detacherStockage() {
  setPersistentEngine({}, aucunEvenement);
}
