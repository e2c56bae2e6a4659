/**
 * The checker against input that passed it but broke the build or the page (an audit's findings):
 * addresses that are no web page, byte-order marks and line ends, control characters, broken YAML
 * and JSON, and zod's own wording. Each case names the file, the place, the field and the fix.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataIds } from '../../src/lib/content/register-files.ts';
import { decodeSource, parseJsonText } from '../../src/lib/content/source-text.ts';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { editedAgreement, editedText, registerFiles, withAgreements } from './helpers.ts';
import { parseMalform } from '../../src/lib/search/terms.ts';
import { placeAfter } from '../text-place.ts';

const SKIEN = 'tests/fixtures/register/agreements/skien-2019.mdx';
const MUNICIPALITIES = 'tests/fixtures/register/municipalities.json';

const problemsOf = (files: ReturnType<typeof registerFiles>) => checkRegister(files).problems.map(formatProblem);

describe('web addresses', () => {
  it.each(['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd'])(
    'refuses source.url "%s": only http(s)',
    (url) => {
      const edited = editedAgreement('skien-2019', (t) => t.replace('  file: skien-2019.txt\n', `  file: skien-2019.txt\n  url: "${url}"\n`));
      expect(problemsOf(withAgreements(edited))).toEqual([
        `${SKIEN}:${placeAfter(edited.text, 'source:', 'url')}: source.url: "${url}" is not a web address: write the address of the page as it opens in a browser, starting with https:// (or http://)`,
      ]);
    },
  );

  it("refuses a data file's source address that is no web page", () => {
    const files = registerFiles();
    const source = '"districtSources": [{ "url": "javascript:alert(1)", "title": "A list", "publisher": "Example", "says": "Bodø er i Nordland politidistrikt." }], ';
    const text = files.municipalities.text.replace('"number": "1804"', `${source}"number": "1804"`);
    files.municipalities = { ...files.municipalities, text };
    expect(problemsOf(files)).toEqual([
      `${MUNICIPALITIES}:${placeAfter(text, '"id": "bodo"', '"url"')}: [0] (bodo): districtSources[0].url: "javascript:alert(1)" is not a web address: write the address of the page as it opens in a browser, starting with https:// (or http://)`,
    ]);
  });

  it('accepts http and https addresses', () => {
    const edited = editedAgreement('skien-2019', (t) => t.replace('  file: skien-2019.txt\n', '  file: skien-2019.txt\n  url: "http://www.skien.kommune.no/avtale.pdf"\n'));
    expect(problemsOf(withAgreements(edited))).toEqual([]);
  });
});

describe('byte-order marks in the data files', () => {
  it('reads a data file saved with a BOM as the checker does, for the build', () => {
    const text = `\uFEFF${registerFiles().focusAreas.text}`;
    expect(() => JSON.parse(text)).toThrow();
    expect((parseJsonText(text) as Array<{ id: string }>)[0]?.id).toBe('barn-og-unge');
    const dir = mkdtempSync(join(tmpdir(), 'bom-data-'));
    try {
      writeFileSync(join(dir, 'focus-areas.json'), text);
      expect(dataIds('focus-areas.json', dir)).toEqual((JSON.parse(registerFiles().focusAreas.text) as Array<{ id: string }>).map((e) => e.id));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the word list for search, malform.json', () => {
  const MALFORM = 'tests/fixtures/register/malform.json';
  const withMalform = (text: string) => {
    const files = registerFiles();
    return { ...files, malform: { ...files.malform!, text } };
  };

  it('is read with the register, and the fixture passes', () => {
    expect(registerFiles().malform?.path).toBe(MALFORM);
    expect(problemsOf(registerFiles())).toEqual([]);
  });

  it('refuses a pair with one word, at its place, with what to write', () => {
    const text = editedText('malform.json', registerFiles().malform!.text, (t) => t.replace('["tjenestetilbud", "tenestetilbod"]', '["tjenestetilbud"]'));
    expect(problemsOf(withMalform(text))).toEqual([
      `${MALFORM}:${placeAfter(text, '"pairs"', '["tjenestetilbud"]')}: pairs[0]: write two forms, bokmål then nynorsk, each of at least 1 letter(s), e.g. ["forebygging", "førebygging"]`,
    ]);
  });

  it('refuses a missing or empty file, and JSON that is not JSON at its line and column', () => {
    expect(problemsOf(withMalform(''))).toEqual([
      `${MALFORM}: is missing or empty: it must be the word list for search: { "pairs": [["bokmål", "nynorsk"], …], "parts": [["bokmål", "nynorsk"], …] }.`,
    ]);
    const text = editedText('malform.json', registerFiles().malform!.text, (t) => t.replace('["tjenestetilbud", "tenestetilbod"],', '["tjenestetilbud", "tenestetilbod"],,'));
    expect(problemsOf(withMalform(text))).toEqual([
      `${MALFORM}:${placeAfter(text, ',,', ',\n')}: is not valid JSON here (Unexpected token ','): write every name and text in double quotes, with a comma between two items and none after the last.`,
    ]);
  });

  it('accepts a byte-order mark, as the build now reads it', () => {
    const text = `\uFEFF${registerFiles().malform!.text}`;
    expect(problemsOf(withMalform(text))).toEqual([]);
    expect(parseMalform('malform.json', text).pairs.length).toBeGreaterThan(0);
  });
});

describe('line ends of an agreement', () => {
  it('refuses CR line ends (old Mac OS), which leave the build no frontmatter, and tells no follow-on about its source', () => {
    const edited = editedAgreement('skien-2019', (t) => t.replace(/\n/g, '\r'));
    expect(problemsOf(withAgreements(edited))).toEqual([
      `${SKIEN}:1:4: this line ends with a CR alone (the line ends of old Mac OS), which the build does not read as a line end: a stray one (text pasted from a PDF viewer) is deleted or made a line end in the editor; a whole file of them is saved with LF (or CRLF) line ends.`,
    ]);
  });

  it('places a single CR line end where it is', () => {
    const edited = editedAgreement('skien-2019', (t) => t.replace('language: nb\n', 'language: nb\r'));
    expect(problemsOf(withAgreements(edited))).toEqual([
      `${SKIEN}:${placeAfter(edited.text.replace('\r', '\n'), 'language', '\n')}: this line ends with a CR alone (the line ends of old Mac OS), which the build does not read as a line end: a stray one (text pasted from a PDF viewer) is deleted or made a line end in the editor; a whole file of them is saved with LF (or CRLF) line ends.`,
    ]);
  });

  it('keeps accepting CRLF line ends and a byte-order mark', () => {
    const edited = editedAgreement('skien-2019', (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}`);
    expect(problemsOf(withAgreements(edited))).toEqual([]);
  });

  it('the reader notes where a lone CR is, in the text it normalises', () => {
    expect(decodeSource(new TextEncoder().encode('a\r\nb\rc')).loneCr).toEqual({ line: 2, column: 2 });
    expect(decodeSource(new TextEncoder().encode('a\r\nb\nc')).loneCr).toBeUndefined();
  });
});

describe('control and bidirectional formatting characters', () => {
  const control = (what: string) => `a control character: it is invisible, and breaks the site's pages and feed. ${what}`;
  const HERE = 'Delete it (an editor that shows invisible characters shows it).';
  const ESCAPE = 'Remove it (an escape such as "\\x0C" or "\\u000c" in the value writes one).';

  it('refuses a YAML escape that writes one into a frontmatter field, at the field', () => {
    const edited = editedAgreement('skien-2019', (t) => t.replace(/^title: (.*)$/m, 'title: "$1\\x0C"'));
    expect(problemsOf(withAgreements(edited))).toEqual([`${SKIEN}:2:1: title: holds U+000C (form feed), ${control(ESCAPE)}`]);
  });

  it('refuses one written in the text or the frontmatter at its line and column, with no follow-on about the source', () => {
    const nul = editedAgreement('skien-2019', (t) => t.replace('\nmellom Skien kommune og Sør-Øst politidistrikt\n', '\nmellom Skien kommune og\u0000 Sør-Øst politidistrikt\n'));
    expect(problemsOf(withAgreements(nul))).toEqual([`${SKIEN}:${placeAfter(nul.text, '', '\u0000')}: here is U+0000 (NUL), ${control(HERE)}`]);
    const inFrontmatter = editedAgreement('skien-2019', (t) => t.replace('policeUnit: Grenland', 'policeUnit: Gren\u0000land'));
    expect(problemsOf(withAgreements(inFrontmatter))).toEqual([`${SKIEN}:5:17: here is U+0000 (NUL), ${control(HERE)}`]);
  });

  it('refuses bidirectional overrides and isolates', () => {
    const edited = editedAgreement('skien-2019', (t) => t.replace('\nAvtalen er inngått', '\n\u202EAvtalen er inngått\u202C og \u2066x\u2069'));
    const at = (char: string) => placeAfter(edited.text, '', char);
    const bidi = (name: string) => `${name}, a bidirectional formatting character: it turns the text around as it is shown, so the page could show other words than the document has. ${HERE}`;
    expect(problemsOf(withAgreements(edited))).toEqual([
      `${SKIEN}:${at('\u202E')}: here is ${bidi('U+202E (right-to-left override)')}`,
      `${SKIEN}:${at('\u202C')}: here is ${bidi('U+202C (pop directional formatting)')}`,
      `${SKIEN}:${at('\u2066')}: here is ${bidi('U+2066 (left-to-right isolate)')}`,
      `${SKIEN}:${at('\u2069')}: here is ${bidi('U+2069 (pop directional isolate)')}`,
    ]);
  });

  it("refuses one in a data file's strings: written, at its place; as an escape, at the field", () => {
    const FOCUS = 'tests/fixtures/register/focus-areas.json';
    const files = registerFiles();
    const escaped = files.focusAreas.text.replace('"nb": "Rus"', '"nb": "Rus\\u000b"');
    expect(problemsOf({ ...files, focusAreas: { ...files.focusAreas, text: escaped } })).toEqual([
      `${FOCUS}:${placeAfter(escaped, '"id": "rus"', '"nb"')}: [1] (rus): label.nb: holds U+000B (vertical tab), ${control(ESCAPE)}`,
    ]);
    const written = files.focusAreas.text.replace('"nb": "Rus"', '"nb": "Rus\u0085"');
    expect(problemsOf({ ...files, focusAreas: { ...files.focusAreas, text: written } })).toEqual([
      `${FOCUS}:${placeAfter(written, '"id": "rus"', '\u0085')}: here is U+0085 (next line), ${control(HERE)}`,
    ]);
  });

  it('keeps tabs', () => {
    const edited = editedAgreement('skien-2019', (t) => t.replace('Avtalen er inngått', 'Avtalen\ter inngått'));
    expect(problemsOf(withAgreements(edited))).toEqual([]);
  });
});

describe('a frontmatter YAML cannot read', () => {
  const yaml = (reason: string, fix: string) => `the frontmatter is not valid YAML (${reason}): ${fix}.`;

  it('names a field written twice at its second line, with the fix, and no follow-on about the source', () => {
    const edited = editedAgreement('skien-2019', (t) => t.replace('language: nb\n', 'language: nb\nlanguage: nn\n'));
    expect(problemsOf(withAgreements(edited))).toEqual([
      `${SKIEN}:${placeAfter(edited.text, '', 'language: nn')}: language: ${yaml('duplicated mapping key', 'each field is written once: keep the value the document states and delete the other line')}`,
    ]);
  });

  it('names a field written twice inside a group by its whole path', () => {
    const edited = editedAgreement('skien-2019', (t) => t.replace('  date: "2019"\n', '  date: "2019"\n  date: "2018"\n'));
    expect(problemsOf(withAgreements(edited))).toEqual([
      `${SKIEN}:${placeAfter(edited.text, '', 'date: "2018"')}: signed.date: ${yaml('duplicated mapping key', 'each field is written once: keep the value the document states and delete the other line')}`,
    ]);
  });

  it('places a tab in the indentation, a YAML tag and a broken list at their lines, with the fix', () => {
    const tab = editedAgreement('skien-2019', (t) => t.replace('  date: "2019"', '\tdate: "2019"'));
    expect(problemsOf(withAgreements(tab))).toEqual([
      `${SKIEN}:${placeAfter(tab.text, '', '\tdate')}: ${yaml('tab characters must not be used in indentation', 'indent with spaces, not a tab (YAML refuses tabs in indentation)')}`,
    ]);
    const tag = editedAgreement('skien-2019', (t) => t.replace('policeUnit: Grenland politistasjon', 'policeUnit: !!js/function "function () {}"'));
    const [tagProblem] = problemsOf(withAgreements(tag));
    expect(tagProblem).toMatch(/^tests\/fixtures\/register\/agreements\/skien-2019\.mdx:5:\d+: the frontmatter is not valid YAML \(unknown tag !<tag:yaml\.org,2002:js\/function>\): a YAML tag \("!!…"\) is not allowed: write the value as plain text/);
    const list = editedAgreement('skien-2019', (t) => t.replace('jointWith: [porsgrunn]', 'jointWith: [porsgrunn, bamble'));
    // js-yaml notices it where the next field starts.
    expect(problemsOf(withAgreements(list))).toEqual([
      `${SKIEN}:${placeAfter(list.text, 'jointWith', 'clause')}: ${yaml('missed comma between flow collection entries', 'a list in brackets is closed on the same line, with commas between its items: write [a, b], or one item per line, each starting with "- "')}`,
    ]);
  });

  it('places a frontmatter YAML cannot read after a byte-order mark and CRLF line ends the same', () => {
    const edited = editedAgreement('skien-2019', (t) => `\uFEFF${t.replace('language: nb\n', 'language: nb\nlanguage: nn\n').replace(/\n/g, '\r\n')}`);
    const [problem] = problemsOf(withAgreements(edited));
    expect(problem).toMatch(/^tests\/fixtures\/register\/agreements\/skien-2019\.mdx:9:1: language: the frontmatter is not valid YAML \(duplicated mapping key\)/);
  });

  it('tells a document without frontmatter once, with no follow-on about its source', () => {
    const edited = editedAgreement('skien-2019', (t) => t.replace(/^---\n/, ''));
    expect(problemsOf(withAgreements(edited))).toEqual([`${SKIEN}: has no frontmatter: start the file with a "---" block of fields (see CONTRIBUTING.md).`]);
  });

  it('writes each problem on one line, where a value it quotes holds a line break', () => {
    const edited = editedAgreement('skien-2019', (t) => t.replace(/municipality: (\w+)/, 'municipality: "$1\\nx"'));
    const problems = problemsOf(withAgreements(edited));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^tests\/fixtures\/register\/agreements\/skien-2019\.mdx:\d+:1: municipality: unknown municipality key "skien\\nx"; [^\n]*$/);
  });

  it('places a YAML document marker inside the frontmatter ("..."), which starts a second document, at its line', () => {
    for (const marker of ['...', '... # slutt']) {
      const edited = editedAgreement('skien-2019', (t) => t.replace('language: nb\n', `language: nb\n${marker}\n`));
      expect(problemsOf(withAgreements(edited)), marker).toEqual([
        `${SKIEN}:${placeAfter(edited.text, '', `${marker}\n`)}: the frontmatter is not valid YAML (expected a single document in the stream, but found more): a line "..." inside the frontmatter ends YAML's document there, and the fields after it start a second one: delete that line, so the fields are one block between the two "---" lines.`,
      ]);
    }
  });

  it('places a frontmatter after blank lines or spaces, which the build would not read, at the start of the file', () => {
    for (const [lead, what, line] of [
      ['\n', 'blank lines', 2],
      ['\n  \n\n', 'blank lines', 4],
      ['  ', 'spaces', 1],
    ] as const) {
      const edited = editedAgreement('skien-2019', (t) => `${lead}${t}`);
      expect(problemsOf(withAgreements(edited)), JSON.stringify(lead)).toEqual([
        `${SKIEN}:1:1: the frontmatter's "---" is not at the start of the file (${what} before it), so the build would read no frontmatter: delete what stands before "---" on line ${line}.`,
      ]);
    }
  });

  it('asks for the closing --- when the frontmatter is never closed, instead of every field missing', () => {
    const edited = editedAgreement('skien-2019', (t) => t.replace(/\n---\n/, '\n\n'));
    expect(problemsOf(withAgreements(edited))).toEqual([
      `${SKIEN}:1:1: the frontmatter is not closed: close the frontmatter with a line "---" after its last field (the text of the document follows that line).`,
    ]);
  });
});

describe("zod's wording, with what to write", () => {
  const problemsWith = (edit: (t: string) => string) => problemsOf(withAgreements(editedAgreement('skien-2019', edit)));

  it('says what type a field takes and how to write it', () => {
    expect(problemsWith((t) => t.replace(/^title: .*$/m, 'title: 5'))).toEqual([
      `${SKIEN}:2:1: title: expected text, found the number 5: write the text, in double quotes if it could be read as a number, a date or true/false`,
    ]);
    expect(problemsWith((t) => t.replace('jointWith: [porsgrunn]', 'jointWith: porsgrunn'))).toEqual([
      `${SKIEN}:20:3: council.jointWith: expected a list, found the text "porsgrunn": write one item per line below it, each starting with "- " (or the items in brackets: [a, b])`,
    ]);
  });

  it('says which numbers a count takes, and none of the safe-integer range', () => {
    expect(problemsWith((t) => t.replace('meetingsPerYear: 4', 'meetingsPerYear: 0'))).toEqual([
      `${SKIEN}:19:3: council.meetingsPerYear: the number 0 is too small: write a number above 0, as the document states it`,
    ]);
    expect(problemsWith((t) => t.replace('meetingsPerYear: 4', 'meetingsPerYear: 100000000000000000000'))).toEqual([
      `${SKIEN}:19:3: council.meetingsPerYear: the number 100000000000000000000 is far too large: write the number the document states, e.g. 4`,
    ]);
  });

  it('refuses a text that is empty or only spaces where the schema requires text', () => {
    const blank = 'is empty or only spaces: write the text the document states (or leave out a field that may be left out)';
    expect(problemsWith((t) => t.replace(/^title: .*$/m, 'title: " "'))).toEqual([`${SKIEN}:2:1: title: ${blank}`]);
    expect(problemsWith((t) => t.replace(/^title: .*$/m, 'title: ""'))).toEqual([`${SKIEN}:2:1: title: ${blank}`]);
  });

  it('tells a municipality left out without listing every municipality', () => {
    expect(problemsWith((t) => t.replace('municipality: skien\n', ''))).toEqual([
      `${SKIEN}:1:1: municipality: missing required field (expected a municipality key).`,
    ]);
  });

  it('lists at most twelve values of an enum in a message', async () => {
    const { z } = await import('zod');
    const { parseWithFixes, zodProblems } = await import('../../src/lib/content/problems.ts');
    const schema = z.object({ key: z.enum(Array.from({ length: 20 }, (_, i) => `k${i}`) as [string, ...string[]]) });
    const result = parseWithFixes(schema, { key: 'x' });
    expect(result.success).toBe(false);
    expect(zodProblems('f.json', schema, result.error!, { key: 'x' }).map((p) => p.message)).toEqual([
      'the text "x" is not allowed here: write one of "k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9", "k10", "k11", … (20 in all)',
    ]);
  });
});

describe('a data file that is not JSON', () => {
  it('is named at its line and column, with no follow-on in the documents that use its keys', () => {
    const FOCUS = 'tests/fixtures/register/focus-areas.json';
    const files = registerFiles();
    const text = files.focusAreas.text.replace('"id": "rus",', '"id": "rus"');
    expect(problemsOf({ ...files, focusAreas: { ...files.focusAreas, text } })).toEqual([
      `${FOCUS}:${placeAfter(text, '"id": "rus"', '"label"')}: is not valid JSON here (Expected ',' or '}' after property value): write every name and text in double quotes, with a comma between two items and none after the last.`,
    ]);
  });

  it('a missing file: one problem, no follow-on', () => {
    const files = registerFiles();
    expect(problemsOf({ ...files, focusAreas: { ...files.focusAreas, text: '' } })).toEqual([
      'tests/fixtures/register/focus-areas.json: is missing or empty: it must be a JSON array of entries, each with an "id".',
    ]);
  });
});
