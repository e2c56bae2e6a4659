/**
 * The comparison data of the register, computed once per build from
 * `getRegister()`: every document's text split into sections, the
 * shared-versus-local analysis over all agreements, and the shapes the
 * comparison pages, the draft builder and the agreement page read.
 */
import { bodyOf, getRegister, type AgreementEntry, type Register } from './register.ts';
import { signedYear, type ComparedAgreement } from '../lib/compare/matrix.ts';
import type { SelectableAgreement } from '../lib/compare/selection.ts';
import { agreementText, type AgreementText } from '../lib/draft/agreement-text.ts';
import { sharingOfAgreements } from '../lib/compare/register-sharing.ts';
import type { AgreementSection } from '../lib/compare/sections-text.ts';
import { sectionsOfBody } from '../lib/compare/sections-cache.ts';
import type { DocumentSharing } from '../lib/compare/similarity.ts';
import { documentTypes } from '../strings.ts';

export interface Comparison {
  register: Register;
  /** The agreements (related papers left out), in comparison order: district, municipality, date. */
  agreements: AgreementEntry[];
  sections(doc: AgreementEntry): AgreementSection[];
  /** Shared-text figures; undefined for a document that is no agreement. */
  sharing(doc: AgreementEntry): DocumentSharing | undefined;
  compared(doc: AgreementEntry): ComparedAgreement;
  /** A short name: "Oppegård 2018", with the document type when the municipality has several documents that year. */
  label(doc: AgreementEntry): string;
  selectable(doc: AgreementEntry): SelectableAgreement;
  text(doc: AgreementEntry): AgreementText;
}

let loading: Promise<Comparison> | undefined;

async function load(): Promise<Comparison> {
  const register = await getRegister();
  // The same analysis the build's local-text plugin made (src/lib/compare/local-text-plugin.ts): computed once.
  const {
    agreements,
    sharing: { sections: agreementSections, analysis },
  } = sharingOfAgreements(register.agreements, register.policeDistricts, register.municipalityById, bodyOf);
  // Related papers are not in the analysis; sectionsOfBody splits each body once per process.
  const sections = (doc: AgreementEntry) => agreementSections.get(doc.id) ?? sectionsOfBody(bodyOf(doc));
  const municipalityName = (doc: AgreementEntry) => register.municipalityById.get(doc.data.municipality)?.name ?? doc.data.municipality;
  const district = (doc: AgreementEntry) => register.policeDistrictById.get(doc.data.policeDistrict);
  const sameYear = new Map<string, number>();
  for (const doc of agreements) {
    const k = `${doc.data.municipality} ${signedYear(doc.data)}`;
    sameYear.set(k, (sameYear.get(k) ?? 0) + 1);
  }
  return {
    register,
    agreements,
    sections,
    sharing: (doc) => analysis.get(doc.id),
    compared: (doc) => {
      const c: ComparedAgreement = { id: doc.id, data: doc.data, status: register.status(doc), sections: sections(doc) };
      const sharing = analysis.get(doc.id);
      if (sharing) c.sharing = sharing;
      return c;
    },
    label: (doc) => {
      const year = signedYear(doc.data);
      const base = year ? `${municipalityName(doc)} ${year}` : municipalityName(doc);
      return (sameYear.get(`${doc.data.municipality} ${year}`) ?? 0) > 1 ? `${base} (${documentTypes[doc.data.documentType].toLowerCase()})` : base;
    },
    selectable: (doc) => ({
      slug: doc.id,
      municipality: doc.data.municipality,
      municipalityName: municipalityName(doc),
      district: doc.data.policeDistrict,
      districtName: district(doc)?.name ?? doc.data.policeDistrict,
    }),
    text: (doc) => {
      const d = district(doc);
      return agreementText(
        doc,
        { municipality: municipalityName(doc), policeDistrict: { name: d?.name ?? doc.data.policeDistrict, shortName: d?.shortName ?? doc.data.policeDistrict } },
        sections(doc),
        analysis.get(doc.id),
      );
    },
  };
}

/** The comparison data, computed once per build. */
export function getComparison(): Promise<Comparison> {
  loading ??= load();
  return loading;
}
