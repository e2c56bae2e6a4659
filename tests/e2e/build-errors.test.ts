/**
 * The checker is the build's front door. A corpus of broken agreements (every
 * case of tests/fixtures/bad-agreements/, a file that is not UTF-8 and one with CR line ends) goes
 * through `npm run check` and a real `astro build` at once: both refuse, with
 * the same lines, file by file, each `file[:line:column]: what: fix`, and the
 * build prints no stack trace and no page. Files the checker accepts (the
 * valid fixture, the same file with CRLF or a byte-order mark, one full of
 * escaped braces and angle brackets) build, through `npm run build`'s own
 * script, and read as the LF file does. A failed build then leaves that site
 * as it was. Each register here is the live content with the files added, so
 * `npm test` builds the live content too (the other browser tests build their
 * frozen register, tests/fixtures/site/).
 *
 * Builds: one refused at the front door, one real build, one refused rebuild.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuildEnv } from '../../scripts/astro-build.ts';
import { filesUnder } from '../files-under.ts';
import { withBuildLockSync } from '../build-lock.ts';
import { placeAfter } from '../text-place.ts';
import { problemLines } from '../problem-lines.ts';
import { PROBLEM_LINE_START } from '../../src/lib/content/problems.ts';
import { indexFolder } from '../../src/lib/search/build-index.ts';
import { contentDir, readRegisterFiles } from '../../src/lib/content/register-files.ts';
import { checkRegister } from '../../src/lib/content/validate.ts';

const work = mkdtempSync(join(tmpdir(), 'register-front-door-'));
/** The file the content's code would write if it ran (build-time-code.mdx takes its path from the environment). */
const TRACE = join(work, 'the-content-code-ran');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const BAD = 'tests/fixtures/bad-agreements';
const ENCODINGS = 'tests/fixtures/encodings';
const refusedFiles = [
  ...readdirSync(BAD)
    .filter((f) => f !== 'valid-agreement.mdx')
    .map((f) => join(BAD, f)),
  join(ENCODINGS, 'windows-1252.mdx'),
  join(ENCODINGS, 'cr-line-endings.mdx'),
];
const acceptedFiles = [join(BAD, 'valid-agreement.mdx'), ...['byte-order-mark', 'crlf-line-endings', 'escaped-characters'].map((n) => join(ENCODINGS, `${n}.mdx`))];

/** A copy of the live register with `files` added to its agreements; returns its content folder. */
function register(name: string, files: string[]): string {
  const content = join(work, name, 'content');
  cpSync(contentDir(), content, { recursive: true });
  for (const file of files) cpSync(file, join(content, 'agreements', basename(file)));
  return content;
}

/** Runs a command over `content`, holding the build lock (build-lock.ts): some of them build. */
function run(content: string, command: string, args: string[]) {
  const env = astroBuildEnv({ REGISTER_CONTENT: content, TRACE });
  const result = withBuildLockSync(() => spawnSync(command, args, { env, encoding: 'utf8', timeout: 170_000 }));
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}


function listing(root: string): Map<string, string> {
  return new Map(filesUnder(root).map((path) => [path, readFileSync(join(root, path), 'latin1')]));
}

describe('broken agreements: npm run check and astro build refuse them alike', () => {
  const content = register('refused', refusedFiles);
  const dist = join(work, 'refused-dist');
  const check = run(content, 'npm', ['run', '--silent', 'check']);
  const build = run(content, 'npx', ['astro', 'build', '--outDir', dist]);
  const checkLines = problemLines(check.output).sort();
  const buildLines = problemLines(build.output).sort();

  it('both fail, with the same heading and the same problem lines', () => {
    expect(check.status).toBe(1);
    expect(build.status).not.toBe(0);
    expect(check.output).toContain(`The register's content has ${checkLines.length} problem(s):`);
    expect(build.output).toContain(`The register's content has ${checkLines.length} problem(s):`);
    expect(buildLines).toEqual(checkLines);
  });

  it.each(refusedFiles)('%s: refused by both, with the same lines', (file) => {
    const path = join(content, 'agreements', basename(file));
    const mine = (lines: string[]) => lines.filter((l) => l.startsWith(`${PROBLEM_LINE_START}${path}:`));
    expect(mine(checkLines).length).toBeGreaterThan(0);
    expect(mine(buildLines)).toEqual(mine(checkLines));
  });

  it('names the place and the fix of each unsafe case', () => {
    const at = (name: string) => `${PROBLEM_LINE_START}${join(content, 'agreements', name)}`;
    // Where each case stands in its fixture (line:column), read from the file rather than written in.
    const where = (name: string, needle: string): string => `${at(name)}:${placeAfter(readFileSync(join(content, 'agreements', name), 'utf8'), '', needle)}`;
    const expected = [
      `${where('build-time-code.mdx', 'import fs')}: import and export are code`,
      `${where('build-time-code.mdx', '{fs.')}: "{fs.readFileSync("/etc/hostname", "utf8")}" is code`,
      `${where('build-time-code.mdx', '{fs.w')}: "{fs.writeFileSync(process.env.TRACE, "")}" is code`,
      `${where('script-element.mdx', '<script>')}: raw HTML <script> is not allowed`,
      `${where('onerror-attribute.mdx', '<img')}: raw HTML <img> is not allowed`,
      `${where('javascript-link.mdx', '[hele')}: the address "javascript:alert(document.cookie)" uses "javascript:"`,
      `${where('local-image.mdx', '![kart]')}: an image is not allowed in an agreement`,
      `${where('misspelt-section-marker.mdx', '{/* Section')}: heading "1. Politiråd": the comment "{/* Section: politirad */}" is not a section marker`,
      `${where('iframe-element.mdx', '<iframe')}: raw HTML <iframe> is not allowed`,
      `${where('style-element.mdx', '<style>')}: raw HTML <style> is not allowed`,
      `${where('meta-refresh.mdx', '<meta')}: raw HTML <meta> is not allowed`,
      `${where('unclosed-signatures.mdx', '<Signatures>')}: the text cannot be read as MDX (Expected a closing tag for \`<Signatures>\``,
      `${where('stray-brace.mdx', '{100')}: the text cannot be read as MDX`,
      `${where('inline-code.mdx', '`Politi')}: inline code ("\`Politirådsmøte\`") is not allowed in an agreement`,
      `${where('unknown-component.mdx', '<Foo>')}: unknown component <Foo>: an agreement may use only <Signatures>`,
      `${at('windows-1252.mdx')}:2:50: the file is not UTF-8 (byte 0xd8 here is "Ø" in Windows-1252): save it as UTF-8`,
      `${where('impossible-date.mdx', 'date: "2019-02-31"')}: signed.date: 2019-02-31 is not a real date: 2019-02 has 28 days; did you mean "2019-02-28"?`,
      `${where('javascript-source-url.mdx', 'url:')}: source.url: "javascript:alert(document.domain)" is not a web address: write the address of the page as it opens in a browser, starting with https://`,
      `${where('control-character.mdx', 'title:')}: title: holds U+000C (form feed), a control character`,
      `${where('bidi-override.mdx', '\u202E')}: here is U+202E (right-to-left override), a bidirectional formatting character`,
      `${where('bidi-character-reference.mdx', '&#x202E;')}: the character reference "&#x202E;" writes U+202E (right-to-left override)`,
      `${where('decomposed-letters.mdx', 'a\u030A')}: here "å" is written as 2 characters (U+0061 U+030A: a letter and a combining mark`,
      `${where('table-alignment.mdx', '| Tiltak')}: a table column aligned with ":" in the line under its header`,
      `${where('heading-skips-level.mdx', '#### Tiltak')}: a "####" heading after a "##" heading skips a level`,
      `${where('heading-without-text.mdx', '## {/*')}: a heading with no text`,
      // The fixture's line has 400 quotes; the 65th is the one too deep.
      `${where('nested-too-deep.mdx', `${'> '.repeat(400 - 64)}Et sitat`)}: the text is nested more than 64 levels deep here`,
      `${where('yaml-duplicate-key.mdx', 'language: nn')}: language: the frontmatter is not valid YAML (duplicated mapping key): each field is written once`,
      `${at('unclosed-frontmatter.mdx')}:1:1: the frontmatter is not closed: close the frontmatter with a line "---" after its last field`,
      `${at('cr-line-endings.mdx')}:1:4: this line ends with a CR alone (the line ends of old Mac OS), which the build does not read as a line end: a stray one (text pasted from a PDF viewer) is deleted or made a line end in the editor; a whole file of them is saved with LF (or CRLF) line ends.`,
    ];
    for (const start of expected) expect(buildLines.some((l) => l.startsWith(start)), start).toBe(true);
    expect(buildLines.find((l) => l.includes('stray-brace.mdx:'))).toContain('escape it as "\\{"');
    expect(buildLines.find((l) => l.includes('unclosed-signatures.mdx:'))).toContain('close it with "</Signatures>"');
  });

  it('prints no stack trace and builds no page: the code in the content never ran', () => {
    expect(build.output).not.toMatch(/Stack trace|^\s+at /m);
    expect(check.output).not.toMatch(/Stack trace|^\s+at /m);
    expect(existsSync(dist) ? listing(dist).size : 0).toBe(0);
    // Had the content's code run, in the checker or in the build, it would have written this file: a trace outside the
    // site, so a build that ran it and then failed (its pages discarded) would not hide it. (It looked for the host's
    // name in the output before; this host is called "vm", which a random folder name once held.)
    expect(existsSync(TRACE)).toBe(false);
  });
});

describe('files the checker accepts build, and a failed build keeps the last good site', () => {
  const content = register('accepted', acceptedFiles);
  const dist = join(work, 'site');
  const check = run(content, 'npm', ['run', '--silent', 'check']);
  const build = run(content, process.execPath, ['scripts/build.ts', dist]);
  const page = (slug: string) => readFileSync(join(dist, 'avtaler', slug, 'index.html'), 'utf8');
  const sections = (html: string) => [...html.matchAll(/data-section="([a-z]+)"/g)].map((m) => m[1]);

  it('npm run check and npm run build both accept them', () => {
    const documents = checkRegister(readRegisterFiles(content)).agreements.length;
    expect(documents).toBe(checkRegister(readRegisterFiles(contentDir())).agreements.length + acceptedFiles.length);
    expect(check.output).toContain(`Content OK: ${documents} documents`);
    expect(check.status).toBe(0);
    expect(build.status, build.output).toBe(0);
    expect(existsSync(join(dist, '_headers'))).toBe(true);
    expect(existsSync(indexFolder(dist))).toBe(true);
  });

  it('a CRLF file and a file with a byte-order mark read as the LF file: same sections, same text', () => {
    const lf = page('valid-agreement');
    expect(sections(lf)).toEqual(['politirad', 'fokusomrader']);
    for (const slug of ['crlf-line-endings', 'byte-order-mark']) {
      const html = page(slug);
      expect(sections(html)).toEqual(sections(lf));
      expect(html).toContain('Det avholdes 4 møter pr. år.');
      expect(html).not.toContain('\r');
      expect(html).not.toContain('\uFEFF');
    }
  });

  it('escaped braces and angle brackets show as text; the allowed elements render', () => {
    const html = page('escaped-characters');
    expect(html).toContain('Kostnaden er {100 kr} per møte, for færre enn &lt;5 personer; a &lt; b og 3 &gt; 2.<br/>Ny linje.');
    expect(html).toMatch(/<th scope="row">Leiing:<\/th><td>Kommunen<\/td>/);
    expect(html).toContain('class="signatures"');
    expect(html).toContain('href="mailto:post@example.no"');
  });

  it('every canonical link names a page of the site; the 404 page has none', () => {
    expect(readFileSync(join(dist, '404.html'), 'utf8')).not.toMatch(/rel="canonical"|og:url/);
    for (const [file, html] of listing(dist)) {
      if (!file.endsWith('.html') || file === '404.html') continue;
      const href = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      expect(href, file).toBeDefined();
      const path = new URL(href!).pathname;
      expect(existsSync(join(dist, path, 'index.html')) || existsSync(join(dist, path)), `${file} → ${path}`).toBe(true);
    }
  });

  it('a build the checker refuses leaves the previous site untouched', () => {
    const before = listing(dist);
    const refused = register('refused-again', [join(BAD, 'stray-brace.mdx')]);
    const rebuild = run(refused, process.execPath, ['scripts/build.ts', dist]);
    expect(rebuild.status).not.toBe(0);
    expect(rebuild.output).toContain(`${dist}/ was left as it was`);
    expect(listing(dist)).toEqual(before);
    expect(readdirSync(work).filter((f) => f.includes('.partial-') || f.includes('.previous-'))).toEqual([]);
  });
});
