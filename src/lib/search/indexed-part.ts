/**
 * The part of an agreement page Pagefind reads. A page with a
 * `data-pagefind-body` element is indexed from that element alone (its text,
 * filters, meta and sort keys), with the page's language from `<html lang>`;
 * the rest of the page (the header, the facts panel, the navigation, the
 * footer: about half of an agreement page's bytes) Pagefind parses and leaves
 * out. Handing it only the document's head and that element makes the same
 * index (the tests compare the index's bytes) for less of Pagefind's time on
 * the core the build's rendering shares with it.
 *
 * The page is handed over whole whenever that cannot be seen to hold from
 * the text alone: no single `<article … data-pagefind-body>`, an article
 * inside it, any `data-pagefind-…` attribute outside it, or what Pagefind
 * would take from anywhere on the page by default: an image (its `image`
 * meta, from the first `<img>` after the title), or the title itself when
 * the article does not name it (`data-pagefind-meta="title"`; else the first
 * `<h1>` of the page).
 */
const BODY_ATTRIBUTE = 'data-pagefind-body';
const ANY_ATTRIBUTE = 'data-pagefind-';
const OWN_TITLE = /data-pagefind-meta="title[":]/;
const ARTICLE = '<article';
const ARTICLE_END = '</article>';

export function indexedPart(html: string): string {
  if (/<img\b/i.test(html)) return html;
  const at = html.indexOf(BODY_ATTRIBUTE);
  if (at < 0 || html.indexOf(BODY_ATTRIBUTE, at + 1) >= 0) return html;
  const start = html.lastIndexOf('<', at);
  if (!html.startsWith(ARTICLE, start) || html.indexOf('>', start) < at) return html;
  const close = html.indexOf(ARTICLE_END, at);
  if (close < 0) return html;
  const end = close + ARTICLE_END.length;
  const nested = html.indexOf(ARTICLE, start + 1);
  if (nested >= 0 && nested < end) return html;
  // Every Pagefind attribute inside the article, none before or after it.
  if (html.indexOf(ANY_ATTRIBUTE) < start || html.lastIndexOf(ANY_ATTRIBUTE) >= end) return html;
  const bodyTag = /<body\b[^>]*>/.exec(html);
  if (!bodyTag || bodyTag.index + bodyTag[0].length > start) return html;
  const article = html.slice(start, end);
  if (!OWN_TITLE.test(article)) return html;
  return `${html.slice(0, bodyTag.index + bodyTag[0].length)}${article}</body></html>`;
}
