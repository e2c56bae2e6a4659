/**
 * The importer's escaping (`escapeMdx`) of text where backslashes stand next to the signs it escapes (backticks, tildes,
 * braces, angle brackets) or at a line's end: the draft's MDX parses, passes the checker, and reads back as the text
 * read as Markdown reads it (a backslash before punctuation escapes it, as in a pasted Markdown draft's text, which
 * comes escaped: draft-markdown.ts), no sign lost or doubled, no code span, no expression. Every string of up to four
 * of these signs (three with the browser's parser), in a paragraph's line (before the `<br />` that ends it), a heading, a table's cells and a list item,
 * after a letter and at the line's start.
 * Also a Markdown draft (`markdownText`, as /utkast/ writes it) read by the draft check: the text as written.
 */
import { describe, expect, it } from 'vitest';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { draftSections } from '../../src/lib/compare/draft-check.ts';
import { parseMdx } from '../../src/lib/content/mdx-parse.ts';
import { parseMdxTree as micromark } from '../../src/lib/content/mdx-parser-micromark.ts';
import { parseMdxTree as satteri } from '../../src/lib/content/mdx-parser-satteri.ts';
import { checkMdxSubset } from '../../src/lib/content/mdx-subset.ts';
import { renderBody } from '../../src/lib/import/markdown.ts';
import { markdownText } from '../../src/lib/markdown-text.ts';

const SIGNS = ['a', '\\', '`', '~', '{', '}', '<', '>'];

/** Every string of 1 to `n` signs. */
function strings(n: number): string[] {
  let level = [''];
  const all: string[] = [];
  for (let i = 0; i < n; i++) {
    level = level.flatMap((s) => SIGNS.map((c) => s + c));
    all.push(...level);
  }
  return all;
}

/** Text as Markdown reads it: a backslash before ASCII punctuation escapes it (CommonMark), any other stays. */
const asMarkdownReads = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** Every node of a tree of the given types. */
function nodesOf(node: Nodes, types: readonly string[]): Nodes[] {
  const own = types.includes(node.type) ? [node] : [];
  return [...own, ...('children' in node ? (node.children as Nodes[]).flatMap((c) => nodesOf(c, types)) : [])];
}

/** The body the importer writes for one text in each place it writes text, and what each place should read back as. */
function bodyWith(text: string) {
  return renderBody({
    front: [
      { lines: [`p${text}`, 'q'], pageBreakBefore: false },
      { lines: [text, 'q'], pageBreakBefore: false },
    ],
    sections: [
      {
        heading: `H${text}`,
        id: 'h',
        items: [
          { kind: 'table', rows: [[`L${text}`, `V${text}`]] },
          {
            kind: 'list',
            ordered: false,
            items: [
              { text: `i${text}`, children: [] },
              { text, children: [] },
            ],
          },
        ],
      },
    ],
    signatures: [],
    numbered: false,
    duplicateKeys: [],
  });
}

describe('escapeMdx: backslashes beside the signs it escapes', () => {
  const cases = strings(4);

  it('gives MDX that parses and passes the checker, with no code span or expression', () => {
    const failing = cases.filter((text) => {
      try {
        const body = bodyWith(text);
        return checkMdxSubset(body).length > 0 || nodesOf(parseMdx(body), ['inlineCode', 'delete', 'mdxTextExpression', 'mdxFlowExpression']).length > 0;
      } catch {
        return true;
      }
    });
    expect(failing).toEqual([]);
  });

  // The build's parser (Sätteri) renders the page; the browser's (micromark, slower: strings of up to three signs)
  // reads a draft on /sammenlign/mitt-utkast/.
  for (const [parser, parse, texts] of [
    ['the build', satteri, cases],
    ['the browser', micromark, strings(3)],
  ] as const) {
    it(`reads back as the text as Markdown reads it, with ${parser}'s parser: no sign lost, none doubled`, () => {
      const wrong = texts.flatMap((text) => {
        let tree: Nodes;
        try {
          tree = parse(bodyWith(text));
        } catch {
          return [[text, 'does not parse']];
        }
        const read = asMarkdownReads(text);
        const heading = nodesOf(tree, ['heading'])[0];
        const isCell = (n: Nodes) => 'name' in n && (n.name === 'th' || n.name === 'td');
        const cells = nodesOf(tree, ['mdxJsxTextElement', 'mdxJsxFlowElement']).filter(isCell);
        // The paragraphs of text (micromark reads the one-line table as a paragraph's element: not one of them).
        const paragraphs = ('children' in tree ? tree.children : []).filter((n) => n.type === 'paragraph' && !nodesOf(n, ['mdxJsxTextElement']).some(isCell));
        const got = {
          paragraphs: paragraphs.map((n) => toString(n)),
          heading: heading && toString(heading).trimEnd(),
          cells: cells.map((c) => toString(c)),
          list: nodesOf(tree, ['listItem']).map((n) => toString(n)),
        };
        const want = { paragraphs: [`p${read}\nq`, `${read}\nq`], heading: `H${read}`.trimEnd(), cells: [`L${read}`, `V${read}`], list: [`i${read}`, read] };
        return JSON.stringify(got) === JSON.stringify(want) ? [] : [[text, got, want]];
      });
      expect(wrong).toEqual([]);
    });
  }
});

describe('a Markdown draft (markdownText) read by the draft check', () => {
  it('reads back as written, whatever its backslashes and backticks', () => {
    const wrong = strings(4).flatMap((text) => {
      const written = `a${text}b`;
      const [section] = draftSections(`# Utkast\n\n## 1. Formål\n\n${markdownText(written)}\n`).sections.filter((s) => s.heading);
      const got = section?.blocks.map((b) => b.text).join('\n');
      return got === written ? [] : [[written, got]];
    });
    expect(wrong).toEqual([]);
  });
});
