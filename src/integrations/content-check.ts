/**
 * Astro integration: the build's front door. Before Astro reads a single
 * content file it runs the register's checker (the one `npm run check` runs),
 * and stops with every problem listed (file:line:column, what is wrong, how
 * to fix it) as one block: an AstroError with a hint and no stack trace, since
 * the fault is in the content, not in the code.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readRegisterFiles } from '../lib/content/register-files.ts';
import { checkRegister, formatProblems } from '../lib/content/validate.ts';

/** Throws an AstroError (no stack trace) listing every problem when the register has any; silent otherwise. */
export function assertRegisterValid(): void {
  const { problems } = checkRegister(readRegisterFiles());
  if (problems.length === 0) return;
  const error = new AstroError(
    `${formatProblems(problems)}\n`,
    'Fix each file as its line says; `npm run check` lists the same problems without building. The content rules are in CONTRIBUTING.md.',
  );
  error.name = 'ContentError';
  // Astro prints a stack trace when there is one; it would point at this file, not at the content.
  error.stack = '';
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
