/**
 * Step 6: the draft file: the review as a YAML comment at the top of the
 * frontmatter (so an editor sees what to check where they edit, and the
 * checker refuses the draft until the comment is gone), the frontmatter in
 * the schema's order (written by `yaml`), then the MDX body.
 */
import { Document, isMap, isScalar, isSeq, Scalar, stringify } from 'yaml';
import { DRAFT_REVIEW_MARKER } from '../content/validate.ts';
import type { DraftFrontmatter } from './draft-frontmatter.ts';
import type { Review } from './review.ts';

/** How the frontmatter is written: YAML 1.1's rules for quoting (so "yes", "on" and dates stay strings for any reader), no folding. */
const YAML_OPTIONS = { version: '1.1', lineWidth: 0, flowCollectionPadding: false } as const;

/** A YAML scalar: plain when YAML reads it back as the same string, quoted otherwise (dates always). */
export function yamlScalar(value: string | number): string {
  return stringify(value, YAML_OPTIONS).trimEnd();
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

/** Drops the keys whose value is undefined, keeping the order of the rest. */
function defined<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The frontmatter as YAML (through `yaml`), fields in the schema's order, focus-area candidates with their sentence as a comment. */
export function frontmatterYaml(fm: DraftFrontmatter): string[] {
  const c = fm.council;
  const members = c?.members
    ? defined({
        municipality: c.members.municipality.length > 0 ? c.members.municipality : undefined,
        police: c.members.police.length > 0 ? c.members.police : undefined,
      })
    : undefined;
  const data = defined({
    title: fm.title,
    municipality: fm.municipality,
    policeDistrict: fm.policeDistrict,
    policeUnit: fm.policeUnit,
    documentType: fm.documentType,
    language: fm.language,
    signed: fm.signed ? defined({ date: fm.signed.date, asWritten: fm.signed.asWritten }) : undefined,
    received: fm.received,
    added: fm.added,
    signatories: fm.signatories.length > 0 ? fm.signatories.map((s) => defined({ party: s.party, role: s.role, name: s.name })) : undefined,
    council: c
      ? defined({
          chair: c.chair,
          secretariat: c.secretariat,
          meetingsPerYear: c.meetingsPerYear,
          meetingsModality: c.meetingsModality,
          members,
          jointWith: c.jointWith.length > 0 ? c.jointWith : undefined,
          clause: c.clause,
          clauseFor: c.clauseFor,
        })
      : undefined,
    slt: fm.slt ? defined({ coordinator: fm.slt.coordinator, modality: fm.slt.modality, clause: fm.slt.clause, clauseFor: fm.slt.clauseFor }) : undefined,
    evaluation: fm.evaluation ? defined({ how: fm.evaluation.how, frequency: fm.evaluation.frequency, modality: fm.evaluation.modality, clause: fm.evaluation.clause }) : undefined,
    validity: fm.validity ? defined({ terms: fm.validity.terms, validUntil: fm.validity.validUntil, modality: fm.validity.modality, clause: fm.validity.clause }) : undefined,
    focusAreas: fm.focusAreas.length > 0 ? fm.focusAreas.map((f) => defined({ key: f.key, clause: f.clause })) : undefined,
    related: fm.related.length > 0 ? fm.related : undefined,
    source: defined({ title: fm.source.title, archiveReference: fm.source.archiveReference, file: fm.source.file }),
  });
  const doc = new Document(data, { version: '1.1' });
  // Dates in double quotes, as the register writes them; short lists of keys on one line.
  for (const path of [['signed', 'date'], ['received'], ['added'], ['validity', 'validUntil']]) {
    const node = doc.getIn(path, true);
    if (isScalar(node)) node.type = Scalar.QUOTE_DOUBLE;
  }
  for (const path of [['council', 'jointWith'], ['related']]) {
    const node = doc.getIn(path, true);
    if (isSeq(node)) node.flow = true;
  }
  // Each focus-area candidate with the sentence that suggested it, on one comment line.
  fm.focusAreas.forEach((f, i) => {
    const node = doc.getIn(['focusAreas', i], true);
    if (isMap(node)) node.commentBefore = ` «${f.sentence.replace(/\s+/g, ' ').trim()}»`;
  });
  return doc.toString(YAML_OPTIONS).trimEnd().split('\n');
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
