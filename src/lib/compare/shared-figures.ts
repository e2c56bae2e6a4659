/**
 * An agreement's shared-text figures as its page shows them
 * (SharedTextPanel.astro): for each section its label, link, length in words
 * and the whole percentage of it found in other municipalities' agreements,
 * and the same for the whole text. Pure.
 */
import { sharedText } from '../../strings.ts';
import type { AgreementSection } from './sections-text.ts';
import { percent, type DocumentSharing } from './similarity.ts';

/** One section's figures. */
export interface SectionFigures {
  /** What the row stands for (`data-section-share`): the section key, else its heading id, else its part. */
  key: string;
  /** The heading as written, or "Innledning"/"Signaturer" for a part without one. */
  label: string;
  /** True when `label` is the document's own heading (in the document's language). */
  asWritten: boolean;
  /** The section's permalink, when it has a heading. */
  href?: string;
  words: number;
  /** The share found elsewhere, in whole percent (rounded down). */
  percent: number;
}

/** The figures of every section, in the document's order, and of the whole text. */
export interface SharedFigures {
  sections: SectionFigures[];
  whole: { words: number; percent: number };
}

/** The figures of `sections` from the register's analysis of the document (`sharing`, section by section). */
export function sharedFigures(sections: readonly AgreementSection[], sharing: DocumentSharing): SharedFigures {
  return {
    sections: sections.map((section, i) => {
      const figures = sharing.sections[i];
      if (!figures) throw new Error(`shared text: section ${i} (${section.heading ?? section.part}) has no figures; sharing covers ${sharing.sections.length} sections`);
      return {
        key: section.key ?? section.id ?? section.part,
        label: section.heading ?? (section.part === 'preamble' ? sharedText.preamble : sharedText.signatures),
        asWritten: section.heading !== undefined,
        ...(section.id ? { href: `#${section.id}` } : {}),
        words: figures.words,
        percent: percent(figures.share),
      };
    }),
    whole: { words: sharing.words, percent: percent(sharing.share) },
  };
}
