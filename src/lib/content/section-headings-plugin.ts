/**
 * The build's heading plugin (an mdast plugin for Sätteri, Astro's Markdown
 * processor): reads the section marker on each heading
 * (`{/* section: slt *\/}`), removes it from the text and gives the heading
 * its permanent id and, when marked, its canonical section key as
 * `data-section`. Markers and ids follow `headings.ts`, the rule the checker
 * and the section splitter use. A `##` or `###` heading also ends with its
 * visible permalink (`<a class="permalink ds-link" href="#id" data-copy-link
 * data-pagefind-ignore="all"><span aria-hidden="true">#</span><span
 * class="visually-hidden">Lenke til punktet «…»</span></a>`, which copy-link.ts
 * enhances in the browser): written here once per document as it is compiled,
 * not by a component per heading as each page renders. The link is named by
 * its hidden text, and its visible «#» is left out of the name, as Starlight's
 * heading links do: no name that leaves out what is shown (WCAG 2.5.3), and a
 * name in the page's text, which a translating browser translates. `all`, for
 * Pagefind takes a sub-result's title from the heading's text, nested elements
 * and all, unless told so (`data-pagefind-ignore` alone left the hidden name in
 * the titles).
 */
import { defineMdastPlugin, type MdastPluginEntry } from 'satteri';
import { COPY_LINK_ATTRIBUTE, PERMALINK_CLASS } from '../contracts.ts';
import { agreementPage } from '../../strings.ts';
import { HeadingIds, headingMarker, headingText } from './headings.ts';

/** The permalink at the end of heading `id` whose text is `text`: a node Sätteri renders as the element its `data` names. */
function permalink(id: string, text: string) {
  return {
    type: 'permalink',
    data: {
      hName: 'a',
      hProperties: {
        class: `${PERMALINK_CLASS} ds-link`,
        href: `#${id}`,
        [COPY_LINK_ATTRIBUTE]: '',
        'data-pagefind-ignore': 'all',
      },
      hChildren: [
        { type: 'element', tagName: 'span', properties: { 'aria-hidden': 'true' }, children: [{ type: 'text', value: '#' }] },
        { type: 'element', tagName: 'span', properties: { class: 'visually-hidden' }, children: [{ type: 'text', value: agreementPage.permalinkLabel(text) }] },
      ],
    },
  };
}

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
      if (node.depth === 2 || node.depth === 3) ctx.appendChild(node, permalink(id, text));
    },
  });
};
