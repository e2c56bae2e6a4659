/**
 * Builds the search index of a built site: `pagefind --site <dist>` over the
 * agreement pages (the only ones with `data-pagefind-body`; the other pages
 * would be read and left out), then rewrites Pagefind's filter index in a
 * fixed order (src/lib/search/index-canonical.ts) so two builds of the same
 * commit are byte-identical. Usage: node scripts/build-search-index.ts [dist]
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { agreementPagesGlob } from '../src/lib/publish/routes.ts';
import { canonicalFilterChunk, canonicalMeta } from '../src/lib/search/index-canonical.ts';

const dist = process.argv[2] ?? 'dist';
// Pagefind's own launcher, run by this Node (npx would start npm first).
const pagefind = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');
execFileSync(process.execPath, [pagefind, '--site', dist, '--glob', agreementPagesGlob()], {
  stdio: ['ignore', process.env.QUIET ? 'ignore' : 'inherit', 'inherit'],
});

const root = join(dist, 'pagefind');
const entryPath = join(root, 'pagefind-entry.json');
let entryText = readFileSync(entryPath, 'utf8');
const entry = JSON.parse(entryText) as { languages: Record<string, { hash: string }> };

for (const [language, { hash }] of Object.entries(entry.languages)) {
  const chunkOf = new Map<string, string>();
  for (const file of readdirSync(join(root, 'filter')).filter((f) => f.startsWith(`${language}_`) && f.endsWith('.pf_filter'))) {
    const path = join(root, 'filter', file);
    const canonical = canonicalFilterChunk(path, readFileSync(path), language);
    rmSync(path);
    writeFileSync(join(root, 'filter', `${canonical.name}.pf_filter`), canonical.bytes);
    chunkOf.set(canonical.filter, canonical.name);
  }
  const metaPath = join(root, `pagefind.${hash}.pf_meta`);
  const meta = canonicalMeta(metaPath, readFileSync(metaPath), language, chunkOf);
  rmSync(metaPath);
  writeFileSync(join(root, `pagefind.${meta.name}.pf_meta`), meta.bytes);
  entryText = entryText.replace(`"hash":"${hash}"`, `"hash":"${meta.name}"`);
}
writeFileSync(entryPath, entryText);
console.log(`Search index in ${root}: filter index written in a fixed order.`);
