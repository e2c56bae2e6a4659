/**
 * Enhances the charts drawn at build time (`figure.chart`): a hover detail
 * for every mark with `data-tip`, which stays until the pointer reaches
 * another mark or leaves the chart, or Escape is pressed (WCAG 1.4.13); a
 * click on a mark with `data-href` goes there (the clause, the agreement, the
 * municipality); and the heatmap's button that re-sorts its columns between
 * frequency and the taxonomy's order. The drawings are pictures (`role="img"`)
 * with no links inside; every destination is also a link in the chart's
 * table, which works without JavaScript and from the keyboard. The names it
 * reads are those of src/lib/contracts.ts.
 */
import { CHART_HREF_ATTRIBUTE, CHART_TIP_ATTRIBUTE, dataAttribute, HEATMAP_COLUMN_CLASS, HEATMAP_DATA } from '../lib/contracts.ts';

const tooltip = document.createElement('div');
tooltip.className = 'chart-tooltip';
tooltip.hidden = true;
// The same facts are in each chart's table; the hover detail is for the eye only.
tooltip.setAttribute('aria-hidden', 'true');
document.body.append(tooltip);

let active: Element | null = null;

function hide() {
  tooltip.hidden = true;
  active?.classList.remove('is-active');
  active = null;
}

function show(mark: Element, x: number, y: number) {
  if (mark !== active) {
    active?.classList.remove('is-active');
    active = mark;
    mark.classList.add('is-active');
    tooltip.textContent = mark.getAttribute(CHART_TIP_ATTRIBUTE);
    tooltip.hidden = false;
  }
  // Beside the pointer, kept inside the window.
  const { innerWidth, innerHeight } = window;
  const box = tooltip.getBoundingClientRect();
  const left = Math.min(x + 14, innerWidth - box.width - 8);
  const top = y + 18 + box.height > innerHeight ? y - box.height - 12 : y + 18;
  tooltip.style.left = `${Math.max(8, left) + window.scrollX}px`;
  tooltip.style.top = `${Math.max(8, top) + window.scrollY}px`;
}

for (const svg of document.querySelectorAll<SVGSVGElement>('figure.chart svg[role="img"]')) {
  svg.addEventListener('pointermove', (event) => {
    const mark = (event.target as Element).closest(`[${CHART_TIP_ATTRIBUTE}]`);
    if (mark && svg.contains(mark)) show(mark, event.clientX, event.clientY);
  });
  svg.addEventListener('pointerleave', hide);
  svg.addEventListener('click', (event) => {
    const href = (event.target as Element).closest(`[${CHART_HREF_ATTRIBUTE}]`)?.getAttribute(CHART_HREF_ATTRIBUTE);
    if (href) window.location.assign(href);
  });
}
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hide();
});

for (const button of document.querySelectorAll<HTMLButtonElement>(`[${dataAttribute(HEATMAP_DATA.sort)}]`)) {
  const figure = button.closest('figure.chart');
  if (!figure) continue;
  let order: 'frequency' | 'taxonomy' = 'frequency';
  button.hidden = false;
  button.addEventListener('click', () => {
    order = order === 'frequency' ? 'taxonomy' : 'frequency';
    for (const column of figure.querySelectorAll<SVGGElement>(`g.${HEATMAP_COLUMN_CLASS}`)) {
      const x = column.dataset[order === 'frequency' ? HEATMAP_DATA.xFrequency : HEATMAP_DATA.xTaxonomy];
      column.setAttribute('transform', `translate(${x},0)`);
    }
    figure.setAttribute('data-order', order);
    button.textContent = button.dataset[order === 'frequency' ? HEATMAP_DATA.labelTaxonomy : HEATMAP_DATA.labelFrequency] ?? '';
  });
}
