/**
 * Two municipalities of one name. The register tells them apart by their
 * county in brackets ("Våler (Østfold)", "Våler (Innlandet)"; the same for
 * Herøy), but an agreement writes "Våler kommune". The importer finds the
 * municipality by the name it writes, tells the two apart by the police
 * district the document names, and when it cannot, refuses with both ids
 * rather than guess.
 */
import { describe, expect, it } from 'vitest';
import { checkRegister } from '../../src/lib/content/validate.ts';
import type { Municipality } from '../../src/lib/content/schema.ts';
import { importAgreement, ImportError } from '../../src/lib/import/index.ts';
import { restoreNames, type RegisterData } from '../../src/lib/import/register-lookup.ts';
import { agreementText, registerFiles } from './helpers.ts';

// As content/municipalities.json lists them (numbers and counties from Statistics Norway's list of 2024).
const VALER: Municipality[] = [
  { id: 'valer-innlandet', name: 'Våler (Innlandet)', number: '3419', county: 'Innlandet', policeDistrict: 'innlandet', status: 'active' },
  { id: 'valer-ostfold', name: 'Våler (Østfold)', number: '3114', county: 'Østfold', policeDistrict: 'ost', status: 'active' },
] as Municipality[];

const fixture = checkRegister(registerFiles());
const register: RegisterData = { ...fixture, municipalities: [...fixture.municipalities, ...VALER] };
const utf8 = (text: string) => new TextEncoder().encode(text);

async function municipalityOf(title: string, options = {}): Promise<string | undefined> {
  const { drafts } = await importAgreement('valer.txt', utf8(agreementText(title)), register, options);
  return drafts[0]?.frontmatter.municipality;
}

async function refusal(title: string, options = {}): Promise<string> {
  try {
    await importAgreement('valer.txt', utf8(agreementText(title)), register, options);
  } catch (e) {
    if (e instanceof ImportError) return e.message;
    throw e;
  }
  throw new Error(`importing "${title}" did not fail`);
}

describe('a name two municipalities share', () => {
  it('is told apart by the police district the document names', async () => {
    expect(await municipalityOf('Samarbeidsavtale mellom Våler kommune og Øst politidistrikt')).toBe('valer-ostfold');
    expect(await municipalityOf('Samarbeidsavtale mellom Våler kommune og Innlandet politidistrikt')).toBe('valer-innlandet');
  });

  it('is refused, naming both and how to choose, when the document names no district', async () => {
    const message = await refusal('Samarbeidsavtale mellom Våler kommune og politiet');
    expect(message).toContain('valer.txt: "Våler kommune" is the name of 2 municipalities: Våler (Innlandet) (valer-innlandet), Våler (Østfold) (valer-ostfold)');
    expect(message).toContain('--municipality');
  });

  it('is told apart by --district, or chosen by id with --municipality', async () => {
    expect(await municipalityOf('Samarbeidsavtale mellom Våler kommune og politiet', { district: 'ost' })).toBe('valer-ostfold');
    expect(await municipalityOf('Samarbeidsavtale mellom Våler kommune og politiet', { municipality: 'valer-innlandet' })).toBe('valer-innlandet');
    expect(await refusal('Samarbeidsavtale mellom Våler kommune og politiet', { municipality: 'Våler' })).toContain(
      '--municipality "Våler" is the name of 2 municipalities',
    );
  });

  it('keeps its capitals as the document writes it in a title set in capitals', () => {
    expect(restoreNames('samarbeidsavtale mellom våler kommune og øst politidistrikt', register)).toBe('samarbeidsavtale mellom Våler kommune og Øst politidistrikt');
  });
});
