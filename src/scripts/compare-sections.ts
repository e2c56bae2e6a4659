/**
 * The side-by-side page: reads the two to four agreements from the address,
 * lines their blocks up (src/lib/compare/align.ts) in a table, one column per
 * agreement, and hides the other texts. Without a valid choice the texts stay
 * one after another, with a message saying why.
 */
import { alignBlocks } from '../lib/compare/align.ts';
import { resolveSelection, SELECTION_PARAMS, selectionQuery } from '../lib/compare/selection.ts';
import { AGREEMENT_DATA, agreementDataOf, KEEP_SELECTION_ATTRIBUTE, SELECTION_MESSAGES_ATTRIBUTE } from '../lib/contracts.ts';
import { compare, sideBySide } from '../strings.ts';
import { showMessages } from './page-ui.ts';
import { enhancePicker, selectableFrom } from './picker.ts';

const MAX_COLUMNS = 4;
const list = document.querySelector<HTMLElement>('[data-section-texts]');
const aligned = document.querySelector<HTMLElement>('[data-aligned]');
const table = document.querySelector<HTMLTableElement>('[data-aligned-table]');
const sectionTitle = list?.dataset.sectionTitle ?? '';

const headRow = table?.tHead?.rows[0];
const body = table?.tBodies[0];
if (list && aligned && headRow && body) {
  const articles = [...list.querySelectorAll<HTMLElement>(`article[data-${AGREEMENT_DATA.slug}]`)];
  const slugOf = (article: HTMLElement) => agreementDataOf(article.dataset).slug;
  const agreements = articles.map(selectableFrom);
  const params = new URLSearchParams(window.location.search);
  const selection = resolveSelection(params, agreements);
  const messages = selection.unknown.map((u) => (u.param === SELECTION_PARAMS.agreement ? sideBySide.unknown(u.value, sectionTitle, u.param) : compare.unknown(u.param, u.value)));
  let chosen = selection.slugs;
  if (chosen.length > MAX_COLUMNS) {
    messages.push(sideBySide.tooMany(MAX_COLUMNS));
    chosen = chosen.slice(0, MAX_COLUMNS);
  }
  if (selection.requested && chosen.length < 2) messages.push(sideBySide.tooFew);
  showMessages(document.querySelector(`[${SELECTION_MESSAGES_ATTRIBUTE}]`), messages);
  enhancePicker(selection);

  // The section links keep the choice.
  if (selection.slugs.length > 0) {
    const query = selectionQuery(chosen);
    for (const link of document.querySelectorAll<HTMLAnchorElement>(`a[${KEEP_SELECTION_ATTRIBUTE}]`)) link.search = query;
  }

  if (chosen.length === 1) {
    for (const a of articles) a.hidden = slugOf(a) !== chosen[0];
  } else if (chosen.length >= 2) {
    const columns = chosen.flatMap((slug) => articles.filter((a) => slugOf(a) === slug));
    const blocksOf = (article: HTMLElement) => [...article.querySelectorAll<HTMLElement>('[data-block]')];
    const blocks = columns.map(blocksOf);
    const rows = alignBlocks(blocks.map((bs) => bs.map((b) => b.textContent ?? '')));

    for (const article of columns) {
      const th = document.createElement('th');
      th.scope = 'col';
      const header = article.querySelector('header')?.cloneNode(true);
      if (header) th.append(...header.childNodes);
      th.querySelector('h2')?.removeAttribute('id');
      headRow.append(th);
    }
    for (const row of rows) {
      const tr = body.insertRow();
      row.forEach((index, c) => {
        const td = tr.insertCell();
        td.lang = columns[c]?.lang ?? '';
        const block = index === null ? undefined : blocks[c]?.[index];
        if (!block) {
          td.className = 'sbs-empty';
          return;
        }
        if (block.tagName === 'LI') {
          // A list item keeps its list (and its number) in its cell.
          const listEl = document.createElement(block.parentElement?.tagName === 'OL' ? 'ol' : 'ul');
          listEl.append(block);
          td.append(listEl);
        } else {
          td.append(block);
        }
      });
    }
    list.hidden = true;
    aligned.hidden = false;
  }
}
document.documentElement.dataset.compareReady = 'true';
