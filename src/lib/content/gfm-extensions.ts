/**
 * GFM's micromark and mdast extensions exactly as remark-gfm registers them,
 * for the parsers that call micromark directly: the browser's MDX parser
 * (mdx-parser-micromark.ts) and the draft check's Markdown reader
 * (src/lib/compare/draft-markdown.ts).
 */
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import type { Extension as MicromarkExtension } from 'micromark-util-types';
import remarkGfm from 'remark-gfm';

/** The GFM extensions exactly as remark-gfm registers them. */
export function gfmExtensions(): { micromark: MicromarkExtension[]; fromMarkdown: FromMarkdownExtension[] } {
  const data: Record<string, unknown[]> = {};
  (remarkGfm as unknown as (this: { data(): Record<string, unknown[]> }) => void).call({ data: () => data });
  return {
    micromark: (data.micromarkExtensions ?? []) as MicromarkExtension[],
    fromMarkdown: (data.fromMarkdownExtensions ?? []) as FromMarkdownExtension[],
  };
}
