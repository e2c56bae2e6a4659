/**
 * The one MDX reader of the project: an agreement's body as the mdast tree
 * the build's own MDX pipeline produces (micromark's MDX extensions with
 * acorn, plus GFM exactly as remark-gfm registers it, as @astrojs/mdx reads
 * it). Headings, sections, the checker and the safe-subset check
 * (`mdx-subset.ts`) read this tree, so none can disagree with the rendered
 * page about where a heading or a section starts.
 *
 * Pure. A body that is not valid MDX throws the parser's own error (a
 * VFileMessage with `reason`, `place`, `ruleId`); `mdx-subset.ts` turns it
 * into a finding with a fix. Trees are cached per body text and shared:
 * never mutate one.
 */
import type { Nodes, Parent, Root } from 'mdast';
import { fromMarkdown, type Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import remarkGfm from 'remark-gfm';

/** The GFM extensions exactly as remark-gfm (the build's plugin) registers them. */
function gfmExtensions(): { micromark: MicromarkExtension[]; fromMarkdown: FromMarkdownExtension[] } {
  const data: Record<string, unknown[]> = {};
  (remarkGfm as unknown as (this: { data(): Record<string, unknown[]> }) => void).call({ data: () => data });
  return {
    micromark: (data.micromarkExtensions ?? []) as MicromarkExtension[],
    fromMarkdown: (data.fromMarkdownExtensions ?? []) as FromMarkdownExtension[],
  };
}

const gfm = gfmExtensions();

const cache = new Map<string, Root>();
const CACHE_LIMIT = 2000;

/** The mdast tree of an MDX body (frontmatter already removed), as the build parses it. */
export function parseMdx(body: string): Root {
  const cached = cache.get(body);
  if (cached) return cached;
  const tree = fromMarkdown(body, {
    extensions: [mdxjs(), ...gfm.micromark],
    mdastExtensions: [mdxFromMarkdown(), ...gfm.fromMarkdown],
  });
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(body, tree);
  return tree;
}

/** Whether a node is an MDX comment, `{/* … *\/}` (as text or as its own block). */
export function isMdxComment(node: Nodes): node is Extract<Nodes, { type: 'mdxTextExpression' | 'mdxFlowExpression' }> {
  return (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') && /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value);
}

/** Whether a node has children. */
export function isParent(node: Nodes): node is Extract<Nodes, Parent> {
  return 'children' in node && Array.isArray(node.children);
}
