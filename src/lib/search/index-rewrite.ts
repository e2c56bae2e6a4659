/**
 * Rewrites Pagefind's index files in memory (see build-index.ts for why):
 * the word index in smaller chunks (index-chunks.ts), the fragments without
 * filter values (index-fragments.ts), the filter index and the meta file in a
 * fixed order (index-canonical.ts), and the entry file naming the new meta
 * file. Synchronous, compression included: the build runs it on a worker
 * thread (index-worker.ts), on the machine's other core. `pagefind.js` is
 * left to build-index.ts (esbuild minifies it in its own process).
 */
import { join } from 'node:path';
import { canonicalFilterChunk, canonicalMeta } from './index-canonical.ts';
import { INDEX_CHUNKING, rechunkWordIndex } from './index-chunks.ts';
import { slimFragment } from './index-fragments.ts';

/** Pagefind's entry file: per language, the name of its meta file (and WebAssembly). */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string }>;
}

/**
 * The index's files by path inside `pagefind/`, rewritten (the map is changed in place and
 * returned); `root`, the index's folder, names the files in error messages.
 */
export function rewriteIndexFiles(root: string, files: Map<string, Uint8Array>): Map<string, Uint8Array> {
  /** A file of the index, or an error naming it. */
  const file = (path: string): Uint8Array => {
    const bytes = files.get(path);
    if (!bytes) throw new Error(`${join(root, path)}: Pagefind wrote no such file; Pagefind's layout has changed (src/lib/search/index-rewrite.ts).`);
    return bytes;
  };
  const inFolder = (folder: string, prefix: string, suffix: string) => [...files.keys()].filter((p) => p.startsWith(`${folder}/${prefix}`) && p.endsWith(suffix));

  for (const path of inFolder('fragment', '', '.pf_fragment')) files.set(path, slimFragment(join(root, path), file(path)));

  let entryText = new TextDecoder().decode(file('pagefind-entry.json'));
  const entry = JSON.parse(entryText) as PagefindEntry;
  for (const [language, { hash }] of Object.entries(entry.languages)) {
    const metaFile = `pagefind.${hash}.pf_meta`;
    const rechunked = rechunkWordIndex(join(root, metaFile), file(metaFile), (name) => file(`index/${name}.pf_index`), language, INDEX_CHUNKING);
    for (const path of inFolder('index', `${language}_`, '.pf_index')) files.delete(path);
    for (const chunk of rechunked.chunks) files.set(`index/${chunk.name}.pf_index`, chunk.bytes);

    const chunkOf = new Map<string, string>();
    for (const path of inFolder('filter', `${language}_`, '.pf_filter')) {
      const canonical = canonicalFilterChunk(join(root, path), file(path), language);
      files.delete(path);
      files.set(`filter/${canonical.name}.pf_filter`, canonical.bytes);
      chunkOf.set(canonical.filter, canonical.name);
    }
    const meta = canonicalMeta(join(root, metaFile), rechunked.meta, language, chunkOf);
    files.delete(metaFile);
    files.set(`pagefind.${meta.name}.pf_meta`, meta.bytes);
    entryText = entryText.replace(`"hash":"${hash}"`, `"hash":"${meta.name}"`);
  }
  files.set('pagefind-entry.json', new TextEncoder().encode(entryText));
  return files;
}
