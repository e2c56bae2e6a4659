/** The register's checker: the fixture register passes; each kind of broken agreement fails with a message naming file, field and fix. */
import { describe, expect, it } from 'vitest';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { agreementSchema } from '../../src/lib/content/schema.ts';
import { agreementFile, editedAgreement, editedText, fixture, registerFiles, withAgreements } from './helpers.ts';
import { placeAfter } from '../text-place.ts';

function problemsFor(name: string): string[] {
  const result = checkRegister(withAgreements(fixture(`bad-agreements/${name}.mdx`)));
  return result.problems.map(formatProblem);
}

describe('checkRegister on the fixture register', () => {
  const result = checkRegister(registerFiles());

  it('finds no problem', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  it('reads all seven documents and the twelve police districts', () => {
    expect(result.agreements.map((a) => a.id).sort()).toEqual([
      'bodo-2018',
      'luster-2019',
      'moss-2020',
      'oppegard-2009-retningslinjer',
      'oppegard-2018',
      'oppegard-2018-saksframlegg',
      'skien-2019',
    ]);
    expect(result.policeDistricts).toHaveLength(12);
  });

  it('accepts the valid fixture the bad ones are made from', () => {
    const ok = checkRegister(withAgreements(fixture('bad-agreements/valid-agreement.mdx')));
    expect(ok.problems).toEqual([]);
  });
});

describe('checkRegister on broken agreements', () => {
  const file = 'tests/fixtures/bad-agreements';

  it('names a misspelt field and suggests the right one', () => {
    const problems = problemsFor('misspelt-field');
    expect(problems).toContain(
      `${file}/misspelt-field.mdx:7:1: sigend: unknown field. Did you mean "signed"? Valid fields here: title, municipality, policeDistrict, policeDistrictAtSigning, policeUnit, documentType, language, signed, received, added, signatories, council, slt, evaluation, validity, focusAreas, supersedes, supersededBy, related, source, contactDetails.`,
    );
  });

  it('names a missing field', () => {
    expect(problemsFor('missing-field')).toEqual([
      `${file}/missing-field.mdx:1:1: language: missing required field (expected one of "nb", "nn").`,
    ]);
  });

  it('lists the valid keys for an unknown police district, municipality or focus area', () => {
    expect(problemsFor('unknown-district')).toEqual([
      `${file}/unknown-district.mdx:4:1: policeDistrict: unknown police district key "oest"; valid keys: oslo, ost, innlandet, sor-ost, agder, sor-vest, vest, more-og-romsdal, trondelag, nordland, troms, finnmark`,
    ]);
    const [municipality] = problemsFor('unknown-municipality');
    expect(municipality).toMatch(/unknown-municipality\.mdx:3:1: municipality: unknown municipality key "testby"; valid keys: .*\bbodo\b.*\bluster\b/);
    const [focus] = problemsFor('unknown-focus-area');
    expect(focus).toMatch(/unknown-focus-area\.mdx:14:5: focusAreas\[0\]\.key: unknown focus area key "narkotika"; valid keys: barn-og-unge, rus, /);
  });

  it("says a key left out is missing, not unknown, in the schema's own message (what Astro's dev server prints)", () => {
    const keys = { policeDistricts: ['nordland'], municipalities: ['bodo', 'luster'], focusAreas: ['rus'] };
    const result = agreementSchema(keys).safeParse({});
    expect(result.success).toBe(false);
    const message = (field: string) => result.error?.issues.find((issue) => issue.path[0] === field)?.message;
    expect(message('municipality')).toBe('missing required field (expected a municipality key)');
    expect(message('policeDistrict')).toBe('missing required field (expected a police district key)');
    expect(agreementSchema(keys).safeParse({ municipality: null }).error?.issues.find((i) => i.path[0] === 'municipality')?.message).toBe(
      'missing required field (expected a municipality key)',
    );
    expect(agreementSchema(keys).safeParse({ municipality: 'testby' }).error?.issues.find((i) => i.path[0] === 'municipality')?.message).toBe(
      'unknown municipality key "testby"; valid keys: bodo, luster',
    );
  });

  it('names the nearest keys and the file of them all for an unknown key among many (361 municipalities)', () => {
    const municipalities = ['skien', 'porsgrunn', 'bodo', ...Array.from({ length: 40 }, (_, i) => `kommune-${i}`)];
    const keys = { policeDistricts: ['sor-ost'], municipalities, focusAreas: ['rus'] };
    const message = agreementSchema(keys).safeParse({ municipality: 'skein' }).error?.issues.find((i) => i.path[0] === 'municipality')?.message;
    expect(message).toBe('unknown municipality key "skein"; did you mean "skien"? the 43 valid keys are the ids in content/municipalities.json');
    const far = agreementSchema(keys).safeParse({ municipality: 'oslo' }).error?.issues.find((i) => i.path[0] === 'municipality')?.message;
    expect(far).toBe('unknown municipality key "oslo"; the 43 valid keys are the ids in content/municipalities.json');
  });

  it('refuses an impossible date, quoted or not', () => {
    expect(problemsFor('impossible-date')).toEqual([`${file}/impossible-date.mdx:8:3: signed.date: 2019-02-31 is not a real date: 2019-02 has 28 days; did you mean "2019-02-28"? (the format is "YYYY-MM-DD")`]);
    const [unquoted] = problemsFor('unquoted-date');
    expect(unquoted).toMatch(/unquoted-date\.mdx:8:3: signed\.date: write the date in quotes, e\.g\. "2018-10-19"/);
  });

  it('refuses a supersedes that points nowhere', () => {
    const [problem] = problemsFor('supersedes-nowhere');
    expect(problem).toMatch(/supersedes-nowhere\.mdx:7:1: supersedes: points at "moss-2015", which is no document of the register\. Documents: .*oppegard-2018/);
  });

  it('refuses a section key that is not canonical, and a key used twice', () => {
    expect(problemsFor('unknown-section-key')).toEqual([
      `${file}/unknown-section-key.mdx:26:1: heading "2. Spesielle fokusområder": "fokusomrade" is not a canonical section key. Use one of: formal, tjenestetilbud, politikontakt, politirad, slt, forventninger, fokusomrader, organisering, administrativt, evaluering, signaturer; or remove the marker for a heading outside the template.`,
      // The focus area's clause pointed at that heading, so it is reported too.
      `${file}/unknown-section-key.mdx:15:5: focusAreas[0].clause: no heading with id "fokusomrader" in the text. Heading ids here: politirad, fokusomrade.`,
    ]);
    expect(problemsFor('duplicate-section-key')[0]).toBe(
      `${file}/duplicate-section-key.mdx:26:1: heading "2. Spesielle fokusområder": section "politirad" is already marked at line 22: a key marks one heading per document.`,
    );
  });

  it('refuses a misspelt section marker, and says the clause that pointed at it has no heading', () => {
    const misspelt = editedAgreement('skien-2019', (t) => t.replace('{/* section: slt */}', '{/* Section: slt */}'));
    const path = 'tests/fixtures/register/agreements/skien-2019.mdx';
    const problems = checkRegister(withAgreements(misspelt)).problems.map(formatProblem);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      new RegExp(`^${path}:${placeAfter(misspelt.text, '---\n', '{/* Section')}: heading "5\\. SLT \\(samordning av lokale kriminalitetsforebyggende tiltak\\)": the comment "\\{/\\* Section: slt \\*/\\}" is not a section marker`),
    );
    expect(problems[1]).toMatch(new RegExp(`^${path}:\\d+:\\d+: slt\\.clause: no heading with id "slt" in the text`));
  });

  it('refuses a clause that names no heading', () => {
    expect(problemsFor('clause-nowhere')).toEqual([
      `${file}/clause-nowhere.mdx:12:3: council.clause: no heading with id "moteplan" in the text. Heading ids here: politirad, fokusomrader.`,
    ]);
  });

  it('refuses a fact\'s own clause (clauseFor) that names no heading, and accepts it once it names the heading that states the fact', () => {
    expect(problemsFor('clause-for-nowhere')).toEqual([
      `${file}/clause-for-nowhere.mdx:17:5: council.clauseFor.members: no heading with id "deltakere" in the text. Heading ids here: politirad, organisering.`,
    ]);
    const bad = fixture('bad-agreements/clause-for-nowhere.mdx');
    const right = { path: bad.path, text: editedText('clause-for-nowhere', bad.text, (t) => t.replace('members: deltakere', 'members: politirad')) };
    const result = checkRegister(withAgreements(right));
    expect(result.problems.map(formatProblem)).toEqual([]);
    const council = result.agreements.find((a) => a.id === 'clause-for-nowhere')?.data.council;
    expect([council?.clause, council?.clauseFor?.members]).toEqual(['organisering', 'politirad']);
  });

  it('refuses a clauseFor of a fact the group does not have, or does not state', () => {
    const bad = fixture('bad-agreements/clause-for-nowhere.mdx');
    const misspelt = { path: bad.path, text: editedText('clause-for-nowhere', bad.text, (t) => t.replace('members: deltakere', 'member: politirad')) };
    expect(checkRegister(withAgreements(misspelt)).problems.map(formatProblem)).toEqual([
      `${file}/clause-for-nowhere.mdx:17:5: council.clauseFor.member: unknown field. Did you mean "members"? Valid fields here: chair, secretariat, meetingsPerYear, members, jointWith.`,
    ]);
    const unstated = { path: bad.path, text: editedText('clause-for-nowhere', bad.text, (t) => t.replace('members: deltakere', 'chair: politirad')) };
    expect(checkRegister(withAgreements(unstated)).problems.map(formatProblem)).toEqual([
      `${file}/clause-for-nowhere.mdx:17:5: council.clauseFor.chair: cites a clause for council.chair, which the frontmatter does not state: remove this line, or code chair from the text of "politirad".`,
    ]);
  });

  it('refuses a wrong language, a meeting count that is no number, and broken YAML', () => {
    expect(problemsFor('bad-language')).toEqual([`${file}/bad-language.mdx:6:1: language: the text "se" is not allowed here: write one of "nb", "nn"`]);
    expect(problemsFor('meetings-not-a-number')).toEqual([
      `${file}/meetings-not-a-number.mdx:11:3: council.meetingsPerYear: expected a number, found the text "fire": write the number without quotes, e.g. 4`,
    ]);
    expect(problemsFor('yaml-syntax')).toEqual([
      `${file}/yaml-syntax.mdx:3:1: the frontmatter is not valid YAML (missed comma between flow collection entries): a list in brackets is closed on the same line, with commas between its items: write [a, b], or one item per line, each starting with "- ".`,
    ]);
  });

  it('refuses inline code in the text, at its file, line and column, with the fix', () => {
    expect(problemsFor('inline-code')).toEqual([
      `${file}/inline-code.mdx:30:21: inline code ("\`Politirådsmøte\`") is not allowed in an agreement (the page would show it as code, which no signed agreement has): write the text plainly, without the backticks; a backtick the document prints stays, escaped: \\\``,
    ]);
  });

  it('refuses two documents with the same slug', () => {
    const files = registerFiles();
    files.agreements.push(fixture('duplicate-slug/extra/skien-2019.mdx'));
    const problems = checkRegister(files).problems.map(formatProblem);
    expect(problems).toEqual([
      'tests/fixtures/duplicate-slug/extra/skien-2019.mdx: duplicate slug "skien-2019": tests/fixtures/register/agreements/skien-2019.mdx has the same file name. Each document needs its own name, e.g. "skien-2019-2".',
    ]);
  });

  it('asks for the link back when only one side of supersedes is written', () => {
    const oneWay = editedAgreement('oppegard-2009-retningslinjer', (t) => t.replace(/^supersededBy: .*\n/m, ''));
    const problems = checkRegister(withAgreements(oneWay)).problems.map(formatProblem);
    expect(problems).toEqual([
      'tests/fixtures/register/agreements/oppegard-2009-retningslinjer.mdx:1:1: supersededBy: tests/fixtures/register/agreements/oppegard-2018.mdx supersedes this document: add "supersededBy: oppegard-2018" here so the link goes both ways.',
    ]);
  });

  it('names a data collection entry with a broken field', () => {
    const files = registerFiles();
    const text = files.municipalities.text.replace('"number": "1804"', '"number": "18O4"');
    files.municipalities = { ...files.municipalities, text };
    expect(checkRegister(files).problems.map(formatProblem)).toEqual([
      `tests/fixtures/register/municipalities.json:${placeAfter(text, '"id": "bodo"', '"number"')}: [0] (bodo): number: a municipality number has four digits, e.g. "0217"`,
    ]);
  });

  it('places the checks across entries at the field, naming the entry by its index in the file and its id', () => {
    const files = registerFiles();
    // Entry 0 broken (it drops out of the valid entries), so each entry's index must come from the file, not the valid list.
    const text = files.municipalities.text
      .replace('"number": "1804"', '"number": "18O4"')
      .replace('"policeDistrict": "vest"', '"policeDistrict": "oest"')
      .replace(/("id": "luster",[^}]*?)"status": "active"/, '$1"mergedInto": "sogndal-og-luster", "status": "active"');
    files.municipalities = { ...files.municipalities, text };
    const file = 'tests/fixtures/register/municipalities.json';
    expect(checkRegister(files).problems.map(formatProblem)).toEqual([
      `${file}:${placeAfter(text, '"id": "bodo"', '"number"')}: [0] (bodo): number: a municipality number has four digits, e.g. "0217"`,
      `${file}:${placeAfter(text, '"id": "leikanger"', '"policeDistrict"')}: [1] (leikanger): policeDistrict: unknown police district key "oest"; valid keys: oslo, ost, innlandet, sor-ost, agder, sor-vest, vest, more-og-romsdal, trondelag, nordland, troms, finnmark`,
      `${file}:${placeAfter(text, '"id": "luster"', '"mergedInto"')}: [2] (luster): mergedInto: unknown municipality key "sogndal-og-luster"; use the id of the municipality it became part of`,
    ]);
  });

  it('names an entry by index and id, and without an id by index alone, where it has no place', () => {
    expect(formatProblem({ file: 'x.json', entry: { index: 3, id: 'moss' }, field: 'number', message: 'wrong.' })).toBe('x.json [3] (moss): number: wrong.');
    expect(formatProblem({ file: 'x.json', entry: { index: 3 }, message: 'wrong.' })).toBe('x.json [3]: wrong.');
    expect(formatProblem({ file: 'x.json', line: 7, entry: { index: 3 }, message: 'wrong.' })).toBe('x.json:7:1: [3]: wrong.');
  });

  it('places a key written with a dot at its own line, not at the key it was meant for', () => {
    const dotted = editedAgreement('bodo-2018', (t) => t.replace(/^received:/m, 'slt.modality: agreed\nreceived:'));
    const [problem] = checkRegister(withAgreements(dotted)).problems.map(formatProblem);
    expect(problem).toMatch(new RegExp(`^tests/fixtures/register/agreements/bodo-2018\\.mdx:${placeAfter(dotted.text, '---', 'slt.modality')}: slt\\.modality: unknown field\\.`));
  });

  it("refuses a source's title language that is not a language tag, saying what one looks like", () => {
    const files = registerFiles();
    const source = '"districtSources": [{ "url": "https://example.org/", "title": "A list", "titleLang": "English", "publisher": "Example", "says": "Bodø er i Nordland politidistrikt." }], ';
    const text = files.municipalities.text.replace('"number": "1804"', `${source}"number": "1804"`);
    files.municipalities = { ...files.municipalities, text };
    expect(checkRegister(files).problems.map(formatProblem)).toEqual([
      `tests/fixtures/register/municipalities.json:${placeAfter(text, '"id": "bodo"', '"titleLang"')}: [0] (bodo): districtSources[0].titleLang: not a language tag: write the title's language as a tag such as "en" (English), or leave titleLang out for a Norwegian title`,
    ]);
  });

  it('refuses a source.file that is not in sources/, naming the files there', () => {
    const moved = editedAgreement('moss-2020', (t) => t.replace('  file: moss-2020.txt', '  file: moss-2019.txt'));
    const files = withAgreements(moved);
    expect(checkRegister(files).problems.map(formatProblem)).toEqual([
      'tests/fixtures/register/agreements/moss-2020.mdx:66:3: source.file: no file "moss-2019.txt" in tests/fixtures/register/sources/. Did you mean "moss-2020.txt"? Put the source text there as received (UTF-8), or correct the name. Files there: bodo-2018.txt, luster-2019.txt, moss-2020.txt, oppegard-2018.txt, skien-2019.txt.',
      'tests/fixtures/register/sources/moss-2020.txt: no document names this source: set "source.file: moss-2020.txt" in the documents made from it, or remove the file.',
    ]);
  });

  it('says what to write in source.publisher when a draft has none', () => {
    const without = editedAgreement('moss-2020', (t) => t.replace(/^ {2}publisher: .*\n/m, ''));
    const [problem] = checkRegister(withAgreements(without)).problems.map(formatProblem);
    expect(problem).toMatch(/moss-2020\.mdx:\d+:\d+: source\.publisher: missing required field \(expected string\): who published the file the text was taken from, as the site names itself, e\.g\. "Skien kommune" or "Politiet"\.$/);
  });

  it('names a letter written decomposed (Unicode NFD), which the search index keeps apart from the word typed', () => {
    const nfd = editedAgreement('moss-2020', (t) => t.replace(/Politirådet/g, 'Politira\u030Adet'));
    const [first, ...rest] = checkRegister(withAgreements(nfd)).problems.map(formatProblem);
    expect(rest).toEqual([]);
    expect(first).toMatch(
      new RegExp(
        `^tests/fixtures/register/agreements/moss-2020\\.mdx:${placeAfter(nfd.text, '', 'a\u030A')}: here "å" is written as 2 characters \\(U\\+0061 U\\+030A: a letter and a combining mark, as macOS and some PDF readers copy text\\) \\(and \\d+ more letter\\(s\\) so in the file\\): the page shows the same letter, but the search index keeps the word apart from the same word typed\\. Write it as one character, "å" \\(U\\+00E5\\); an editor's "normalise to NFC" does the whole file\\.$`,
      ),
    );
    expect(checkRegister(withAgreements(agreementFile('moss-2020'))).problems).toEqual([]);
  });

  it('names a letter written decomposed in a data file too (a municipality\'s name)', () => {
    const files = registerFiles();
    const text = editedText('municipalities.json', files.municipalities.text, (t) => t.replace(/"name": "([^"]*)å/, (m) => m.replace('å', 'a\u030A')));
    const problems = checkRegister({ ...files, municipalities: { ...files.municipalities, text } }).problems.map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^tests/fixtures/register/municipalities\\.json:${placeAfter(text, '', 'a\u030A')}: here "å" is written as 2 characters \\(U\\+0061 U\\+030A`)),
    ]);
  });

  it('names a text nested deeper than the build can compile, once, where a stack trace came before', () => {
    const deep = editedAgreement('moss-2020', (t) => `${t}\n${'> '.repeat(10_000)}Tekst\n`);
    const lines = deep.text.split('\n').length - 1;
    expect(checkRegister(withAgreements(deep)).problems.map(formatProblem)).toEqual([
      expect.stringMatching(new RegExp(`^tests/fixtures/register/agreements/moss-2020\\.mdx:${lines}:129: the text is nested more than 64 levels deep here`)),
    ]);
  });

  it('refuses an agreement without source.file, and a source file no document names', () => {
    const without = editedAgreement('skien-2019', (t) => t.replace('  file: skien-2019.txt\n', ''));
    expect(checkRegister(withAgreements(without)).problems.map(formatProblem)).toEqual([
      'tests/fixtures/register/agreements/skien-2019.mdx:33:1: source.file: missing required field (expected string): the name of the source text in content/sources/, e.g. "skien-2019.txt".',
      'tests/fixtures/register/sources/skien-2019.txt: no document names this source: set "source.file: skien-2019.txt" in the documents made from it, or remove the file.',
    ]);
  });
});
