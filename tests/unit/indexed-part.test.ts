/**
 * What Pagefind is handed of an agreement page (src/lib/search/indexed-part.ts):
 * the head and the `data-pagefind-body` article, or the whole page whenever
 * that might index differently. That the index is then the same as Pagefind's
 * of the whole pages is shown on the built site (tests/e2e/search-index.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { indexedPart } from '../../src/lib/search/indexed-part.ts';

const head = '<!doctype html><html lang="nn"><head><meta charset="utf-8"><title>Luster</title></head><body class="page">';
const article = '<article class="document" lang="nn" data-pagefind-body><h2 data-pagefind-meta="title">Avtale</h2><p>Politirådet <a data-pagefind-ignore href="#a">#</a></p></article>';
const page = (before: string, body: string, after: string) => `${head}<header>Meny</header>${before}${body}${after}<footer>Kontakt</footer></body></html>`;

describe('indexedPart', () => {
  it('keeps the head (the language, the title) and the article, and leaves out the rest', () => {
    expect(indexedPart(page('<nav>Sider</nav>', article, '<aside>Fakta</aside>'))).toBe(`${head}${article}</body></html>`);
  });

  it('hands the whole page over when a Pagefind attribute is outside the article', () => {
    for (const [before, after] of [
      ['<p data-pagefind-filter="kommune">Luster</p>', ''],
      ['', '<span data-pagefind-meta="image">x</span>'],
      ['', '<span data-pagefind-sort="dato">2019</span>'],
    ] as const) {
      const html = page(before, article, after);
      expect(indexedPart(html)).toBe(html);
    }
    const onBody = page('', article, '').replace('<body class="page">', '<body class="page" data-pagefind-filter="x">');
    expect(indexedPart(onBody)).toBe(onBody);
  });

  it('hands the whole page over when Pagefind would take a title or an image from elsewhere', () => {
    const untitled = page('<h1>Luster</h1>', article.replace(' data-pagefind-meta="title"', ''), '');
    expect(indexedPart(untitled)).toBe(untitled);
    for (const [before, after] of [['<img src="logo.svg" alt="">', ''], ['', '<footer><img src="a.png" alt="a"></footer>']] as const) {
      const html = page(before, article, after);
      expect(indexedPart(html)).toBe(html);
    }
    const inside = page('', article.replace('<p>', '<p><img src="kart.png" alt="Kart">'), '');
    expect(indexedPart(inside)).toBe(inside);
    // A title given with its value is the article's own too.
    const valued = page('<h1>Luster</h1>', article.replace('data-pagefind-meta="title"', 'data-pagefind-meta="title:Avtale"'), '');
    expect(indexedPart(valued)).not.toBe(valued);
  });

  it('hands the whole page over when the body is not one article it can delimit', () => {
    const cases = [
      page('', article.replace(' data-pagefind-body', ''), ''),
      page('', article.replaceAll('article', 'main'), ''),
      page('', article.replace('<p>', '<article><p>x</p></article><p>'), ''),
      page('', article, '<article data-pagefind-body><p>to</p></article>'),
      page('', article.replace('</article>', ''), ''),
      `<html lang="nb"><head></head>${article}</html>`,
    ];
    for (const html of cases) expect(indexedPart(html)).toBe(html);
  });
});
