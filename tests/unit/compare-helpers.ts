/** The real register's agreements as the comparison reads them: sections split, shared text analysed once. */
import { parseFrontmatter } from 'astro/markdown';
import { readFileSync } from 'node:fs';
import { isAgreement } from '../../src/lib/content/agreements.ts';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { splitSections, type AgreementSection } from '../../src/lib/compare/sections-text.ts';
import { analyseSharing, type DocumentSharing } from '../../src/lib/compare/similarity.ts';
import type { SectionKey } from '../../src/lib/content/sections.ts';
import { registerFiles } from './helpers.ts';

export const register = checkRegister(registerFiles());
if (register.problems.length > 0) throw new Error(`the fixture register has problems: ${register.problems.map((p) => p.message).join('; ')}`);

/** The MDX body of a real document. */
export function body(slug: string): string {
  const doc = register.agreements.find((a) => a.id === slug);
  if (!doc) throw new Error(`no document ${slug} in the fixture register`);
  return parseFrontmatter(readFileSync(doc.path, 'utf8')).content;
}

/** The agreements (related papers left out) with their sections. */
export const agreements = register.agreements.filter(isAgreement).map((a) => ({ ...a, group: a.data.municipality, sections: splitSections(body(a.id)) }));

/** The shared-text analysis over the real agreements. */
export const sharing = analyseSharing(agreements);

export function sectionsOf(slug: string): AgreementSection[] {
  const a = agreements.find((x) => x.id === slug);
  if (!a) throw new Error(`no agreement ${slug}`);
  return a.sections;
}

/** A section of a real agreement and its shared-text figures. */
export function sharedSection(slug: string, key: SectionKey): { section: AgreementSection; figures: DocumentSharing['sections'][number] } {
  const sections = sectionsOf(slug);
  const i = sections.findIndex((s) => s.key === key);
  const section = sections[i];
  const figures = sharing.get(slug)?.sections[i];
  if (!section || !figures) throw new Error(`${slug} has no section ${key}`);
  return { section, figures };
}

/** The local (or shared) passages of a section's text, as the reader would mark them. */
export function passages(figures: DocumentSharing['sections'][number], local: boolean): string[] {
  return figures.blocks.flatMap((b) => b.filter((s) => s.local === local && /[\p{L}\p{N}]/u.test(s.text)).map((s) => s.text.trim()));
}
