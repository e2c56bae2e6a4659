/**
 * A dev server's content store made from another content folder is dropped before Astro loads it.
 *
 * `astro dev` keeps its content store in the project root's `.astro/data-store.json`, whatever folder the content
 * comes from (`REGISTER_CONTENT`: the tests, the benchmark). Astro's glob loader keeps a stored entry whose text is
 * unchanged (the same digest) as it is, the path of its file included (`astro/dist/content/loaders/glob.js`),
 * unless Astro cleared the store first: a dev server over a copy of the register in a new folder can keep the
 * paths of the folder the store was made from, gone by then, and a page that renders such an entry fails. Seen
 * once, in a whole `npm test` (tests/e2e/dev.test.ts: "Cannot find module
 * 'astro:content-layer-deferred-module?…fileName=…register-dev-<another run's folder>…'", and every page of the
 * edited document after it); not made to happen again by hand, where Astro cleared the store each time. The store
 * is a cache: dropped, it is made again from the files. Which folder it was made from is written beside it,
 * `.astro/data-store-content.txt`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Drops the dev content store under `root` unless it was made from `content` (a folder, relative to `root` or not). */
export function dropStoreOfOtherContent(root: URL, content: string): void {
  const dotAstro = fileURLToPath(new URL('.astro/', root));
  const owner = `${dotAstro}data-store-content.txt`;
  const folder = resolve(fileURLToPath(root), content);
  let madeFrom: string | undefined;
  try {
    madeFrom = readFileSync(owner, 'utf8');
  } catch {
    // No record: a store from before this rule, or none; dropped either way.
  }
  if (madeFrom === folder) return;
  rmSync(`${dotAstro}data-store.json`, { force: true });
  mkdirSync(dotAstro, { recursive: true });
  writeFileSync(owner, folder);
}
