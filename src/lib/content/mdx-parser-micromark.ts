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
import { fromMarkdown, type Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import remarkGfm from 'remark-gfm';

/** The GFM extensions exactly as remark-gfm registers them. */
function gfmExtensions(): { micromark: MicromarkExtension[]; fromMarkdown: FromMarkdownExtension[] } {
  const data: Record<string, unknown[]> = {};
  (remarkGfm as unknown as (this: { data(): Record<string, unknown[]> }) => void).call({ data: () => data });
  return {
    micromark: (data.micromarkExtensions ?? []) as MicromarkExtension[],
    fromMarkdown: (data.fromMarkdownExtensions ?? []) as FromMarkdownExtension[],
  };
}

const gfm = gfmExtensions();

/** The mdast tree of an MDX body; a body that is not valid MDX throws the parser's VFileMessage (`reason`, `place`, `ruleId`, `source`). */
export function parseMdxTree(body: string): Root {
  return fromMarkdown(body, {
    extensions: [mdxjs(), ...gfm.micromark],
    mdastExtensions: [mdxFromMarkdown(), ...gfm.fromMarkdown],
  });
}
