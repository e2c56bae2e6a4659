/**
 * The draft check's form: on submit (or when a file is chosen) it checks what
 * the reader gave last, the text or the file, and shows the result. The work
 * (src/scripts/draft-check-run.ts: the importer's heading rules, the
 * shared-text analysis, mammoth for a .docx) runs in a Web Worker, loaded on
 * the first check (src/scripts/draft-check-client.ts), so the page stays free
 * while it runs; a newer check supersedes an older one. Nothing leaves the
 * browser: the only requests are for the site's own scripts and the register's
 * texts.
 */
import { draftCheck } from '../strings.ts';
import { checkDraftOffPage, DraftCheckFailed } from './draft-check-client.ts';
import { showMessages } from './page-ui.ts';

const form = document.querySelector<HTMLFormElement>('form[data-draft-check-form]');
const view = document.querySelector<HTMLElement>('[data-draft-check]');
const messages = document.querySelector('[data-draft-check-messages]');
const status = document.querySelector<HTMLElement>('[data-draft-check-status]');

if (form && view) {
  const textField = form.querySelector<HTMLTextAreaElement>('#draft-text')!;
  const fileField = form.querySelector<HTMLInputElement>('#draft-file')!;
  let run = 0;
  // What the reader gave last is what is checked: text typed or pasted after a file was opened is not left unread.
  let given: 'text' | 'file' = 'text';
  textField.addEventListener('input', () => {
    given = 'text';
  });
  const check = async (source: 'text' | 'file') => {
    const mine = ++run;
    const file = fileField.files?.[0];
    if (status) status.textContent = draftCheck.loading;
    try {
      const result = await checkDraftOffPage(source === 'file' && file ? { file } : { text: textField.value }, form.dataset.register ?? '[]');
      if (mine !== run) return;
      showMessages(messages, result.messages);
      view.innerHTML = result.html ?? '';
      view.hidden = !result.html;
      if (status) status.textContent = result.status;
    } catch (e) {
      if (mine !== run) return;
      // The register's texts not fetched: the network, worth another try. Anything else (the worker's script not
      // loaded, a fault of the check's): a reload fetches the site's scripts afresh.
      const message = e instanceof DraftCheckFailed && e.failure === 'texts' ? draftCheck.failed : draftCheck.broken;
      showMessages(messages, [message]);
      if (status) status.textContent = message;
    } finally {
      if (mine === run) document.documentElement.dataset.draftCheckReady = String(mine);
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void check(given === 'file' && fileField.files?.length ? 'file' : 'text');
  });
  fileField.addEventListener('change', () => {
    if (!fileField.files?.length) return;
    given = 'file';
    void check('file');
  });
}
