/**
 * Remark plugin: reads section markers on headings (`{/* section: slt *\/}`),
 * removes them from the text and gives every heading its permanent id and,
 * when marked, its canonical section key as `data-section`. Markers and ids
 * follow `headings.ts`, the rule the checker and the section splitter use.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { HeadingIds, headingMarker, headingText } from './headings.ts';

/** Adds ids and section keys to the headings of one document. */
export function remarkSectionHeadings() {
  return (tree: Root) => {
    const ids = new HeadingIds();
    visit(tree, 'heading', (node) => {
      const text = headingText(node);
      const { sectionKey, children } = headingMarker(node);
      if (children.length < node.children.length) {
        node.children = children;
        const tail = children.at(-1);
        if (tail?.type === 'text') tail.value = tail.value.trimEnd();
      }
      const id = ids.next(text, sectionKey);
      const data: { hProperties?: Record<string, unknown> } = node.data ?? {};
      const hProperties: Record<string, unknown> = { ...data.hProperties, id };
      if (sectionKey) hProperties['data-section'] = sectionKey;
      node.data = { ...data, hProperties };
    });
  };
}
