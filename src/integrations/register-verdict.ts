/**
 * The build's verdict on the register, between the content check (started in
 * `astro:config:setup` on a worker thread: src/integrations/content-check.ts)
 * and the first step that reads the content: Astro's content layer, which
 * loads src/content.config.ts first, and that waits here. No imports: the
 * content config loads this through its own module graph, so the verdict is
 * kept under a global key.
 */
const KEY = Symbol.for('politiradsavtaler.register-verdict');
type Verdict = Promise<Error | undefined>;
const slot = globalThis as { [KEY]?: Verdict };

/** Records the pending verdict: the error to stop the build with, or undefined when the register is valid. */
export function setRegisterVerdict(verdict: Verdict): void {
  // Awaited later (registerChecked); until then a failure must not count as an unhandled rejection.
  verdict.catch(() => {});
  slot[KEY] = verdict;
}

/** Waits for the verdict and throws its error; returns at once when nothing is pending (dev server, `astro sync`, a second call). */
export async function registerChecked(): Promise<void> {
  const verdict = slot[KEY];
  if (verdict === undefined) return;
  const error = await verdict;
  if (error) throw error;
}
