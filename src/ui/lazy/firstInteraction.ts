/** What shows a person is about to change the plan: code an edit needs starts loading then, before it. */
const FIRST_INTERACTION = ['pointerdown', 'keydown', 'focusin', 'touchstart'] as const;

/** Calls `start` once, at the first interaction with `target`; returns a cleanup that stops listening. */
export function onFirstInteraction(target: EventTarget, start: () => void): () => void {
  const stop = () => FIRST_INTERACTION.forEach((type) => target.removeEventListener(type, listener, true));
  function listener() {
    stop();
    start();
  }
  FIRST_INTERACTION.forEach((type) =>
    target.addEventListener(type, listener, { capture: true, passive: true }),
  );
  return stop;
}
