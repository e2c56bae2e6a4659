/**
 * Astro integration: checks the whole register before Astro builds or serves
 * it, with the same `file: field: fix` messages as `npm run check`.
 *
 * - `astro build` (and `sync`, `preview`) stops with every problem listed.
 * - `astro dev` keeps serving: the checker runs at start and again whenever a
 *   file in the content folder changes; while the register has problems they
 *   are printed in the terminal, shown in the browser's error overlay (open
 *   pages get them at once, a page loaded meanwhile shows them instead of the
 *   page), and once fixed the open pages reload.
 */
import type { AstroIntegration, AstroIntegrationLogger, HookParameters } from 'astro';
import { resolve, sep } from 'node:path';
import { contentDir, readRegisterFiles } from '../lib/content/register-files.ts';
import { checkRegister, formatProblem } from '../lib/content/validate.ts';

/** The register's problems as one message, or undefined when there are none. */
export function registerReport(): string | undefined {
  const { problems } = checkRegister(readRegisterFiles());
  if (problems.length === 0) return undefined;
  const lines = problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
  return `The register's content has ${problems.length} problem(s):\n${lines}\n`;
}

/** Throws when the register has problems; silent otherwise. */
export function assertRegisterValid(): void {
  const report = registerReport();
  if (report === undefined) return;
  throw contentError(report);
}

function contentError(report: string): Error {
  const error = new Error(report);
  error.name = 'ContentError';
  // No stack: the message names the file and field; a stack into the checker helps no editor.
  error.stack = `${error.name}: ${report}`;
  return error;
}

/** In dev: re-checks on every change in the content folder and reports through terminal and overlay. */
function watchRegister(server: HookParameters<'astro:server:setup'>['server'], logger: AstroIntegrationLogger): void {
  const root = resolve(contentDir());
  let report = registerReport();
  if (report) logger.error(report);
  let timer: NodeJS.Timeout | undefined;
  const recheck = () => {
    const before = report;
    report = registerReport();
    if (report) {
      if (report !== before) logger.error(report);
      server.hot.send({ type: 'error', err: { message: report, stack: '' } });
    } else if (before) {
      logger.info('Content OK: the problems are fixed.');
      server.hot.send({ type: 'full-reload', path: '*' });
    }
  };
  server.watcher.add(root);
  server.watcher.on('all', (_event, file) => {
    if (!resolve(file).startsWith(root + sep)) return;
    clearTimeout(timer);
    // One check for a burst of events (an editor's save writes, renames, touches).
    timer = setTimeout(recheck, 50);
  });
  // A page requested while the register is broken shows the problems instead (Vite's error overlay).
  server.middlewares.use((req, _res, next) => {
    const wantsPage = req.headers.accept?.includes('text/html') ?? false;
    if (report && wantsPage) next(contentError(report));
    else next();
  });
}

/** The integration: checks at config time (stopping a build), and keeps checking in dev. */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'politiradsavtaler:content-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // The dev server starts with a broken register too, so the editor sees where it is broken.
        if (command !== 'dev') assertRegisterValid();
      },
      'astro:server:setup': ({ server, logger }) => watchRegister(server, logger),
    },
  };
}
