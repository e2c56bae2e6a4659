/**
 * Astro integration: the build's front door. Before Astro reads a single
 * content file it runs the register's checker (the one `npm run check` runs),
 * with the same `file:line:column: field: fix` messages.
 *
 * - `astro build` (and `sync`, `preview`) stops with every problem listed
 *   (file:line:column, what is wrong, how to fix it) as one block: an
 *   AstroError with a hint and no stack trace, since the fault is in the
 *   content, not in the code.
 * - `astro dev` keeps serving: the checker runs at start and again whenever a
 *   file in the content folder changes (and every agreement is compiled anew
 *   when next asked for, since one agreement's text can change another's
 *   local-text marks); while the register has problems they
 *   are printed in the terminal, shown in the browser's error overlay (open
 *   pages get them at once, a page loaded meanwhile shows them instead of the
 *   page), and once fixed the open pages reload. Once the register checks
 *   out, Astro's content loaders are told again of a file whose content
 *   changed after the watcher last told of it, so a save they read half-way
 *   (an editor writing in place) is read whole; and requests after each
 *   write of Astro's content store to disk read the store anew, not a copy
 *   of it read before (one already under way may still show the old one).
 */
import type { AstroIntegration, AstroIntegrationLogger, HookParameters } from 'astro';
import { AstroError } from 'astro/errors';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir, readRegisterFiles } from '../lib/content/register-files.ts';
import { checkRegister } from '../lib/content/validate.ts';
import { rememberCheck } from '../lib/content/checked-register.ts';
import { formatProblems } from '../lib/content/problems.ts';
import { startSharingOfRegister } from '../lib/compare/local-text-plugin.ts';
import { dropStoreOfOtherContent } from './dev-store-owner.ts';

/** How long after the last event of a burst the register is checked: longer than chokidar's 50 ms for a file's second "change". */
const SETTLE_MS = 100;

const HINT = 'Fix each file as its line says; `npm run check` lists the same problems without building. The content rules are in CONTRIBUTING.md.';

/** The register's problems as one message, or undefined when there are none. */
export function registerReport(): string | undefined {
  const result = checkRegister(readRegisterFiles());
  rememberCheck(result);
  const { problems } = result;
  return problems.length === 0 ? undefined : `${formatProblems(problems)}\n`;
}

/** The problems as an AstroError with the hint and no stack trace (it would point at this file, not at the content). */
function contentError(report: string): AstroError {
  const error = new AstroError(report, HINT);
  error.name = 'ContentError';
  error.stack = '';
  // Astro's error printer puts a hint about browser APIs in place of an error's own when its text says
  // "document" or "window" (as nearly every content problem does: "no document names this source").
  error.toString = () => error.name;
  return error;
}

/** Throws an AstroError (no stack trace) listing every problem when the register has any; silent otherwise. */
export function assertRegisterValid(): void {
  const report = registerReport();
  if (report !== undefined) throw contentError(report);
}

type DevServer = HookParameters<'astro:server:setup'>['server'];

/** The module through which Astro's pages read the dev content store (`RESOLVED_DATA_STORE_VIRTUAL_ID` in `astro/dist/content/consts.js`). */
const STORE_MODULE = '\0astro:data-layer-content';
/** The environments whose modules render the pages (`ASTRO_VITE_ENVIRONMENT_NAMES` in `astro/dist/core/constants.js`), as Astro's own `invalidateDataStore` names them. */
const PAGE_ENVIRONMENTS = ['ssr', 'prerender'];
/** Requests for Vite's and Astro's own files (the client, modules, the dev toolbar), which render no content. */
const OWN_FILES = /^\/(?:@|__|node_modules\/)/;

/**
 * In dev: requests after each write of the content store read it anew. Astro keeps a dev server's content store
 * in `.astro/data-store.json` (its `getDataStoreFile`: `settings.dotAstroDir`, the project root's `.astro/`),
 * written 500 ms after a change. The pages read it through a module that reads the file, and
 * `astro/dist/content/data-store.js` keeps what that module gave (as `src/data/register.ts` keeps the register)
 * for as long as the server's module runner keeps it. When the file is written, Astro drops the reading module
 * from the runner, and from Vite's module graph with what imports it, but the runner keeps `data-store.js`
 * unless Vite has no transform of it when the runner next asks: a page rendered while the file was written (an
 * open page reloads when the editor saves) could leave it holding the store from before, until a later save
 * changed the store; after a save of the same text it stayed on the facts from before both
 * (docs/performance-log.md, twenty-first round). So before a request, when the file is new since the last
 * request, the runner's modules are dropped, as Vite's own "full-reload" drops them, and the reading module is
 * dropped from Vite's module graph as an ordinary invalidation: Astro drops it as for a hot update, which does
 * not stop a load of it begun before the file was written, still under way, from being kept. A request already
 * under way when the file is written can still render the store from before; the next one reads it anew.
 */
function freshStoreForEachRequest(server: DevServer, root: URL): void {
  const store = fileURLToPath(new URL('.astro/data-store.json', root));
  /** The file as last seen: a new one (Astro writes a temporary file and renames it), or a new time or size. */
  const stampOf = () => {
    const stat = statSync(store, { throwIfNoEntry: false });
    return stat && `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
  };
  let seen = stampOf();
  server.middlewares.use((req, _res, next) => {
    if (OWN_FILES.test(req.url ?? '')) return next();
    const now = stampOf();
    if (now !== seen) {
      seen = now;
      for (const name of PAGE_ENVIRONMENTS) {
        const environment = server.environments[name];
        // A runnable environment runs its modules in this process; `vite` is not a dependency of the project's
        // own, so its `isRunnableDevEnvironment` is not imported.
        if (environment === undefined || !('runner' in environment)) continue;
        const reader = environment.moduleGraph.getModuleById(STORE_MODULE);
        if (reader) environment.moduleGraph.invalidateModule(reader);
        (environment.runner as { evaluatedModules: { clear(): void } }).evaluatedModules.clear();
      }
    }
    next();
  });
}

/** In dev: re-checks on every change in the content folder and reports through terminal and overlay. */
function watchRegister(server: DevServer, logger: AstroIntegrationLogger): void {
  const root = resolve(contentDir());
  let report = registerReport();
  if (report) logger.error(report);
  let timer: NodeJS.Timeout | undefined;
  /** A change not yet checked: a page asked for meanwhile checks first, so it never shows a stale verdict. */
  let changed = false;
  /**
   * An agreement's page marks its local text from the whole register (src/lib/compare/local-text-plugin.ts),
   * so a change to one agreement can change another's marks: every compiled agreement is compiled again
   * when next asked for.
   */
  const invalidateAgreements = () => {
    for (const environment of Object.values(server.environments)) {
      for (const module of environment.moduleGraph.idToModuleMap.values()) {
        if (module.file?.startsWith(root + sep) && module.file.endsWith('.mdx')) environment.moduleGraph.invalidateModule(module);
      }
    }
  };
  /**
   * Each file written since the last burst of changes was checked, by its content (a hash) when the watcher
   * last told of it. An editor that saves in place empties the file and then writes it. The watcher
   * (chokidar) drops a second "change" of a file within 50 ms of the first, so with the write 15–40 ms after
   * the emptying (docs/performance-log.md, twentieth round) Astro's content loaders read only the empty
   * file: the page kept the old facts, with no error. So whenever the register checks out, the loaders are
   * told again of each file whose content has changed since the watcher (or this) last told of it; the
   * others they have read as they are.
   */
  const written = new Map<string, string | undefined>();
  /** The file's content as a hash; undefined when it cannot be read (gone, a folder, locked while an editor saves). */
  const contentOf = (file: string): string | undefined => {
    try {
      return createHash('sha256').update(readFileSync(file)).digest('hex');
    } catch {
      return undefined;
    }
  };
  // A "change" event only: the loaders (and Vite) listen for it; this integration's own listener hears "all".
  const tellLoaders = () => {
    for (const [file, told] of written) {
      const now = contentOf(file);
      if (now === undefined || now === told) continue;
      server.watcher.emit('change', file);
      written.set(file, now);
    }
  };
  /** Checks the register; `endOfBurst` when the burst's timer ends (a page asked for meanwhile checks too). */
  const recheck = (endOfBurst: boolean) => {
    changed = false;
    const before = report;
    report = registerReport();
    invalidateAgreements();
    if (report) {
      if (report !== before) logger.error(report);
      server.hot.send({ type: 'error', err: { message: report, stack: '', hint: HINT } as never });
    } else {
      tellLoaders();
      if (before) {
        logger.info('Content OK: the problems are fixed.');
        server.hot.send({ type: 'full-reload', path: '*' });
      }
    }
    // Kept until the register checks out at the end of a burst: till then a file may still be written.
    if (endOfBurst && !report) written.clear();
  };
  server.watcher.add(root);
  server.watcher.on('all', (event, file) => {
    if (!resolve(file).startsWith(root + sep)) return;
    changed = true;
    if (event === 'add' || event === 'change') written.set(resolve(file), contentOf(file));
    clearTimeout(timer);
    // One check for a burst of events (an editor's save writes, renames, touches), once the watcher's
    // 50 ms for a file's second "change" is over, so that a write it dropped is on disk by then.
    timer = setTimeout(() => recheck(true), SETTLE_MS);
  });
  // A page requested while the register is broken shows the problems instead (Vite's error overlay).
  server.middlewares.use((req, _res, next) => {
    const wantsPage = req.headers.accept?.includes('text/html') ?? false;
    // Checked now, and again when the burst's timer ends (it stays set): the page may be asked for between
    // an editor's two steps, and the second check then sees the file written.
    if (wantsPage && changed) recheck(false);
    if (report && wantsPage) next(contentError(report));
    else next();
  });
}

/** The integration: checks at config time (stopping a build), and keeps checking in dev. */
export default function contentCheck(): AstroIntegration {
  let command: HookParameters<'astro:config:setup'>['command'] | undefined;
  let root: URL | undefined;
  return {
    name: 'politiradsavtaler:content-check',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
        root = options.config.root;
        // The dev server starts with a broken register too, so the editor sees where it is broken.
        if (command !== 'dev') assertRegisterValid();
        // Before Astro loads its dev content store: not one made from another content folder.
        else dropStoreOfOtherContent(options.config.root, contentDir());
        // The local-text plugin needs the register's shared-text analysis when the build compiles its
        // first agreement, seconds from now: it starts now, on the machine's other core.
        if (command === 'build') startSharingOfRegister();
      },
      // Only the dev server: a build's content sync runs a temporary one too (with its hooks when NODE_ENV is not
      // "production"; scripts/astro-build.ts always sets it), which must not check the register again.
      'astro:server:setup': ({ server, logger }) => {
        if (command !== 'dev') return;
        watchRegister(server, logger);
        if (root) freshStoreForEachRequest(server, root);
      },
    },
  };
}
