/**
 * Step 6: the draft file: the review as a YAML comment at the top of the
 * frontmatter (so an editor sees what to check where they edit, and the
 * checker refuses the draft until the comment is gone), the frontmatter in
 * the schema's order, then the MDX body.
 */
import { DRAFT_REVIEW_MARKER } from '../content/validate.ts';
import type { DraftFrontmatter, Review } from './facts.ts';

const DATE_LIKE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A YAML scalar: plain when YAML reads it back as the same string, double-quoted otherwise. Dates are always quoted. */
export function yamlScalar(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const plain =
    /^[\p{L}\p{N}(«"][^\n]*$/u.test(value) &&
    !/^["']/.test(value) &&
    !/:(\s|$)|\s#|[\t]/.test(value) &&
    !/^(?:true|false|yes|no|on|off|null|~|y|n)$/i.test(value) &&
    !/^[-+]?(?:\d[\d_]*(?:\.\d*)?(?:e[-+]?\d+)?|\.\d+|0x[\da-f]+|0o[0-7]+)$/i.test(value) &&
    !DATE_LIKE.test(value) &&
    !/\s$/.test(value) &&
    !/[[\]{},&*!|>%@`]/.test(value.charAt(0));
  return plain ? value : JSON.stringify(value);
}

/** A YAML comment line: no line breaks inside. */
function comment(text: string, indent = ''): string {
  return `${indent}# ${text.replace(/\s+/g, ' ').trim()}`;
}

/** The review as comment lines for the top of the frontmatter. */
export function reviewComment(review: Review, fileName: string, changes: readonly string[] = []): string[] {
  const lines = [
    `${DRAFT_REVIEW_MARKER}: draft written by "npm run import" from ${fileName}.`,
    comment('Check every point below against the signed document, then delete these comment lines (npm run check refuses the file until then).'),
  ];
  if (review.missing.length > 0) {
    lines.push(comment('Not established, left out:'));
    for (const item of review.missing) lines.push(comment(`- ${item.field}: ${item.note}`));
  }
  if (review.check.length > 0) {
    lines.push(comment('Taken from the text, to check:'));
    for (const item of review.check) lines.push(comment(`- ${item.field}: ${item.note}`));
  }
  if (changes.length > 0) {
    lines.push(comment('Changed by the importer (check the text against the document where it matters):'));
    for (const change of changes) lines.push(comment(`- ${change}`));
  }
  return lines;
}

/** The frontmatter as YAML, fields in the schema's order, focus-area candidates with their sentence as a comment. */
export function frontmatterYaml(fm: DraftFrontmatter): string[] {
  const out: string[] = [];
  const field = (key: string, value: string | number | undefined, indent = '') => {
    if (value !== undefined) out.push(`${indent}${key}: ${yamlScalar(value)}`);
  };
  field('title', fm.title);
  field('municipality', fm.municipality);
  field('policeDistrict', fm.policeDistrict);
  field('policeUnit', fm.policeUnit);
  field('documentType', fm.documentType);
  field('language', fm.language);
  if (fm.signed) {
    out.push('signed:');
    out.push(`  date: ${JSON.stringify(fm.signed.date)}`);
    field('asWritten', fm.signed.asWritten, '  ');
  }
  if (fm.received) out.push(`received: ${JSON.stringify(fm.received)}`);
  if (fm.added) out.push(`added: ${JSON.stringify(fm.added)}`);
  if (fm.signatories.length > 0) {
    out.push('signatories:');
    for (const s of fm.signatories) {
      out.push(`  - party: ${s.party}`);
      field('role', s.role, '    ');
      field('name', s.name, '    ');
    }
  }
  if (fm.council) {
    const c = fm.council;
    out.push('council:');
    field('chair', c.chair, '  ');
    field('secretariat', c.secretariat, '  ');
    field('meetingsPerYear', c.meetingsPerYear, '  ');
    if (c.members) {
      out.push('  members:');
      for (const party of ['municipality', 'police'] as const) {
        if (c.members[party].length === 0) continue;
        out.push(`    ${party}:`);
        for (const m of c.members[party]) out.push(`      - ${yamlScalar(m)}`);
      }
    }
    if (c.jointWith.length > 0) out.push(`  jointWith: [${c.jointWith.join(', ')}]`);
    field('clause', c.clause, '  ');
  }
  if (fm.slt) {
    out.push('slt:');
    field('coordinator', fm.slt.coordinator, '  ');
    field('clause', fm.slt.clause, '  ');
  }
  if (fm.evaluation) {
    out.push('evaluation:');
    field('how', fm.evaluation.how, '  ');
    field('frequency', fm.evaluation.frequency, '  ');
    field('clause', fm.evaluation.clause, '  ');
  }
  if (fm.validity) {
    out.push('validity:');
    field('terms', fm.validity.terms, '  ');
    if (fm.validity.validUntil) out.push(`  validUntil: ${JSON.stringify(fm.validity.validUntil)}`);
    field('clause', fm.validity.clause, '  ');
  }
  if (fm.focusAreas.length > 0) {
    out.push('focusAreas:');
    for (const f of fm.focusAreas) {
      out.push(comment(`«${f.sentence}»`, '  '));
      out.push(`  - key: ${f.key}`);
      field('clause', f.clause, '    ');
    }
  }
  if (fm.related.length > 0) out.push(`related: [${fm.related.join(', ')}]`);
  out.push('source:');
  field('title', fm.source.title, '  ');
  field('archiveReference', fm.source.archiveReference, '  ');
  field('file', fm.source.file, '  ');
  return out;
}

/** The whole draft file: review comment, frontmatter, body. */
export function renderDraft(fm: DraftFrontmatter, review: Review, body: string, fileName: string, changes: readonly string[] = []): string {
  return ['---', ...reviewComment(review, fileName, changes), ...frontmatterYaml(fm), '---', '', body].join('\n');
}

/** The file name (slug) of a draft: `<municipality>-<year>[-<kind>]`, as CONTRIBUTING.md names documents. */
export function draftSlug(fm: DraftFrontmatter, fallbackYear: string | undefined): string {
  const year = fm.signed?.date.slice(0, 4) ?? fallbackYear;
  const kind = fm.documentType === 'retningslinjer' || fm.documentType === 'saksframlegg' ? fm.documentType : undefined;
  return [fm.municipality, year, kind].filter(Boolean).join('-');
}
