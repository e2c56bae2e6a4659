/**
 * The draft builder's choice as the address holds it:
 * `?kommune=…&distrikt=…&<section key>=<slug>…`, read and written.
 */
import { SECTION_KEYS, isSectionKey, type SectionKey } from '../content/sections.ts';
import { cleanTyped } from './typed-text.ts';

/** The reader's choice: for each canonical section, the agreement to take it from. */
export type DraftChoices = Partial<Record<SectionKey, string>>;

/** A draft's choice as the address holds it, and what in the address was not understood. */
export interface DraftParams {
  choices: DraftChoices;
  names: { municipality: string; policeDistrict: string };
  /** Parameters that name no canonical section, e.g. `?politiraad=…`. */
  unknownParams: string[];
}

/** The address parameters of the names. */
export const DRAFT_NAME_PARAMS = { municipality: 'kommune', policeDistrict: 'distrikt' } as const;

/** Reads a draft from the address: `?kommune=…&distrikt=…&<section key>=<slug>…`. */
export function parseDraftParams(params: URLSearchParams): DraftParams {
  const choices: DraftChoices = {};
  const unknownParams: string[] = [];
  for (const [name, value] of params) {
    if (name === DRAFT_NAME_PARAMS.municipality || name === DRAFT_NAME_PARAMS.policeDistrict) continue;
    if (isSectionKey(name)) {
      if (value.trim() !== '') choices[name] = value.trim();
    } else if (!unknownParams.includes(name)) {
      unknownParams.push(name);
    }
  }
  return {
    choices,
    names: {
      municipality: cleanTyped(params.get(DRAFT_NAME_PARAMS.municipality) ?? ''),
      policeDistrict: cleanTyped(params.get(DRAFT_NAME_PARAMS.policeDistrict) ?? ''),
    },
    unknownParams,
  };
}

/** The address query of a draft, sections in canonical order. */
export function draftQuery(choices: DraftChoices, names: { municipality: string; policeDistrict: string }): string {
  const params = new URLSearchParams();
  if (names.municipality) params.set(DRAFT_NAME_PARAMS.municipality, names.municipality);
  if (names.policeDistrict) params.set(DRAFT_NAME_PARAMS.policeDistrict, names.policeDistrict);
  for (const key of SECTION_KEYS) if (choices[key]) params.set(key, choices[key]);
  return params.toString();
}
