/**
 * Loaded on demand (never before the reader asks): fetches two documents'
 * texts from this site (`/data/tekst/<slug>.json`) and computes their redline
 * with the same module the build uses (src/lib/compare/redline.ts); writes it
 * out as HTML, Markdown or Word (the docx library loaded only for Word).
 */
import { redline, type Redline } from '../lib/compare/redline.ts';
import { REDLINE_ID_PREFIX, redlineDocx, redlineHtml, redlineMarkdown } from '../lib/compare/redline-writers.ts';
import { agreementUrl } from '../lib/publish/routes.ts';
import { loadText } from './agreement-texts.ts';
import { redline as labels } from '../strings.ts';
import { saveFile } from './page-ui.ts';

/** A document the reader picked: its slug and its short name. */
export interface Picked {
  slug: string;
  label: string;
}

/** The redline from one picked document to another. */
export async function loadRedline(from: Picked, to: Picked): Promise<Redline> {
  const [a, b] = await Promise.all([loadText(from.slug), loadText(to.slug)]);
  return redline({ ...a, label: from.label }, { ...b, label: to.label });
}

const clauseUrl = (slug: string, id: string | undefined) => agreementUrl(slug, id);

/** The redline as HTML, the same as the build writes it. */
export function renderRedline(r: Redline): string {
  return redlineHtml(r, labels, { idPrefix: REDLINE_ID_PREFIX, clauseUrl });
}

/** Offers the redline as a file: Word with tracked changes, or Markdown. */
export async function downloadRedline(r: Redline, format: 'docx' | 'markdown'): Promise<void> {
  const name = labels.fileName(r.from.slug, r.to.slug);
  const origin = window.location.origin;
  if (format === 'markdown') {
    saveFile(`${name}.md`, 'text/markdown;charset=utf-8', redlineMarkdown(r, labels, origin, clauseUrl));
    return;
  }
  const docx = await import('docx');
  const date = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const blob = await docx.Packer.toBlob(redlineDocx(r, docx, labels, date, origin, clauseUrl));
  saveFile(`${name}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', blob);
}
