/**
 * «Vis endringer» for any two documents: reads the pair from the address
 * (`?fra=…&til=…`), and only then loads the diff code (src/scripts/redline-load.ts,
 * the same redline module the build uses) and shows the redline. A pair that
 * names no document gets a message; the form stays usable.
 */
import { PAIR_PARAMS } from '../lib/publish/routes.ts';
import { pairChanges } from '../strings.ts';
import { showMessages } from './page-ui.ts';

const form = document.querySelector<HTMLFormElement>('form[data-pair-form]');
const view = document.querySelector<HTMLElement>('[data-redline]');
const tools = document.querySelector<HTMLElement>('[data-redline-tools]');
const messages = document.querySelector('[data-pair-messages]');
const status = document.querySelector<HTMLElement>('[data-pair-status]');

async function show(): Promise<void> {
  if (!form || !view) return;
  const params = new URLSearchParams(window.location.search);
  const picked: Array<{ slug: string; label: string } | undefined> = [];
  const problems: string[] = [];
  for (const param of [PAIR_PARAMS.from, PAIR_PARAMS.to]) {
    const select = form.querySelector<HTMLSelectElement>(`select[data-pair="${param}"]`);
    const slug = (params.get(param) ?? '').trim();
    const option = select && slug ? [...select.options].find((o) => o.value === slug) : undefined;
    if (slug && !option) problems.push(pairChanges.unknown(param, slug));
    if (select && option) select.value = slug;
    picked.push(option ? { slug, label: option.text } : undefined);
  }
  const [from, to] = picked;
  if (!from || !to) {
    if (params.has(PAIR_PARAMS.from) || params.has(PAIR_PARAMS.to)) problems.push(pairChanges.missingParam);
    showMessages(messages, problems);
    return;
  }
  if (from.slug === to.slug) {
    showMessages(messages, [pairChanges.same]);
    return;
  }
  showMessages(messages, problems);
  if (status) status.textContent = pairChanges.loading;
  try {
    const { loadRedline, renderRedline } = await import('./redline-load.ts');
    view.innerHTML = renderRedline(await loadRedline(from, to));
    view.hidden = false;
    if (tools) {
      Object.assign(tools.dataset, { from: from.slug, fromLabel: from.label, to: to.slug, toLabel: to.label });
      tools.hidden = false;
    }
    if (status) status.textContent = pairChanges.ready(from.label, to.label);
  } catch {
    showMessages(messages, [...problems, pairChanges.failed]);
  }
}

void show().finally(() => {
  document.documentElement.dataset.pairReady = 'true';
});
