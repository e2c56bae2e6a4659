/**
 * The draft builder: reads the choice from the address into the form,
 * fetches the chosen agreements' texts (`/data/tekst/<slug>.json`, from this
 * site only), assembles the draft (src/lib/draft/assemble.ts) and shows it, keeps the
 * address in step, and offers the draft as .docx (the docx library is loaded
 * only when asked for), as Markdown, and for print. Nothing is sent anywhere.
 */
import { buildDraft, type AssembledDraft, type DraftNames, type DraftSection } from '../lib/draft/assemble.ts';
import type { AgreementText } from '../lib/draft/agreement-text.ts';
import { draftToDocx } from '../lib/draft/docx-writer.ts';
import { draftToMarkdown } from '../lib/draft/markdown-writer.ts';
import { DRAFT_NAME_PARAMS, draftQuery, parseDraftParams, type DraftChoices } from '../lib/draft/params.ts';
import { SECTION_KEYS, SECTION_TITLES, isSectionKey, type SectionKey } from '../lib/content/sections.ts';
import { formatDate } from '../lib/format.ts';
import { municipalityKey } from '../lib/municipalities/names.ts';
import { draftBuilder } from '../strings.ts';
import { cleanTyped, echo, messageParts, type MessagePart } from '../lib/draft/typed-text.ts';
import { QUOTE_MARKS, quotedParts } from '../lib/quoted.ts';
import { DRAFT_TITLE_ID, districtOptionOf } from '../lib/contracts.ts';
import { el, isolatedNodes, saveFile, showMessages } from './page-ui.ts';
import { loadText } from './agreement-texts.ts';

const form = document.querySelector<HTMLFormElement>('form[data-draft-form]');
const preview = document.querySelector<HTMLElement>('[data-draft]');
const tools = document.querySelector<HTMLElement>('[data-draft-tools]');
const messagesBox = document.querySelector('[data-draft-messages]');
const status = document.querySelector<HTMLElement>('[data-draft-status]');

const labels = {
  sectionTitles: Object.fromEntries(SECTION_KEYS.map((k) => [k, SECTION_TITLES[k].nb])) as Record<(typeof SECTION_KEYS)[number], string>,
  title: draftBuilder.draftTitle,
  placeholderMunicipality: draftBuilder.placeholderMunicipality,
  placeholderDistrict: draftBuilder.placeholderDistrict,
};
/** The source note: the document's title and heading quoted as written (the writers and the page give them the document's language). */
const note = (s: DraftSection) =>
  quotedParts(draftBuilder.source(s.source.municipality, QUOTE_MARKS[0], s.source.heading === undefined ? undefined : QUOTE_MARKS[1]), [
    s.source.title,
    s.source.heading ?? '',
  ]);
/** The source note as elements, each quoted part in the document's language. */
const noteNodes = (s: DraftSection): Array<Node | string> => note(s).map((part) => (typeof part === 'string' ? part : el('span', { lang: s.language }, part.quoted)));
const intro = () => draftBuilder.fileIntro(formatDate(new Date().toISOString().slice(0, 10)));

if (form && preview && tools) {
  // The form's fields by their names, which are the address's parameters (DRAFT_NAME_PARAMS, the section keys).
  const field = <T extends Element>(name: string) => form.elements.namedItem(name) as T | null;
  const municipalityField = field<HTMLInputElement>(DRAFT_NAME_PARAMS.municipality)!;
  const districtField = field<HTMLSelectElement>(DRAFT_NAME_PARAMS.policeDistrict)!;
  const selects = new Map<SectionKey, HTMLSelectElement>();
  for (const key of SECTION_KEYS) {
    const select = field<HTMLSelectElement>(key);
    if (select) selects.set(key, select);
  }
  const known = new Set([...selects.values()].flatMap((s) => [...s.options].map((o) => o.value).filter(Boolean)));
  const titleOf = (key: string) => (isSectionKey(key) ? SECTION_TITLES[key].nb : key);

  // The address → the form, with a message for each part of it that names nothing.
  const addressMessages: MessagePart[][] = [];
  const params = parseDraftParams(new URLSearchParams(window.location.search));
  for (const name of params.unknownParams) addressMessages.push(messageParts(draftBuilder.unknownParam(echo(name))));
  municipalityField.value = params.names.municipality;
  if (params.names.policeDistrict) {
    const match = [...districtField.options].find((o) => o.value && (o.value === params.names.policeDistrict || o.text.toLowerCase() === params.names.policeDistrict.toLowerCase()));
    if (match) districtField.value = match.value;
    else addressMessages.push(messageParts(draftBuilder.unknownDistrict(echo(params.names.policeDistrict), DRAFT_NAME_PARAMS.policeDistrict)));
  }
  for (const [key, select] of selects) {
    const slug = params.choices[key];
    if (!slug) continue;
    if ([...select.options].some((o) => o.value === slug)) select.value = slug;
    else if (known.has(slug)) addressMessages.push(messageParts(draftBuilder.missingSection(titleOf(key), echo(slug))));
    else addressMessages.push(messageParts(draftBuilder.unknownAgreement(titleOf(key), echo(slug), echo(key))));
  }

  const readForm = (): { choices: DraftChoices; names: DraftNames; query: string } => {
    const choices: DraftChoices = {};
    for (const [key, select] of selects) if (select.value) choices[key] = select.value;
    const option = districtField.selectedOptions[0];
    const names: DraftNames = { municipality: cleanTyped(municipalityField.value) };
    if (option?.value) {
      const { name, shortName } = districtOptionOf(option.dataset);
      names.policeDistrict = { id: option.value, name: name || option.text, shortName: shortName || option.text };
    }
    const query = draftQuery(choices, { municipality: names.municipality, policeDistrict: option?.value ?? '' });
    return { choices, names, query };
  };

  let current: AssembledDraft | undefined;
  let run = 0;
  const render = async (firstRun = false) => {
    const mine = ++run;
    const { choices, names, query } = readForm();
    if (!firstRun || query !== '') history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
    const slugs = [...new Set(Object.values(choices))];
    let loaded: Array<[string, AgreementText]>;
    try {
      loaded = await Promise.all(slugs.map(async (slug) => [slug, await loadText(slug)] as [string, AgreementText]));
    } catch {
      showMessages(messagesBox, [...addressMessages, messageParts(draftBuilder.failed)]);
      return;
    }
    if (mine !== run) return;
    const draft = buildDraft(choices, new Map(loaded), names, labels);
    current = draft;
    const messages = [
      ...addressMessages,
      ...draft.problems.map((p) =>
        messageParts(p.reason === 'missing-section' ? draftBuilder.missingSection(titleOf(p.key), echo(p.slug)) : draftBuilder.unknownAgreement(titleOf(p.key), echo(p.slug), p.key)),
      ),
    ];
    // Another municipality's officers, with their e-mail addresses and phone numbers, are no part of a new agreement.
    for (const s of draft.sections) if (s.contactData.length > 0) messages.push(messageParts(draftBuilder.contactData(s.title, s.source.municipality, s.contactData)));
    if (draft.sections.length === 0) messages.push(messageParts(draftBuilder.nothingChosen));
    showMessages(messagesBox, messages, draft.sections.length === 0 && messages.length === 1 ? 'info' : 'warning');
    // The title as the page shows it: the typed name isolated (<bdi>).
    const title = messageParts(labels.title(names.municipality ? echo(names.municipality) : labels.placeholderMunicipality, names.policeDistrict?.name || labels.placeholderDistrict));
    preview.replaceChildren(...renderDraft(draft, title));
    preview.hidden = draft.sections.length === 0;
    tools.hidden = draft.sections.length === 0;
    document.documentElement.dataset.draftReady = String(mine);
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('change', () => void render());
  municipalityField.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void render(), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void render();
  });

  tools.addEventListener('click', async (event) => {
    const target = event.target as Element;
    if (!current) return;
    if (target.closest('[data-draft-print]')) {
      window.print();
      return;
    }
    const button = target.closest<HTMLButtonElement>('[data-draft-download]');
    if (!button) return;
    const name = fileName(municipalityField.value.trim());
    if (button.dataset.draftDownload === 'markdown') {
      saveFile(`${name}.md`, 'text/markdown;charset=utf-8', draftToMarkdown(current, intro(), note, window.location.origin));
      return;
    }
    button.disabled = true;
    if (status) status.textContent = draftBuilder.preparing;
    try {
      const docx = await import('docx');
      const blob = await docx.Packer.toBlob(draftToDocx(current, docx, intro(), note, window.location.origin));
      saveFile(`${name}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', blob);
      if (status) status.textContent = draftBuilder.ready;
    } finally {
      button.disabled = false;
    }
  });

  void render(true);
}

/** A file name from the new municipality's name: `utkast-samarbeidsavtale-nordre-follo`. */
function fileName(municipality: string): string {
  const slug = municipalityKey(municipality);
  return slug ? `${draftBuilder.fileName}-${slug}` : draftBuilder.fileName;
}

/** The draft as elements: title, then each section with its source note and blocks. The typed name is isolated (`<bdi>`) wherever it shows. */
function renderDraft(draft: AssembledDraft, title: readonly MessagePart[]): Node[] {
  const pieces = (block: AssembledDraft['sections'][number]['blocks'][number]): Array<Node | string> =>
    block.pieces.flatMap((p): Array<Node | string> => {
      const parts = p.text.split('\n').flatMap((line, i): Array<Node | string> => (i > 0 ? [el('br'), line] : [line]));
      return p.replaced ? [el('mark', {}, el('bdi', {}, ...parts))] : parts;
    });
  const nodes: Node[] = [el('h2', { id: DRAFT_TITLE_ID, className: 'ds-heading' }, ...isolatedNodes(title))];
  for (const s of draft.sections) {
    const section = el('section', { lang: s.language, className: 'draft-section' });
    section.dataset.section = s.key;
    section.dataset.source = s.source.slug;
    const source = el('p', { className: 'draft-source', lang: 'nb' }, ...noteNodes(s), ' ', el('a', { className: 'ds-link', href: s.source.url }, draftBuilder.openSource));
    section.append(el('h3', { lang: 'nb' }, `${s.number}. ${s.title}`), source);
    let list: HTMLElement | undefined;
    for (const b of s.blocks) {
      if (b.kind === 'item') {
        const tag = b.number === undefined ? 'ul' : 'ol';
        if (!list || list.tagName.toLowerCase() !== tag) section.append((list = el(tag)));
        const li = el('li', {}, ...pieces(b));
        if (b.number !== undefined) li.value = b.number;
        if (b.depth > 0) li.dataset.depth = String(b.depth);
        list.append(li);
        continue;
      }
      list = undefined;
      if (b.kind === 'heading') section.append(el('h4', {}, ...pieces(b)));
      else section.append(el('p', b.kind === 'row' ? { className: 'text-row' } : {}, ...pieces(b)));
    }
    nodes.push(section);
  }
  return nodes;
}
