/**
 * The frontmatter of an import draft, derived from the agreement schema
 * (src/lib/content/schema.ts): the schema's fields, those the importer cannot
 * always establish optional, and focus-area candidates that carry the
 * sentence that suggested them.
 */
import type { AgreementData } from '../content/schema.ts';

/** A signatory as the frontmatter records one. */
export type DraftSignatory = AgreementData['signatories'][number];

/** A focus area the text suggests, with the sentence that suggested it. */
export type FocusCandidate = AgreementData['focusAreas'][number] & { sentence: string };

/** Fields every draft has. */
type Established = Pick<AgreementData, 'municipality' | 'language' | 'signatories' | 'related'>;
/** Fields the importer writes only when the text states them (the schema may require them: the editor adds them). */
type Stated = Partial<Pick<AgreementData, 'title' | 'policeDistrict' | 'policeUnit' | 'documentType' | 'signed' | 'received' | 'added' | 'council' | 'slt' | 'evaluation' | 'validity'>>;

/** The frontmatter of a draft, fields in the schema's order; absent fields were not established. */
export type DraftFrontmatter = Established &
  Stated & {
    focusAreas: FocusCandidate[];
    source: Partial<Pick<AgreementData['source'], 'title' | 'archiveReference'>> & Pick<AgreementData['source'], 'file'>;
  };
