/**
 * The browser's MDX parser (micromark, for a reader's draft on
 * /sammenlign/mitt-utkast/) and the build's (Sätteri) split every document of
 * the register, and of the fixtures, into the same headings and sections, so
 * a draft is split as the register is. (Their trees differ in one known way
 * that no reader of them sees: a row-header `<table>` written on one line is
 * a paragraph's element for micromark and a block element for Sätteri.)
 */
import { parseFrontmatter } from 'astro/markdown';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSections } from '../../src/lib/compare/sections-text.ts';
import { headingsOf } from '../../src/lib/content/headings.ts';
import { contentDir } from '../../src/lib/content/register-files.ts';
import { parseMdxTree as micromark } from '../../src/lib/content/mdx-parser-micromark.ts';
import { parseMdxTree as satteri } from '../../src/lib/content/mdx-parser-satteri.ts';

// The register's documents (REGISTER_CONTENT when set, as tests/unit/new-agreement.test.ts sets it) and the fixtures'.
const live = join(contentDir(), 'agreements');
const folders = [live, 'tests/fixtures/register/agreements'];
const bodies = folders.flatMap((folder) =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({ name: join(folder, f), body: parseFrontmatter(readFileSync(join(folder, f), 'utf8'), { frontmatter: 'empty-with-lines' }).content })),
);

const headings = (tree: ReturnType<typeof satteri>) => headingsOf(tree).map(({ node: _node, ...h }) => h);

describe('the two MDX parsers', () => {
  it('have documents to compare, from the register and from the fixtures', () => {
    for (const folder of folders) expect(bodies.filter((b) => b.name.startsWith(`${folder}/`)).length, folder).toBeGreaterThan(0);
  });

  it.each(bodies)('split $name alike', ({ body }) => {
    const [a, b] = [micromark(body), satteri(body)];
    expect(headings(b)).toEqual(headings(a));
    expect(splitSections(body, b)).toEqual(splitSections(body, a));
  });

  it('split a draft with a list, a table and a signature block alike', () => {
    const body = '## 1. Formål {/* section: formal */}\n\nTekst med **uthevet** ord og https://politiet.no.\n\n- punkt én\n- punkt to\n  1. under\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<Signatures>\n\nOla Nordmann<br />ordfører\n\n</Signatures>\n';
    expect(splitSections(body, satteri(body))).toEqual(splitSections(body, micromark(body)));
    expect(splitSections(body, satteri(body)).length).toBeGreaterThan(0);
  });
});
