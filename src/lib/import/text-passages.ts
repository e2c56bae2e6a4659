/**
 * The importer's view of a document's text for reading facts: the
 * paragraphs, list items and table rows of sections as plain text, their
 * sentences, and title or signature blocks as one line.
 */
import type { SectionKey } from '../content/sections.ts';
import type { Block } from './clean.ts';
import type { DocumentStructure, Section } from './structure.ts';
import { sentences } from './text.ts';

/** A piece of a section's text with the section it belongs to. */
export interface Passage {
  section: Section;
  text: string;
}

/** Paragraphs, list items and table rows of a section, as plain text (bold markers removed). */
export function passages(section: Section): Passage[] {
  const out: Passage[] = [];
  const plain = (t: string) => t.replace(/\*\*/g, '');
  for (const item of section.items) {
    if (item.kind === 'paragraph') out.push({ section, text: plain(item.lines.join(' ')) });
    if (item.kind === 'subheading') out.push({ section, text: plain(item.text) });
    if (item.kind === 'table') for (const [label, value] of item.rows) out.push({ section, text: `${label} ${value}` });
    if (item.kind === 'list') {
      for (const entry of item.items) {
        out.push({ section, text: plain(entry.text) });
        for (const child of entry.children) out.push({ section, text: plain(child) });
      }
    }
  }
  return out;
}

/** Sentences of sections, in document order, with their section. */
export function sentencesOf(sections: readonly Section[]): Passage[] {
  return sections.flatMap((s) => passages(s).flatMap((p) => sentences(p.text).map((text) => ({ section: s, text }))));
}

/** Sections with the given keys, in the order of the keys. */
export function sectionsWith(doc: DocumentStructure, keys: readonly SectionKey[]): Section[] {
  return keys.flatMap((k) => doc.sections.filter((s) => s.key === k));
}

export const blockText = (b: Block) => b.lines.map((l) => l.replace(/\*\*/g, '').trim()).join(' ');
