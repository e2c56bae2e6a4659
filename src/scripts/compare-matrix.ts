/**
 * The comparison matrix page: reads the choice of agreements from the address,
 * shows only those columns (CSS rules by column position, no cell touched),
 * explains what in the address matched nothing, keeps the picker in step, and
 * builds the CSV/JSON download of the columns shown from the table itself.
 */
import { resolveSelection, selectionQuery, type SelectableAgreement } from '../lib/compare-selection.ts';
import { matrixRecords, recordsToCsv, type MatrixRowData } from '../lib/matrix-export.ts';
import { compare } from '../strings.ts';
import { saveFile, showMessages } from './page-ui.ts';
import { enhancePicker } from './picker.ts';

const table = document.querySelector<HTMLTableElement>('table[data-matrix]');
const headRow = table?.tHead?.rows[0];
if (table && headRow) {
  const heads = [...headRow.cells].slice(1);
  const agreements: SelectableAgreement[] = heads.map((th) => ({
    slug: th.dataset.slug ?? '',
    municipality: th.dataset.m ?? '',
    municipalityName: th.dataset.mn ?? '',
    district: th.dataset.d ?? '',
    districtName: th.dataset.dn ?? '',
  }));
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
  showMessages(document.querySelector('[data-selection-messages]'), messages);

  // Show only the chosen columns: one CSS rule per shown column, by position.
  const positions = shown.map((slug) => agreements.findIndex((a) => a.slug === slug) + 2);
  if (shown.length < agreements.length) {
    const style = document.createElement('style');
    style.textContent =
      `.matrix tr > :not(:first-child) { display: none; }\n` +
      `.matrix tr.matrix-group > * { display: table-cell; }\n` +
      positions.map((p) => `.matrix tr > :nth-child(${p})`).join(',\n') +
      ` { display: table-cell; }`;
    document.head.append(style);
    table.style.setProperty('--columns', String(shown.length));
  }
  for (const th of table.querySelectorAll<HTMLTableCellElement>('tr.matrix-group > th')) th.colSpan = shown.length + 1;
  const caption = table.querySelector('[data-caption]');
  if (caption) caption.textContent = compare.caption(shown.length, agreements.length);

  // Links to the side-by-side view carry the choice along.
  if (selection.slugs.length > 0) {
    const query = selectionQuery(selection.slugs.slice(0, 4));
    for (const link of table.querySelectorAll<HTMLAnchorElement>('a[data-keep-selection]')) link.search = query;
  }

  enhancePicker(selection);
  if (selection.requested && selection.slugs.length < 2) document.querySelector('details[data-picker]')?.setAttribute('open', '');

  // Downloads of the columns shown, from the table's own cells.
  const readRows = (): MatrixRowData[] =>
    [...table.querySelectorAll<HTMLTableRowElement>('tr[data-term]')].map((tr) => ({
      term: tr.dataset.term ?? '',
      type: (tr.dataset.type ?? 'text') as MatrixRowData['type'],
      cells: positions.map((p) => {
        const td = tr.cells[p - 1];
        if (!td) return { text: '', v: '' };
        const items = [...td.querySelectorAll('li')].map((li) => li.textContent?.trim() ?? '');
        return {
          text: td.textContent?.trim() ?? '',
          ...(td.dataset.v !== undefined ? { v: td.dataset.v } : {}),
          ...(td.dataset.s !== undefined ? { s: td.dataset.s } : {}),
          ...(items.length > 0 ? { items } : {}),
        };
      }),
    }));
  const tools = document.querySelector<HTMLElement>('[data-matrix-tools]');
  if (tools) {
    tools.hidden = false;
    tools.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-download]');
      if (!button) return;
      const records = matrixRecords(
        shown.map((slug) => ({ slug })),
        readRows(),
      );
      if (button.dataset.download === 'csv') saveFile('politiradsavtaler-sammenligning.csv', 'text/csv;charset=utf-8', recordsToCsv(records));
      else saveFile('politiradsavtaler-sammenligning.json', 'application/json', `${JSON.stringify(records, null, 2)}\n`);
    });
  }
}
document.documentElement.dataset.compareReady = 'true';
