/**
 * The importer's escaping (`escapeMdx`) of text where backslashes stand next to the signs it escapes (backticks, tildes,
 * braces, angle brackets), next to other punctuation (a full stop, an asterisk) or at a line's end: the draft's MDX
 * parses, passes the checker, and the page shows the text of the file imported character for character, its own
 * backslashes among them (`K:\_felles`, `a\.b`, `\*vedlegg\*`), no sign lost or doubled, no code span, no emphasis, no
 * expression. Every string of up to four of these
 * signs (three with the browser's parser), in a paragraph's line (before the `<br />` that ends it), a heading, a table's
 * cells and a list item, after a letter and at the line's start.
 * A pasted Markdown draft's text comes escaped (draft-markdown.ts), so the draft check's body (`renderBody` with
 * `markdown`) reads back as Markdown reads its text: a backslash before punctuation escapes it. And a Markdown draft
 * (`markdownText`, as /utkast/ writes it) read by the draft check: the text as written.
 */
import { describe, expect, it } from 'vitest';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { draftSections } from '../../src/lib/compare/draft-check.ts';
import { parseMdx } from '../../src/lib/content/mdx-parse.ts';
import { parseMdxTree as micromark } from '../../src/lib/content/mdx-parser-micromark.ts';
import { parseMdxTree as satteri } from '../../src/lib/content/mdx-parser-satteri.ts';
import { checkMdxSubset } from '../../src/lib/content/mdx-subset.ts';
import { renderBody, type BodyText } from '../../src/lib/import/markdown.ts';
import { markdownText } from '../../src/lib/markdown-text.ts';
import { signStrings } from '../sign-strings.ts';

const SIGNS = ['a', '\\', '`', '~', '{', '}', '<', '>'];
/**
 * With signs of ASCII punctuation `escapeMdx` leaves alone, which a backslash before it escapes in Markdown: a full stop,
 * and an asterisk after a backslash (`\\*`, as a document may print it; a bare one is the importer's bold, `**`).
 */
const PLAIN_SIGNS = [...SIGNS, '.', '\\*'];

/** Every string of 1 to `n` signs (of the Markdown signs, unless others are given). */
const strings = (n: number, signs: readonly string[] = SIGNS): string[] => signStrings(n, signs);

/** Text as Markdown reads it: a backslash before ASCII punctuation escapes it (CommonMark), any other stays. */
const asMarkdownReads = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** Every node of a tree of the given types. */
function nodesOf(node: Nodes, types: readonly string[]): Nodes[] {
  const own = types.includes(node.type) ? [node] : [];
  return [...own, ...('children' in node ? (node.children as Nodes[]).flatMap((c) => nodesOf(c, types)) : [])];
}

/** The body the importer (or, with `markdown`, the draft check) writes for one text in each place it writes text. */
function bodyWith(text: string, from: BodyText = 'plain') {
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
  }, from);
}

describe('escapeMdx: backslashes beside the signs it escapes', () => {
  const cases = strings(4, PLAIN_SIGNS);
  const markdownCases = strings(4);

  it('gives MDX that parses and passes the checker, with no code span, emphasis or expression', () => {
    const failing = [...cases.map((text) => [text, 'plain'] as const), ...markdownCases.map((text) => [text, 'markdown'] as const)].filter(([text, from]) => {
      try {
        const body = bodyWith(text, from);
        return checkMdxSubset(body).length > 0 || nodesOf(parseMdx(body), ['inlineCode', 'delete', 'emphasis', 'strong', 'mdxTextExpression', 'mdxFlowExpression']).length > 0;
      } catch {
        return true;
      }
    });
    expect(failing).toEqual([]);
  });

  /** Texts whose body, read by `parse`, does not read back as `read` gives each in every place: what went wrong. */
  function misread(parse: (body: string) => Nodes, texts: readonly string[], from: BodyText, read: (text: string) => string) {
    return texts.flatMap((text) => {
      let tree: Nodes;
      try {
        tree = parse(bodyWith(text, from));
      } catch {
        return [[text, 'does not parse']];
      }
      const want = read(text);
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
      const expected = { paragraphs: [`p${want}\nq`, `${want}\nq`], heading: `H${want}`.trimEnd(), cells: [`L${want}`, `V${want}`], list: [`i${want}`, want] };
      return JSON.stringify(got) === JSON.stringify(expected) ? [] : [[text, got, expected]];
    });
  }

  // The build's parser (Sätteri) renders the page; the browser's (micromark, slower: strings of up to three signs)
  // reads a draft on /sammenlign/mitt-utkast/.
  for (const [parser, parse, texts] of [
    ['the build', satteri, cases],
    ['the browser', micromark, strings(3, PLAIN_SIGNS)],
  ] as const) {
    it(`shows the imported text as it is, its own backslashes kept, with ${parser}'s parser: no sign lost, none doubled`, () => {
      expect(misread(parse, texts, 'plain', (text) => text)).toEqual([]);
    });
  }

  it("reads a Markdown draft's text back as Markdown reads it, with the build's parser: its escapes are escapes", () => {
    expect(misread(satteri, markdownCases, 'markdown', asMarkdownReads)).toEqual([]);
  });
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
