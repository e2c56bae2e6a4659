/**
 * The comparison matrix page: reads the choice of agreements from the address,
 * shows only those columns (CSS rules by column position, no cell touched),
 * explains what in the address matched nothing, keeps the picker in step, and
 * builds the CSV/JSON download of the columns shown from the table itself.
 */
import {
  CELL_DATA,
  dataAttribute,
  DOWNLOAD_DATA,
  KEEP_SELECTION_ATTRIBUTE,
  MATRIX_COLUMN_CHUNK as COLUMN_CHUNK,
  MATRIX_TOOLS_ATTRIBUTE,
  ROW_DATA,
  rowDataOf,
  SELECTION_MESSAGES_ATTRIBUTE,
} from '../lib/contracts.ts';
import { resolveSelection, selectionQuery } from '../lib/compare/selection.ts';
import { matrixRecords, recordsToCsv, type MatrixRowData } from '../lib/compare/matrix-export.ts';
import { compare } from '../strings.ts';
import { saveFile, showMessages } from './page-ui.ts';
import { enhancePicker, selectableFrom } from './picker.ts';


/** The matrix's shadow root: declarative in the page; attached here where a browser does not know that yet. */
function matrixRoot(): ShadowRoot | undefined {
  const host = document.querySelector<HTMLElement>('[data-matrix-host]');
  if (!host) return undefined;
  if (!host.shadowRoot) {
    const template = host.querySelector<HTMLTemplateElement>('template[shadowrootmode]');
    if (!template) return undefined;
    host.attachShadow({ mode: 'open' }).append(template.content);
    template.remove();
  }
  return host.shadowRoot ?? undefined;
}

const host = document.querySelector<HTMLElement>('[data-matrix-host]');
const root = matrixRoot();
const table = root?.querySelector<HTMLTableElement>('table[data-matrix]');
const headRow = table?.tHead?.rows[0];
if (table && headRow) {
  const heads = [...headRow.cells].slice(1);
  const agreements = heads.map(selectableFrom);
  const params = new URLSearchParams(window.location.search);
  const selection = resolveSelection(params, agreements);
  const messages = selection.unknown.map((u) => compare.unknown(u.param, u.value));
  let shown = selection.slugs;
  if (selection.requested && shown.length === 0) {
    messages.push(compare.empty);
    shown = agreements.map((a) => a.slug);
  } else if (shown.length === 0) {
    shown = agreements.map((a) => a.slug);
  } else if (shown.length === 1) {
    messages.push(compare.one);
  }
  showMessages(document.querySelector(`[${SELECTION_MESSAGES_ATTRIBUTE}]`), messages);

  // Show only the chosen columns, by position, with CSS rules: no cell is touched. A table of
  // hundreds of columns is laid out a chunk at a time: more columns join as the reader scrolls
  // towards them (or asks for all), so the page is usable at once at national scale.
  const positions = shown.map((slug) => agreements.findIndex((a) => a.slug === slug) + 2);
  // A constructed style sheet: the Content-Security-Policy allows it, where it would refuse a new <style>.
  const style = new CSSStyleSheet();
  if (root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, style];
  const scroller = root?.querySelector<HTMLElement>('[data-matrix-scroll]');
  const progress = document.querySelector<HTMLElement>('[data-matrix-progress]');
  const progressText = progress?.querySelector('[data-matrix-progress-text]');
  let revealed = Math.min(positions.length, COLUMN_CHUNK);
  /** The page's own rule (the first columns of all) fits the first view: no restyling of thousands of cells. */
  let asBuilt = positions.length === agreements.length;
  const render = () => {
    if (progress) progress.hidden = revealed >= positions.length;
    if (progressText) progressText.textContent = compare.progress(revealed, positions.length);
    if (asBuilt) {
      asBuilt = false;
      if (revealed < positions.length) return;
    }
    const visible = positions.slice(0, revealed);
    const contiguous = visible.every((p, i) => p === i + 2);
    style.replaceSync(
      `.matrix tr > :not(:first-child) { display: none; }\n.matrix tr.matrix-group > * { display: table-cell; }\n` +
        (contiguous ? `.matrix tr > :nth-child(-n+${revealed + 1})` : visible.map((p) => `.matrix tr > :nth-child(${p})`).join(',\n')) +
        ` { display: table-cell; }`,
    );
    if (host) delete host.dataset.progressive;
    table.style.setProperty('--columns', String(revealed));
    for (const th of table.querySelectorAll<HTMLTableCellElement>('tr.matrix-group > th')) th.colSpan = revealed + 1;
  };
  const revealMore = (all = false) => {
    if (revealed >= positions.length) return;
    revealed = all ? positions.length : Math.min(positions.length, revealed + COLUMN_CHUNK);
    render();
  };
  render();
  scroller?.addEventListener(
    'scroll',
    () => {
      if (scroller.scrollLeft + 2 * scroller.clientWidth >= scroller.scrollWidth) revealMore();
    },
    { passive: true },
  );
  progress?.querySelector('[data-matrix-reveal-all]')?.addEventListener('click', () => revealMore(true));
  const caption = table.querySelector('[data-caption]');
  if (caption) caption.textContent = compare.caption(shown.length, agreements.length);

  // Links to the side-by-side view carry the choice along.
  if (selection.slugs.length > 0) {
    const query = selectionQuery(selection.slugs.slice(0, 4));
    for (const link of table.querySelectorAll<HTMLAnchorElement>(`a[${KEEP_SELECTION_ATTRIBUTE}]`)) link.search = query;
  }

  enhancePicker(selection);
  if (selection.requested && selection.slugs.length < 2) document.querySelector('details[data-picker]')?.setAttribute('open', '');

  // Downloads of the columns shown, from the table's own cells.
  const readRows = (): MatrixRowData[] =>
    [...table.querySelectorAll<HTMLTableRowElement>(`tr[data-${ROW_DATA.term}]`)].map((tr) => ({
      ...rowDataOf(tr.dataset),
      // Over all the row's cells, shown or not: the same fields whichever columns are chosen.
      ...(tr.querySelector(`[data-${CELL_DATA.modality}]`) ? { modal: true } : {}),
      cells: positions.map((p) => {
        const td = tr.cells[p - 1];
        if (!td) return { text: '', v: '' };
        const items = [...td.querySelectorAll('li')].map((li) => li.textContent?.trim() ?? '');
        const v = td.dataset[CELL_DATA.value];
        const s = td.dataset[CELL_DATA.sharedPercent];
        const m = td.dataset[CELL_DATA.modality];
        return {
          text: td.textContent?.trim() ?? '',
          ...(v !== undefined ? { v } : {}),
          ...(s !== undefined ? { s } : {}),
          ...(m !== undefined ? { m } : {}),
          ...(items.length > 0 ? { items } : {}),
        };
      }),
    }));
  const tools = document.querySelector<HTMLElement>(`[${MATRIX_TOOLS_ATTRIBUTE}]`);
  if (tools) {
    tools.hidden = false;
    tools.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>(`button[${dataAttribute(DOWNLOAD_DATA)}]`);
      if (!button) return;
      const records = matrixRecords(
        shown.map((slug) => ({ slug })),
        readRows(),
      );
      if (button.dataset[DOWNLOAD_DATA] === 'csv') saveFile(`${compare.fileName}.csv`, 'text/csv;charset=utf-8', recordsToCsv(records));
      else saveFile(`${compare.fileName}.json`, 'application/json', `${JSON.stringify(records, null, 2)}\n`);
    });
  }
}
document.documentElement.dataset.compareReady = 'true';
// "Usable": the chosen columns laid out and painted (measured by scripts/bench/compare.ts).
requestAnimationFrame(() => setTimeout(() => performance.mark('compare-usable')));
