/**
 * The register as the build's content check last read it
 * (`src/integrations/content-check.ts` checks at the start of a build, and in
 * `astro dev` again after each change). The build's pipeline plugins read the
 * whole register from here instead of reading and checking it again for every
 * document. Kept under a global key: Astro loads the integration and the
 * plugins through its config, and they must see one state.
 */
import { readRegisterFiles } from './register-files.ts';
import { checkRegister, type CheckResult } from './validate.ts';

const KEY = Symbol.for('politiradsavtaler.checked-register');
const state = ((globalThis as Record<symbol, unknown>)[KEY] ??= {}) as { latest?: CheckResult };

/** Records the result of checking the register (the content check calls this after each check). */
export function rememberCheck(result: CheckResult): void {
  state.latest = result;
}

/** The register as last checked; checked now if nothing has checked it yet in this process. */
export function checkedRegister(): CheckResult {
  return (state.latest ??= checkRegister(readRegisterFiles()));
}
