/**
 * The draft builder's text assembly: a new agreement assembled from the
 * sections of existing ones. For each canonical section the reader picks an
 * agreement (or none); the draft takes that section's text verbatim, with the
 * source agreement's municipality and police district names swapped for the
 * reader's own, and notes where each section came from. The writers
 * (`markdown-writer.ts`, `docx-writer.ts`) turn the result into files.
 *
 * Pure.
 */
import type { Language } from '../content/schema.ts';
import { SECTION_KEYS, type SectionKey } from '../content/sections.ts';
import type { TextBlock } from '../compare/sections-text.ts';
import { agreementUrl } from '../publish/routes.ts';
import type { QuotedPart } from '../quoted.ts';
import { escapeRegExp } from '../regexp.ts';
import type { AgreementText } from './agreement-text.ts';
import type { DraftChoices } from './params.ts';
import { cleanTyped } from './typed-text.ts';

/** The reader's names for the new agreement's parties; empty keeps the source's names. */
export interface DraftNames {
  municipality: string;
  policeDistrict?: { id: string; name: string; shortName: string };
}


/** A piece of draft text: as in the source, or a name the reader's replaced. */
export interface DraftPiece {
  text: string;
  replaced: boolean;
}


/**
 * Replaces the source agreement's municipality and police district names
 * with the reader's, as whole words: the district's full name first
 * ("Øst politidistrikt"), then its short name alone ("Nordland"), then the
 * municipality's name. An empty new name leaves the source's name.
 */
export function replaceNames(
  text: string,
  from: { municipality: string; policeDistrict: { name: string; shortName: string } },
  to: DraftNames,
): DraftPiece[] {
  const pairs: Array<[string, string]> = [];
  if (to.policeDistrict) {
    pairs.push([from.policeDistrict.name, to.policeDistrict.name], [from.policeDistrict.shortName, to.policeDistrict.shortName]);
  }
  if (to.municipality) pairs.push([from.municipality, to.municipality]);
  const active = pairs.filter(([a, b]) => a !== '' && a !== b);
  if (active.length === 0) return text === '' ? [] : [{ text, replaced: false }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${active.map(([a]) => escapeRegExp(a)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const replacement = new Map(active);
  const pieces: DraftPiece[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) pieces.push({ text: text.slice(last, m.index), replaced: false });
    pieces.push({ text: replacement.get(m[0])!, replaced: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), replaced: false });
  return pieces;
}

/** A block of the draft: the source block's form, its text in pieces. */
export interface DraftBlock {
  kind: TextBlock['kind'];
  depth: number;
  number?: number;
  pieces: DraftPiece[];
}

/** One section of the draft, with a note of where it came from. */
export interface DraftSection {
  key: SectionKey;
  /** Its number in the draft (1, 2, …). */
  number: number;
  /** The canonical title. */
  title: string;
  language: Language;
  source: { slug: string; title: string; municipality: string; heading?: string; url: string };
  blocks: DraftBlock[];
  /**
   * The personal contact data the section takes from its source (an officer's e-mail address or phone number, by the
   * checker's rule: contact-data.ts, as its published text lists it), for the drafter to replace with their own.
   */
  contactData: string[];
}

/** A problem with a choice: the agreement is unknown, or has no such section. */
export interface DraftProblem {
  key: SectionKey;
  slug: string;
  reason: 'unknown-agreement' | 'missing-section';
}

/** The assembled draft. */
export interface AssembledDraft {
  title: string;
  sections: DraftSection[];
  problems: DraftProblem[];
}

/** Words a draft needs from the UI: the canonical titles and how a title reads. */
export interface DraftLabels {
  sectionTitles: Record<SectionKey, string>;
  title: (municipality: string, policeDistrict: string) => string;
  placeholderMunicipality: string;
  placeholderDistrict: string;
}

/** Assembles the draft from the reader's choices and the chosen agreements' texts. */
export function buildDraft(
  choices: DraftChoices,
  texts: ReadonlyMap<string, AgreementText>,
  names: DraftNames,
  labels: DraftLabels,
): AssembledDraft {
  const sections: DraftSection[] = [];
  const problems: DraftProblem[] = [];
  names = { ...names, municipality: cleanTyped(names.municipality) };
  for (const key of SECTION_KEYS) {
    const slug = choices[key];
    if (!slug) continue;
    const text = texts.get(slug);
    if (!text) {
      problems.push({ key, slug, reason: 'unknown-agreement' });
      continue;
    }
    const section = text.sections.find((s) => s.key === key);
    if (!section) {
      problems.push({ key, slug, reason: 'missing-section' });
      continue;
    }
    const source: DraftSection['source'] = {
      slug,
      title: text.title,
      municipality: text.municipality,
      url: agreementUrl(slug, section.id),
    };
    if (section.heading) source.heading = section.heading;
    sections.push({
      key,
      number: sections.length + 1,
      title: labels.sectionTitles[key],
      language: text.language,
      source,
      blocks: section.blocks.map((b) => {
        const block: DraftBlock = { kind: b.kind, depth: b.depth, pieces: replaceNames(b.text, text, names) };
        if (b.number !== undefined) block.number = b.number;
        return block;
      }),
      // Found in the source's own words when its text was published (agreement-text.ts): a swapped-in name is no person.
      contactData: section.contactData ?? [],
    });
  }
  return {
    title: labels.title(names.municipality || labels.placeholderMunicipality, names.policeDistrict?.name || labels.placeholderDistrict),
    sections,
    problems,
  };
}

/** A block's plain text. */
export function blockText(block: DraftBlock): string {
  return block.pieces.map((p) => p.text).join('');
}


/** The source note of a section, one line: the site's words, and the title and heading it quotes from the source document (in the document's language). */
export type SourceNote = (section: DraftSection) => QuotedPart[];
