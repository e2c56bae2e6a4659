/**
 * Astro integration: checks the whole register before Astro builds or serves
 * it, and stops with every problem listed (file, field, fix), the same
 * messages as `npm run check`.
 */
import type { AstroIntegration } from 'astro';
import { readRegisterFiles } from '../lib/content/register-files.ts';
import { checkRegister, formatProblem } from '../lib/content/validate.ts';

/** Throws when the register has problems; silent otherwise. */
export function assertRegisterValid(): void {
  const { problems } = checkRegister(readRegisterFiles());
  if (problems.length === 0) return;
  const lines = problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
  const error = new Error(`The register's content has ${problems.length} problem(s):\n${lines}\n`);
  error.name = 'ContentError';
  throw error;
}

/** The integration: runs `assertRegisterValid` when Astro reads its config. */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'politiradsavtaler:content-check',
    hooks: {
      'astro:config:setup': () => assertRegisterValid(),
    },
  };
}
