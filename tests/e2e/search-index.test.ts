/**
 * The built site's search index is Pagefind's own index of the whole agreement
 * pages, rewritten as the build rewrites it (index-rewrite.ts): handing
 * Pagefind only the part of each page it reads (indexed-part.ts) changes no
 * byte of it. The shared build's site (SITE_DIST), against Pagefind run here on the same
 * pages as written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { agreementPageFiles, indexFolder } from '../../src/lib/search/build-index.ts';
import { indexedPart } from '../../src/lib/search/indexed-part.ts';
import { rewriteIndexFiles } from '../../src/lib/search/index-rewrite.ts';
import { filesUnder } from '../files-under.ts';
import { SITE_DIST } from '../fixture-register.ts';

afterAll(() => pagefind.close());

describe('the search index of the built site', () => {
  it("is Pagefind's index of the whole agreement pages, though it was handed only their head and article", async () => {
    const site = SITE_DIST;
    const pages = agreementPageFiles(site).map((file) => [file, readFileSync(join(site, file), 'utf8')] as const);
    expect(pages.length).toBeGreaterThan(0);
    // The build did hand over less than the whole page: this test compares two different inputs.
    for (const [file, html] of pages) expect(indexedPart(html).length, file).toBeLessThan(html.length * 0.8);

    const { index } = await pagefind.createIndex();
    for (const [file, html] of pages) expect((await index!.addHTMLFile({ sourcePath: file, content: html })).errors).toEqual([]);
    const { files, errors } = await index!.getFiles();
    expect(errors).toEqual([]);
    const root = indexFolder(site);
    const whole = rewriteIndexFiles(root, new Map(files.map((f) => [f.path, f.content])));
    whole.delete('pagefind.js'); // minified by the build (esbuild), not by the rewrite
    const built = filesUnder(root).filter((path) => path !== 'pagefind.js');
    expect(built.sort()).toEqual([...whole.keys()].sort());
    for (const [path, bytes] of whole) expect(Buffer.from(readFileSync(join(root, path))).equals(Buffer.from(bytes)), path).toBe(true);
  });
});
