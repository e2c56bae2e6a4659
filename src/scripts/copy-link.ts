/**
 * Enhances every permalink (`a[data-copy-link]`): following it still moves to
 * the section and puts its address in the address bar; with JavaScript the
 * full address is also copied and the copy announced to screen readers.
 *
 * `data-copy-link`, `data-copy-status` and `copied` are COPY_LINK_ATTRIBUTE,
 * COPY_STATUS_ATTRIBUTE and COPIED_MESSAGE of src/lib/contracts.ts, written out
 * here as search-highlight.ts does, so the script stays in the page;
 * tests/unit/contracts.test.ts checks they agree.
 */
const status = document.querySelector<HTMLElement>('[data-copy-status]');

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (!link) return;
  const url = new URL(link.getAttribute('href') ?? '', window.location.href).href;
  navigator.clipboard?.writeText(url).then(
    () => {
      if (status) status.textContent = status.dataset.copied ?? '';
    },
    () => {
      /* Clipboard refused (permissions, insecure context): the link itself still works. */
    },
  );
});

// A module, so `status` is this file's own and not the DOM's global `window.status`.
export {};
