/** Marking local text in a paragraph's syntax tree without changing a character of it. */
import type { ElementContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { markLocal, ownText } from '../../src/lib/compare/mark-local.ts';

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, ...children: ElementContent[]): ElementContent => ({ type: 'element', tagName, properties: {}, children });

/** The children as HTML, after the marks are applied: enough HTML to read the result. */
function marked(children: ElementContent[], segments: Parameters<typeof markLocal>[1]): string {
  const replacements = new Map(markLocal(children, segments).map((m) => [m.node as ElementContent, m.replacement]));
  const html = (nodes: ElementContent[]): string =>
    nodes
      .flatMap((n) => replacements.get(n) ?? [n])
      .map((n) => {
        if (n.type === 'text') return n.value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        if (n.type !== 'element') return '';
        const attributes = Object.keys(n.properties).map((k) => ` ${k}`).join('');
        return n.tagName === 'br' ? '<br>' : `<${n.tagName}${attributes}>${html(n.children)}</${n.tagName}>`;
      })
      .join('');
  return html(children);
}

describe('markLocal', () => {
  it('wraps the local runs, and nothing else changes', () => {
    const children = [text('Politirådet ledes av\nordføreren i Oppegård.')];
    const out = marked(children, [
      { text: 'Politirådet ledes av ', local: false },
      { text: 'ordføreren i Oppegård.', local: true },
    ]);
    expect(out).toBe('Politirådet ledes av\n<span data-local>ordføreren i Oppegård.</span>');
  });

  it('closes a run at every tag, so the markup stays well nested', () => {
    const children = [text('Ordfører'), el('br'), text('\nOppegård '), el('strong', text('kommune')), text(' & politi')];
    const out = marked(children, [{ text: 'Ordfører\nOppegård kommune & politi', local: true }]);
    expect(out).toBe(
      '<span data-local>Ordfører</span><br>\n<span data-local>Oppegård</span> <strong><span data-local>kommune</span></strong> <span data-local>&amp; politi</span>',
    );
  });

  it("marks only the item's own text, not its nested list", () => {
    const children = [text('Faste deltakere:\n'), el('ul', el('li', text('Ordfører')))];
    const out = marked(children, [{ text: 'Faste deltakere:', local: true }]);
    expect(out).toBe('<span data-local>Faste deltakere:</span>\n<ul><li>Ordfører</li></ul>');
  });

  it("leaves the element unchanged when its text is not the segments' text", () => {
    const children = [text('Politirådet ledes av ordføreren.')];
    expect(markLocal(children, [{ text: 'Politirådet ledes av ordfører.', local: true }])).toEqual([]);
    expect(markLocal(children, [{ text: 'Politirådet ledes', local: true }])).toEqual([]);
    expect(markLocal(children, [{ text: 'Politirådet ledes av ordføreren.', local: false }])).toEqual([]);
  });

  it('never marks the hidden search forms', () => {
    const variants: ElementContent = { type: 'element', tagName: 'span', properties: { hidden: true, 'data-search-variants': '' }, children: [text(' ⟦nn: kva⟧')] };
    const children = [text('hva som rører seg'), variants];
    expect(ownText(children)).toBe('hva som rører seg');
    expect(marked(children, [{ text: 'hva som rører seg', local: true }])).toBe('<span data-local>hva som rører seg</span><span hidden data-search-variants> ⟦nn: kva⟧</span>');
  });
});

describe('ownText', () => {
  it("reads an element's text up to its first nested block, whitespace collapsed", () => {
    expect(ownText([text('Oppegård'), el('br'), text('\n  kommune <3')])).toBe('Oppegård kommune <3');
    expect(ownText([text('Faste deltakere:\n'), el('ul', el('li', text('Ordfører')))])).toBe('Faste deltakere:');
  });
});
