/**
 * Remark plugin: reads section markers on headings (`{/* section: slt *\/}`),
 * removes them from the text and gives every heading its permanent id and,
 * when marked, its canonical section key as `data-section`. Ids follow
 * `HeadingIds`, the same rule the checker uses.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { HeadingIds, SECTION_MARKER } from './headings.ts';

interface MdastNode {
  type: string;
  value?: string;
  depth?: number;
  children?: MdastNode[];
  data?: { hProperties?: Record<string, unknown> } & Record<string, unknown>;
}

/** Adds ids and section keys to the headings of one document. */
export function remarkSectionHeadings() {
  return (tree: Root) => {
    const ids = new HeadingIds();
    visit(tree as never, 'heading', (node: MdastNode) => {
      const children = node.children ?? [];
      const last = children.at(-1);
      let sectionKey: string | undefined;
      if (last?.type === 'mdxTextExpression' && /^\s*\/\*[\s\S]*\*\/\s*$/.test(last.value ?? '')) {
        const marker = SECTION_MARKER.exec(last.value ?? '');
        if (marker) sectionKey = marker[1];
        children.pop();
        const tail = children.at(-1);
        if (tail?.type === 'text' && tail.value) tail.value = tail.value.trimEnd();
      }
      const id = ids.next(toString(node as never).trim(), sectionKey);
      const hProperties: Record<string, unknown> = { ...node.data?.hProperties, id };
      if (sectionKey) hProperties['data-section'] = sectionKey;
      node.data = { ...node.data, hProperties };
    });
  };
}
