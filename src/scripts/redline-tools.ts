/**
 * The download buttons of a «Hva er endret» view (src/components/RedlineTools.astro):
 * the pair is in the tools' data attributes; the diff and docx code load on click.
 */
import { redline as labels } from '../strings.ts';

for (const tools of document.querySelectorAll<HTMLElement>('[data-redline-tools]')) {
  const status = tools.querySelector<HTMLElement>('[data-redline-status]');
  // A page that names its pair in the HTML (a version page) offers the files at once; the pair page after it has shown one.
  if (tools.dataset.from && tools.dataset.to) tools.hidden = false;
  tools.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-redline-download]');
    const { from, fromLabel, to, toLabel } = tools.dataset;
    if (!button || !from || !to) return;
    button.disabled = true;
    const format = button.dataset.redlineDownload === 'docx' ? 'docx' : 'markdown';
    if (status && format === 'docx') status.textContent = labels.preparing;
    try {
      const { loadRedline, downloadRedline } = await import('./redline-load.ts');
      await downloadRedline(await loadRedline({ slug: from, label: fromLabel ?? from }, { slug: to, label: toLabel ?? to }), format);
      if (status && format === 'docx') status.textContent = labels.ready;
    } catch {
      if (status) status.textContent = labels.failed;
    } finally {
      button.disabled = false;
    }
  });
}
