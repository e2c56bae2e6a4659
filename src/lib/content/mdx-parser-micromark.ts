/**
 * The MDX parser for the browser (package.json `imports`, condition
 * `browser`): micromark's MDX extensions with GFM, for the one page that
 * parses MDX in the reader's browser (a draft held against the register,
 * /sammenlign/mitt-utkast/). Sätteri, which the build and the checker use
 * (`mdx-parser-satteri.ts`), is native code and does not run there. Both give
 * an mdast tree of the same shape; tests/unit/mdx-parsers.test.ts holds them to the
 * same headings and sections for every document of the register.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { gfmExtensions } from './gfm-extensions.ts';

const gfm = gfmExtensions();

/** The mdast tree of an MDX body; a body that is not valid MDX throws the parser's VFileMessage (`reason`, `place`, `ruleId`, `source`). */
export function parseMdxTree(body: string): Root {
  return fromMarkdown(body, {
    extensions: [mdxjs(), ...gfm.micromark],
    mdastExtensions: [mdxFromMarkdown(), ...gfm.fromMarkdown],
  });
}
