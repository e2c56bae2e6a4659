/**
 * Lines of a document that Markdown would read as markup show as written: a line of "=" or "-" under a line
 * (a setext heading's underline), "___", "***" and "- - -" (a thematic break), a code fence, a link reference
 * definition, in a paragraph, in the signatures or in a list item. The draft's body, read by the register's own MDX
 * reader, has no heading, rule or code they would make, and passes the checker's MDX subset.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseMdx } from '../../src/lib/content/mdx-parse.ts';
import { checkMdxSubset } from '../../src/lib/content/mdx-subset.ts';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { importAgreement } from '../../src/lib/import/index.ts';
import { escapeLineStart, renderBody } from '../../src/lib/import/markdown.ts';
import { editedText, registerFiles } from './helpers.ts';
import { FIXTURE_REGISTER } from '../fixture-register.ts';

const register = checkRegister(registerFiles());
const MOSS = readFileSync(`${FIXTURE_REGISTER}/sources/moss-2020.txt`, 'utf8');

/** Every node of a tree of the given types. */
function nodesOf(node: Nodes, types: readonly string[]): Nodes[] {
  const own = types.includes(node.type) ? [node] : [];
  return [...own, ...('children' in node ? (node.children as Nodes[]).flatMap((c) => nodesOf(c, types)) : [])];
}

describe('lines that Markdown reads as markup', () => {
  it('show as written in the draft: no heading, rule or code block of their making', async () => {
    const text = editedText('moss-2020.txt', MOSS, (t) =>
      t
        .replace('Avtalen revideres årlig.\n', 'Avtalen revideres årlig.\n-----\n\n___\n\n***\n\n- - -\n\n```\n\n[1]: Jf. veileder fra Politidirektoratet\n')
        .replace('Hanne Tollerud/ordfører\n', '_______________________\nHanne Tollerud/ordfører\n')
        .replace(/\n*$/, '\n\nSted og dato: Moss\n===========\n'),
    );
    const [draft] = (await importAgreement('moss.txt', new TextEncoder().encode(text), register)).drafts;
    const body = draft?.body ?? '';
    const tree = parseMdx(body);
    // The document's own headings only: no setext heading made of "Sted og dato: Moss" or "Avtalen revideres årlig."
    const headings = nodesOf(tree, ['heading']).map((h) => JSON.stringify(h).includes('Sted og dato') || JSON.stringify(h).includes('revideres'));
    expect(headings.filter(Boolean)).toEqual([]);
    expect(nodesOf(tree, ['thematicBreak', 'code', 'definition'])).toEqual([]);
    expect(body).toContain('Sted og dato: Moss<br />\n\\===========');
    expect(body).toContain('\\-----');
    expect(body).toContain('\\[1]: Jf. veileder fra Politidirektoratet');
    expect(checkMdxSubset(body)).toEqual([]);
  });

  it('a pair of backticks in a line shows as written, not as inline code the checker refuses', async () => {
    const text = editedText('moss-2020.txt', MOSS, (t) => t.replace('Avtalen revideres årlig.\n', 'Avtalen revideres årlig etter malen `Politiråd` og ``to``.\n'));
    const [draft] = (await importAgreement('moss.txt', new TextEncoder().encode(text), register)).drafts;
    const body = draft?.body ?? '';
    expect(body).toContain('etter malen \\`Politiråd\\` og \\`\\`to\\`\\`.');
    expect(nodesOf(parseMdx(body), ['inlineCode'])).toEqual([]);
    expect(checkMdxSubset(body)).toEqual([]);
  });

  it('a tilde of the document shows as written, not as struck-out text the checker refuses', async () => {
    const text = editedText('moss-2020.txt', MOSS, (t) => t.replace('Avtalen revideres årlig.\n', 'Avtalen revideres årlig, kl. 8~10 og 12~14, og ~~aldri~~ ellers.\n'));
    const [draft] = (await importAgreement('moss.txt', new TextEncoder().encode(text), register)).drafts;
    const body = draft?.body ?? '';
    expect(body).toContain('kl. 8\\~10 og 12\\~14, og \\~\\~aldri\\~\\~ ellers.');
    expect(nodesOf(parseMdx(body), ['delete'])).toEqual([]);
    expect(checkMdxSubset(body)).toEqual([]);
  });

  it('a number of any length before a full stop or a parenthesis starts no list, nor one alone on its line', () => {
    // Markdown takes up to nine digits as an ordered list's number, and a marker alone as an empty item.
    const lines = ['2019. Avtalen gjelder fra 1. januar.', '112) Nødnummer.', '123456789. Tekst', '1.', '7)', '1234567890. Tekst'];
    const body = renderBody({
      front: lines.map((line) => ({ lines: [line], pageBreakBefore: false })),
      sections: [{ heading: 'H', id: 'h', items: [{ kind: 'list', ordered: false, items: lines.map((text) => ({ text, children: [] })) }] }],
      signatures: [],
      numbered: false,
      duplicateKeys: [],
    });
    const tree = parseMdx(body);
    expect(nodesOf(tree, ['list']).length).toBe(1); // the bulleted list the body writes, nothing nested in it
    expect(nodesOf(tree, ['paragraph']).map((p) => toString(p))).toEqual([...lines, ...lines]);
    expect(checkMdxSubset(body)).toEqual([]);
  });

  it('are escaped with a backslash before their first sign; a bold line and ordinary text are not', () => {
    expect(['=', '-----', '___', '***', '- - -', '* * *', '```', '~~~ tekst', '[a]: b'].map(escapeLineStart)).toEqual(['\\=', '\\-----', '\\___', '\\***', '\\- - -', '\\* * *', '\\```', '\\~~~ tekst', '\\[a]: b']);
    expect(['**Fett**', 'Tekst - med strek', '[sic] tekst', '-- ikke en liste'].map(escapeLineStart)).toEqual(['**Fett**', 'Tekst - med strek', '[sic] tekst', '-- ikke en liste']);
  });
});
