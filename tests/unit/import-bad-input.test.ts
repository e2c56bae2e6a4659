/**
 * Every bad input of the issue gives a message naming the file, what is wrong
 * and what to do, and `npm run import` writes nothing: an empty file, a
 * scanned PDF with no text layer, a PDF that is not an agreement, text that
 * is not UTF-8 (Windows-1252 is read and said), an unknown municipality.
 * And the command refuses to overwrite a draft unless told to.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { decodeText } from '../../src/lib/import/decode.ts';
import { importAgreement, ImportError } from '../../src/lib/import/index.ts';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { readRegisterFiles } from '../../src/lib/content/register-files.ts';
import { agreementText, editedText, registerFiles } from './helpers.ts';
import { scannedPdf, seedToPdf } from './seed-pdf.ts';
import { FIXTURE_REGISTER, SITE_REGISTER } from '../fixture-register.ts';

const register = checkRegister(registerFiles());
const SKIEN = join(FIXTURE_REGISTER, 'sources', 'skien-2019.txt');
const OPPEGARD = join(FIXTURE_REGISTER, 'sources', 'oppegard-2018.txt');
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Windows-1252 bytes of a text (the characters the seeds use). */
function windows1252(text: string): Uint8Array {
  const high: Record<string, number> = { '–': 0x96, '—': 0x97, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '…': 0x85, '€': 0x80 };
  return Uint8Array.from([...text].map((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x100) return code;
    const byte = high[ch];
    if (byte === undefined) throw new Error(`no Windows-1252 byte for ${ch}`);
    return byte;
  }));
}

/** The ImportError an import throws, or a failure when it does not throw one. */
async function importError(fileName: string, bytes: Uint8Array, options = {}): Promise<string> {
  try {
    await importAgreement(fileName, bytes, register, options);
  } catch (e) {
    if (e instanceof ImportError) return e.message;
    throw e;
  }
  throw new Error(`importing ${fileName} did not fail`);
}

describe('bad input to the importer', () => {
  it('refuses an empty file, and one of white space only', async () => {
    expect(await importError('tom.txt', new Uint8Array())).toMatch(/^tom\.txt is empty: there is no text to import\. Check that you picked the signed agreement/);
    expect(await importError('blank.txt', utf8(' \n\n\t\n'))).toMatch(/^blank\.txt holds only white space/);
    expect(await importError('tom.pdf', new Uint8Array())).toMatch(/^tom\.pdf is named \.pdf but is not a PDF file/);
  });

  it('says a scanned PDF has no text layer and needs OCR', async () => {
    const message = await importError('skannet.pdf', await scannedPdf());
    expect(message).toMatch(/^skannet\.pdf: no text to read: the PDF is a scan \(1 page, no text layer\); run OCR first, then import the text/);
    expect(message).toContain('ocrmypdf');
  });

  it('says a file in a format it does not read (RTF, an HTML page) is not supported, and how to save it', async () => {
    const moss = readFileSync(join(FIXTURE_REGISTER, 'sources', 'moss-2020.txt'), 'utf8');
    const rtf = `{\\rtf1\\ansi\\deff0 ${moss.split('\n').join('\\par\n')}}`;
    expect(await importError('avtale.rtf', utf8(rtf))).toBe('avtale.rtf: format not supported: it is an RTF file. Save it as PDF, .docx or .txt (open it in Word or LibreOffice) and import that.');
    const html = `<!DOCTYPE html>\n<html><body>${moss.split('\n\n').map((p) => `<p>${p}</p>`).join('\n')}</body></html>`;
    expect(await importError('avtale.htm', utf8(html))).toMatch(/^avtale\.htm: format not supported: it is an HTML page\. Save it as PDF, \.docx or \.txt/);
    // A text file named .rtf is read as text.
    expect((await importAgreement('moss.rtf', utf8(moss), register)).drafts.map((d) => d.slug)).toEqual(['moss-2020']);
  });

  it('refuses a PDF that is not an agreement', async () => {
    const invoice = ['Faktura nr. 2041', '', 'Leveranse av kontorrekvisita til rådhuset, mars 2021.', '', 'Beløp å betale: 4 250 kr innen 30 dager.', '', 'Takk for handelen!'].join('\n');
    const pdf = await seedToPdf(invoice, { header: 'Kontorrekvisita AS', tocTitles: ['Faktura'] });
    expect(await importError('faktura.pdf', pdf)).toMatch(
      /^faktura\.pdf does not look like a cooperation agreement between a municipality and the police: it has no title such as "Samarbeidsavtale", .* and none of the template's sections/,
    );
  });

  it('refuses a damaged PDF with a message, not a crash', async () => {
    expect(await importError('skadet.pdf', utf8('%PDF-1.7\nthis is not a PDF body'))).toMatch(/^skadet\.pdf is not a readable PDF: pdf\.js could not read it/);
  });

  it('reads Windows-1252 text, says so, and gives the same draft as UTF-8, and the same source text, in UTF-8', async () => {
    const seed = readFileSync(SKIEN, 'utf8');
    const bytes = windows1252(seed);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const fromUtf8 = await importAgreement('skien.txt', utf8(seed), register);
    const from1252 = await importAgreement('skien.txt', bytes, register);
    expect(from1252.notices[0]).toBe('skien.txt is not UTF-8: read it as Windows-1252 (the usual encoding of Norwegian text saved on Windows). Check that æ, ø and å look right in the draft.');
    expect(from1252.drafts.map((d) => d.mdx)).toEqual(fromUtf8.drafts.map((d) => d.mdx));
    expect(fromUtf8.notices).toEqual([]);
    // The checker refuses a source text that is not UTF-8: the import keeps the text it read, as UTF-8.
    // Named after the agreement, not the file: two files called "samarbeidsavtale.txt" do not share one name.
    expect(from1252.source).toEqual({ file: 'skien-2019.txt', bytes: utf8(seed) });
    expect(fromUtf8.source).toEqual({ file: 'skien-2019.txt', bytes: utf8(seed) });
  });

  it('refuses text that is neither UTF-8 nor Windows-1252, and binary data', () => {
    expect(() => decodeText(Uint8Array.from([0x50, 0x6f, 0x81, 0x8d]), 'rar.txt')).toThrow(/^rar\.txt is neither UTF-8 nor Windows-1252 text\. Open it in a text editor, save it as UTF-8/);
    expect(() => decodeText(Uint8Array.from([0x50, 0x00, 0x4b, 0x03]), 'arkiv.docx')).toThrow(/^arkiv\.docx is not a text file \(it holds binary data\)/);
  });

  it('names an unknown municipality in the title and says how to add it', async () => {
    const message = await importError('utgard.txt', utf8(agreementText('Samarbeidsavtale mellom Utgard kommune og Finnmark politidistrikt')));
    expect(message).toBe(
      'utgard.txt: the document names "Utgard kommune", which is not in content/municipalities.json. Add Utgard there (id, name, number, county, policeDistrict, status) and import again, or pass --municipality NAME if the text is misread.',
    );
  });

  it('names an unknown --municipality and --district, with the known ones', async () => {
    const text = utf8(agreementText('Samarbeidsavtale mellom Skien kommune og Sør-Øst politidistrikt'));
    expect(await importError('a.txt', text, { municipality: 'Skiien' })).toMatch(/^--municipality "Skiien" is not in content\/municipalities\.json \(did you mean "Skien"\?\)\. It lists \d+ municipalities, today's and earlier ones/);
    expect(await importError('a.txt', text, { district: 'Telemark' })).toMatch(/^--district "Telemark" is not a police district of content\/police-districts\.json\. Use one of: Oslo \(oslo\), Øst \(ost\), /);
  });

  it('asks for --municipality when the title names none, and uses it', async () => {
    const text = utf8(agreementText('Samarbeidsavtale mellom kommunen og politidistriktet'));
    expect(await importError('a.txt', text)).toBe('a.txt: could not tell which municipality the document belongs to (its title names none). Import it again with --municipality NAME.');
    const { drafts } = await importAgreement('a.txt', text, register, { municipality: 'Skien', district: 'Sør-Øst' });
    expect(drafts[0]?.frontmatter).toMatchObject({ municipality: 'skien', policeDistrict: 'sor-ost', signed: { date: '2021-02-01' } });
    expect(drafts[0]?.slug).toBe('skien-2021');
  });

  it('says in the review that --district overrides the district the text names, as --municipality does', async () => {
    const moss = readFileSync(join(FIXTURE_REGISTER, 'sources', 'moss-2020.txt'));
    const [vest] = (await importAgreement('moss.txt', moss, register, { district: 'vest' })).drafts;
    expect(vest?.frontmatter.policeDistrict).toBe('vest');
    expect(vest?.review.check).toContainEqual({
      field: 'policeDistrict',
      note: '"vest" as given with --district. The text names Øst politidistrikt: check which district is the party (the text stays as written). content/municipalities.json puts Moss in Øst politidistrikt.',
    });
    expect(vest?.mdx).toContain('# - policeDistrict: "vest" as given with --district. The text names Øst politidistrikt');
    // The district the text names, given again: said, with nothing to check against.
    const [ost] = (await importAgreement('moss.txt', moss, register, { district: 'Øst' })).drafts;
    expect(ost?.review.check).toContainEqual({ field: 'policeDistrict', note: '"ost" as given with --district.' });
  });

  it('names the municipality the text mentions when the title names none, and asks for --municipality (not to add it to the register, which has it)', async () => {
    const skien = readFileSync(SKIEN, 'utf8');
    const untitled = editedText('skien-2019.txt', skien, (t) => t.replace('mellom Skien kommune og Sør-Øst politidistrikt', 'mellom kommunen og politidistriktet'));
    expect(await importError('skien.txt', utf8(untitled))).toBe('skien.txt: the title names no municipality; the text mentions Skien kommune: import with --municipality Skien.');
    // Two municipalities of the register mentioned: both named, the editor chooses.
    const two = editedText('skien-2019.txt', untitled, (t) => t.replace('Politirådet i Skien', 'Politirådet i Porsgrunn kommune'));
    expect(await importError('skien.txt', utf8(two))).toBe(
      'skien.txt: the title names no municipality; the text mentions Skien kommune and Porsgrunn kommune: import with --municipality NAME, the municipality whose agreement this is (Skien, Porsgrunn).',
    );
    const { drafts } = await importAgreement('skien.txt', utf8(untitled), register, { municipality: 'Skien' });
    expect(drafts[0]?.frontmatter.municipality).toBe('skien');
  });

  it('names the municipality a title in capitals names when text with no blank lines hides the title (Moss), and asks for --municipality', async () => {
    // "POLITIRÅD / POLITIRÅDSAVTALE MELLOM MOSS / KOMMUNE OG ØST / POLITIDISTRIKT" is one block: not read as the title.
    const moss = readFileSync(join(FIXTURE_REGISTER, 'sources', 'moss-2020.txt'), 'utf8');
    const dense = moss.split('\n').filter((line) => line.trim() !== '').join('\n');
    expect(dense).toContain('MELLOM MOSS\nKOMMUNE');
    expect(await importError('moss.txt', utf8(dense))).toBe('moss.txt: the title names no municipality; the text mentions Moss kommune: import with --municipality Moss.');
    const { drafts } = await importAgreement('moss.txt', utf8(dense), register, { municipality: 'Moss' });
    expect(drafts[0]?.frontmatter.municipality).toBe('moss');
  });
});

describe('the modalities the importer reads', () => {
  it('are written in the draft, each listed in its review to check', async () => {
    const [draft] = (await importAgreement('skien.txt', readFileSync(SKIEN), register)).drafts;
    const frontmatter = parse(draft?.mdx.split('\n---\n')[0]?.slice(4) ?? '') as { council?: { meetingsModality?: string }; evaluation?: { modality?: string } };
    expect(frontmatter.council?.meetingsModality).toBe('agreed');
    expect(frontmatter.evaluation?.modality).toBe('agreed');
    const fields = draft?.review.check.map((c) => c.field) ?? [];
    expect(fields).toEqual(expect.arrayContaining(['council.meetingsModality', 'evaluation.modality']));
  });
});

describe('--municipality for a text whose title names another', () => {
  it('takes the municipality given, and says in the review that the title names another', async () => {
    const { drafts } = await importAgreement('skien.txt', readFileSync(SKIEN), register, { municipality: 'Porsgrunn' });
    expect(drafts[0]?.frontmatter.municipality).toBe('porsgrunn');
    expect(drafts[0]?.review.check.find((c) => c.field === 'municipality')?.note).toBe(
      '"porsgrunn" as given with --municipality. The title names Skien: check that the document is Porsgrunn\'s, and the title, parties and signatures, which stay as written.',
    );
    const same = await importAgreement('skien.txt', readFileSync(SKIEN), register, { municipality: 'Skien' });
    expect(same.drafts[0]?.review.check.find((c) => c.field === 'municipality')?.note).toBe('"skien" as given with --municipality.');
    // A name two municipalities share names the one given too; the name is the one it writes itself.
    const full = checkRegister(readRegisterFiles(SITE_REGISTER));
    const valer = await importAgreement('valer.txt', utf8(readFileSync(SKIEN, 'utf8').replace('mellom Skien kommune', 'mellom Våler kommune')), full, { municipality: 'valer-innlandet' });
    expect(valer.drafts[0]?.review.check.find((c) => c.field === 'municipality')?.note).toBe('"valer-innlandet" as given with --municipality.');
    expect(valer.drafts[0]?.review.missing.find((c) => c.field === 'source.publisher')?.note).toContain('(e.g. "Våler kommune")');
  });
});

// Each case starts Node on the command; under a loaded machine that takes seconds.
describe('npm run import', { timeout: 120_000 }, () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-test-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, ['scripts/import.ts', ...args], { encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('writes the draft and the text it was made from, and prints the review', () => {
    const out = tempDir();
    const { status, stdout, stderr } = run(SKIEN, '--out', out);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    // With --out, the source text goes beside the draft; without, into content/sources/.
    expect(readdirSync(out)).toEqual(['skien-2019.mdx', 'skien-2019.txt']);
    expect(readFileSync(join(out, 'skien-2019.txt')).equals(readFileSync(SKIEN))).toBe(true);
    expect(readFileSync(join(out, 'skien-2019.mdx'), 'utf8')).toMatch(/^ {2}file: skien-2019\.txt$/m);
    expect(stdout).toContain(`Wrote ${join(out, 'skien-2019.mdx')}`);
    expect(stdout).toContain(`Wrote ${join(out, 'skien-2019.txt')}: the text the drafts were made from`);
    expect(stdout).toContain('    - council.chair: no sentence says who leads the council');
    expect(stdout).toContain('  Sections: 10 headings, 10 of them the template\'s (formal, tjenestetilbud, politikontakt, politirad, slt, forventninger, fokusomrader, organisering, administrativt, evaluering).');
  });

  it('writes nothing for bad input, and says why on stderr', async () => {
    const out = tempDir();
    const input = tempDir();
    const empty = join(input, 'tom.txt');
    writeFileSync(empty, '');
    const scanned = join(input, 'skannet.pdf');
    writeFileSync(scanned, await scannedPdf());
    for (const [file, message] of [
      [empty, /^import: .*tom\.txt is empty/],
      [scanned, /^import: .*skannet\.pdf: no text to read: the PDF is a scan/],
      [join(input, 'finnes-ikke.pdf'), /^import: cannot read .*finnes-ikke\.pdf: there is no such file\./],
    ] as const) {
      const { status, stderr } = run(file, '--out', out);
      expect(status).toBe(1);
      expect(stderr).toMatch(message);
    }
    expect(run(SKIEN, '--out', out, '--municipality', 'Atlantis').stderr).toMatch(/^import: --municipality "Atlantis" is not in content\/municipalities\.json/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('says so when it finishes an earlier import that was interrupted, and names the files it put in place', () => {
    const out = tempDir();
    // An import of three documents killed after its first file was put in place (after its commit point).
    const child = spawnSync(process.execPath, ['tests/unit/write-drafts-child.ts', out, 'placed', '0', join(out, 'oppegard-2018.txt'), 'Tekst.\n'], { encoding: 'utf8' });
    expect(child.signal).toBe('SIGKILL');
    const { status, stdout } = run(SKIEN, '--out', out);
    expect(status).toBe(0);
    expect(stdout).toContain(
      `Note: an earlier import into ${out} was interrupted; it is finished now, its files put in place: ${['oppegard-2018.mdx', 'oppegard-2009-retningslinjer.mdx', 'oppegard-2018.txt'].map((f) => join(out, f)).join(', ')}. Review them as that import's drafts.`,
    );
    expect(readdirSync(out).sort()).toEqual(['oppegard-2009-retningslinjer.mdx', 'oppegard-2018-saksframlegg.mdx', 'oppegard-2018.mdx', 'oppegard-2018.txt', 'skien-2019.mdx', 'skien-2019.txt']);
  });

  it('says what is wrong with a folder given as the file, and a file given as --out (also with --finish), and writes nothing', () => {
    const dir = tempDir();
    const file = join(dir, 'en-fil.txt');
    writeFileSync(file, 'not a folder');
    const folder = run(dir, '--out', tempDir());
    expect(folder.status).toBe(1);
    expect(folder.stderr).toBe(`import: cannot read ${dir}: it is a folder, not a file: give the agreement's file (PDF, .docx or .txt) in it.\n`);
    const onFile = run(SKIEN, '--out', file);
    expect(onFile.status).toBe(1);
    expect(onFile.stderr).toBe(`import: ${file} is a file, not a folder: give --out a folder for the drafts (it is made if it is not there), or leave --out out to write into content/.\n`);
    expect(run('--finish', '--out', file).stderr).toBe(onFile.stderr);
    const under = run(SKIEN, '--out', join(file, 'utkast'));
    expect(under.status).toBe(1);
    expect(under.stderr).toBe(`import: ${join(file, 'utkast')} cannot be made: ${file} is a file, not a folder. Give --out a folder whose parent folders are folders, or leave --out out to write into content/.\n`);
    expect(readdirSync(dir)).toEqual(['en-fil.txt']);
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
  });

  it('refuses to overwrite a draft without --force, and overwrites with it', () => {
    const out = tempDir();
    expect(run(SKIEN, '--out', out).status).toBe(0);
    const path = join(out, 'skien-2019.mdx');
    writeFileSync(path, 'an editor\'s work');
    const refused = run(SKIEN, '--out', out);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(`import: ${path} already exists: nothing was written. Import again with --force to overwrite (your edits there would be lost), or move the file away first.\n`);
    expect(readFileSync(path, 'utf8')).toBe('an editor\'s work');
    expect(run(SKIEN, '--out', out, '--force').status).toBe(0);
    expect(readFileSync(path, 'utf8')).toMatch(/^---\n# IMPORT REVIEW/);
  });

  it('does not overwrite, even with --force, a source text other documents of the register were made from', () => {
    // A register in which Moss's document names Skien's source text, as a document made from the same file would,
    // and is a draft not yet finished (no publisher: the checker refuses it), as one just imported is.
    const content = join(tempDir(), 'content');
    cpSync(FIXTURE_REGISTER, content, { recursive: true });
    const moss = join(content, 'agreements', 'moss-2020.mdx');
    const draft = readFileSync(moss, 'utf8').replace('  file: moss-2020.txt', '  file: skien-2019.txt').replace(/^ {2}publisher: .*\n/m, '');
    expect(draft).not.toMatch(/publisher:/);
    writeFileSync(moss, draft);
    const changed = join(tempDir(), 'skien-2019.txt');
    writeFileSync(changed, readFileSync(SKIEN, 'utf8').replace('Politirådet', 'Rådet'));
    const source = join(content, 'sources', 'skien-2019.txt');
    const before = readFileSync(source);
    const result = spawnSync(process.execPath, ['scripts/import.ts', changed, '--force'], { encoding: 'utf8', env: { ...process.env, REGISTER_CONTENT: content } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${source} is also the source text of ${moss}, which this import does not write, and holds another text: nothing was written, not even with --force.`);
    expect(readFileSync(source).equals(before)).toBe(true);
    expect(readFileSync(join(content, 'agreements', 'skien-2019.mdx'), 'utf8')).not.toMatch(/IMPORT REVIEW/);
  });

  it('names a published document in the draft\'s place, whose it is, and how to import another municipality\'s', () => {
    const content = join(tempDir(), 'content');
    cpSync(FIXTURE_REGISTER, content, { recursive: true });
    const published = join(content, 'agreements', 'skien-2019.mdx');
    const before = readFileSync(published, 'utf8');
    const result = spawnSync(process.execPath, ['scripts/import.ts', SKIEN], { encoding: 'utf8', env: { ...process.env, REGISTER_CONTENT: content } });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `import: ${published} is a published document of Skien kommune, and this import is Skien's (read from the document): nothing was written. If the file is another municipality's agreement, import it with --municipality NAME; if it is another document of Skien of the same year, import it with --out DIR and give the draft and its source text a name of their own (e.g. skien-2019-2.mdx and skien-2019-2.txt, with source.file changed) before you move them into the register; to replace the published document with this text, import again with --force (the document's edits would be lost).\n`,
    );
    expect(readFileSync(published, 'utf8')).toBe(before);
  });

  it('says so when a document written again named another source text, which no document names now', () => {
    const content = join(tempDir(), 'content');
    cpSync(FIXTURE_REGISTER, content, { recursive: true });
    const skien = join(content, 'agreements', 'skien-2019.mdx');
    writeFileSync(skien, readFileSync(skien, 'utf8').replace('  file: skien-2019.txt', '  file: skien-gammel.txt'));
    const old = join(content, 'sources', 'skien-gammel.txt');
    cpSync(join(content, 'sources', 'skien-2019.txt'), old);
    rmSync(join(content, 'sources', 'skien-2019.txt'));
    const result = spawnSync(process.execPath, ['scripts/import.ts', SKIEN, '--force'], { encoding: 'utf8', env: { ...process.env, REGISTER_CONTENT: content } });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Note: ${old}, which ${skien} named before, is named by no document now: remove it, or name it again where it belongs`);
    // Nothing is removed: the old text is still there, beside the one written.
    expect(readFileSync(old).equals(readFileSync(join(content, 'sources', 'skien-2019.txt')))).toBe(true);
  });

  it('writes none of a file\'s documents when one of them exists', () => {
    const out = tempDir();
    writeFileSync(join(out, 'oppegard-2018.mdx'), 'kept');
    const { status, stderr } = run(OPPEGARD, '--out', out);
    expect(status).toBe(1);
    expect(stderr).toContain('oppegard-2018.mdx already exists: nothing was written.');
    expect(readdirSync(out)).toEqual(['oppegard-2018.mdx']);
  });
});
