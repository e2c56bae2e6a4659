/**
 * The build's heading plugin (an mdast plugin for Sätteri, Astro's Markdown
 * processor): reads the section marker on each heading
 * (`{/* section: slt *\/}`), removes it from the text and gives the heading
 * its permanent id and, when marked, its canonical section key as
 * `data-section`. Markers and ids follow `headings.ts`, the rule the checker
 * and the section splitter use.
 */
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { HeadingIds, headingMarker, headingText } from './headings.ts';

/** The plugin; a new `HeadingIds` per document, so ids are unique within each. */
export const sectionHeadingsPlugin: MdastPluginEntry = () => {
  const ids = new HeadingIds();
  return defineMdastPlugin({
    name: 'politiradsavtaler:section-headings',
    heading(node, ctx) {
      const text = headingText(node);
      const { sectionKey, children } = headingMarker(node);
      if (children.length < node.children.length) {
        ctx.removeNode(node.children.at(-1)!);
        const tail = children.at(-1);
        if (tail?.type === 'text' && tail.value !== tail.value.trimEnd()) ctx.setProperty(tail, 'value', tail.value.trimEnd());
      }
      const id = ids.next(text, sectionKey);
      const data: { hProperties?: Record<string, unknown> } = node.data ?? {};
      const hProperties: Record<string, unknown> = { ...data.hProperties, id };
      if (sectionKey) hProperties['data-section'] = sectionKey;
      ctx.setProperty(node, 'data', { ...data, hProperties });
    },
  });
};
