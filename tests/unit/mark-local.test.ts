/** Marking local text in rendered HTML without changing a character of it. */
import { describe, expect, it } from 'vitest';
import { markLocal, ownText } from '../../src/lib/compare/mark-local.ts';

const textOf = (html: string) => html.replace(/<[^>]*>/g, '');

describe('markLocal', () => {
  it('wraps the local runs, and nothing else changes', () => {
    const html = 'Politirådet ledes av\nordføreren i Oppegård.';
    const out = markLocal(html, [
      { text: 'Politirådet ledes av ', local: false },
      { text: 'ordføreren i Oppegård.', local: true },
    ]);
    expect(out).toBe('Politirådet ledes av\n<span data-local>ordføreren i Oppegård.</span>');
    expect(textOf(out)).toBe(html);
  });

  it('closes a run at every tag, so the markup stays well nested', () => {
    const html = 'Ordfører<br>\nOppegård <strong>kommune</strong> &amp; politi';
    const out = markLocal(html, [{ text: 'Ordfører\nOppegård kommune & politi', local: true }]);
    expect(out).toBe(
      '<span data-local>Ordfører</span><br>\n<span data-local>Oppegård</span> <strong><span data-local>kommune</span></strong> <span data-local>&amp; politi</span>',
    );
  });

  it('marks only the item\'s own text, not its nested list', () => {
    const html = 'Faste deltakere:\n<ul>\n<li>Ordfører</li>\n</ul>';
    const out = markLocal(html, [{ text: 'Faste deltakere:', local: true }]);
    expect(out).toBe('<span data-local>Faste deltakere:</span>\n<ul>\n<li>Ordfører</li>\n</ul>');
  });

  it('returns the HTML unchanged when its text is not the segments\' text', () => {
    const html = 'Politirådet ledes av ordføreren.';
    expect(markLocal(html, [{ text: 'Politirådet ledes av ordfører.', local: true }])).toBe(html);
    expect(markLocal(html, [{ text: 'Politirådet ledes', local: true }])).toBe(html);
    expect(markLocal(html, [{ text: html, local: false }])).toBe(html);
  });
});

describe('ownText', () => {
  it('reads an element\'s text up to its first nested block, decoded and collapsed', () => {
    expect(ownText('Oppegård<br>\n  kommune &lt;3')).toBe('Oppegård kommune <3');
    expect(ownText('Faste deltakere:\n<ul><li>Ordfører</li></ul>')).toBe('Faste deltakere:');
  });
});
