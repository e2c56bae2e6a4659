/**
 * Downloads from /utkast/ stay valid whatever name is typed: characters XML
 * forbids never reach the .docx, the Markdown escapes what it would read as
 * markup, and text echoed from the address is marked for isolation.
 */
import * as docx from 'docx';
import { describe, expect, it } from 'vitest';
import { SECTION_KEYS, SECTION_TITLES } from '../../src/lib/content/sections.ts';
import { agreementText, type AgreementText } from '../../src/lib/draft/agreement-text.ts';
import { buildDraft, type DraftLabels, type DraftSection } from '../../src/lib/draft/assemble.ts';
import { draftToDocx } from '../../src/lib/draft/docx-writer.ts';
import { draftToMarkdown } from '../../src/lib/draft/markdown-writer.ts';
import { parseDraftParams } from '../../src/lib/draft/params.ts';
import { cleanTyped, echo, MAX_NAME_LENGTH, messageParts, xmlSafe } from '../../src/lib/draft/typed-text.ts';
import { readDocx } from '../docx-text.ts';
import { agreements, register, sharing } from './compare-helpers.ts';

const texts = new Map<string, AgreementText>(
  agreements.map((a) => {
    const district = register.policeDistricts.find((d) => d.id === a.data.policeDistrict)!;
    const municipality = register.municipalities.find((m) => m.id === a.data.municipality)!;
    return [a.id, agreementText(a, { municipality: municipality.name, policeDistrict: district }, a.sections, sharing.get(a.id))];
  }),
);
const labels: DraftLabels = {
  sectionTitles: Object.fromEntries(SECTION_KEYS.map((k) => [k, SECTION_TITLES[k].nb])) as DraftLabels['sectionTitles'],
  title: (m, d) => `Samarbeidsavtale mellom ${m} kommune og ${d}`,
  placeholderMunicipality: '[kommune]',
  placeholderDistrict: '[politidistrikt]',
};
const note = (s: DraftSection) => [`Kilde: ${s.source.municipality}.`];
// XML 1.0's Char production: what may stand in a .docx part.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe('xmlSafe and cleanTyped', () => {
  it('remove what XML forbids and keep every character it allows', () => {
    expect(xmlSafe('a\uFFFEb\uFFFFc\u0001d\u000Be\uD800f')).toBe('abcdef');
    expect(xmlSafe('Tromsø 😀\ttab\nline')).toBe('Tromsø 😀\ttab\nline');
    expect(cleanTyped(' Nordre\u0000 Follo\u0085\n ')).toBe('Nordre Follo');
  });
});

describe('a name far too long (a paste gone wrong: 2 MB)', () => {
  it('is cut to MAX_NAME_LENGTH characters, never inside a character, from the address and as typed, so the address and the draft stay of a size a host serves', () => {
    const huge = 'Ås😀'.repeat(700_000);
    const params = parseDraftParams(new URLSearchParams({ kommune: huge, distrikt: huge, politirad: 'oppegard-2018' }));
    expect([...params.names.municipality]).toHaveLength(MAX_NAME_LENGTH);
    expect(params.names.municipality.startsWith('Ås😀Ås😀')).toBe(true);
    expect([...params.names.policeDistrict]).toHaveLength(MAX_NAME_LENGTH);
    expect(cleanTyped(`  ${'x'.repeat(99)}😀😀 `)).toBe(`${'x'.repeat(99)}😀`);
    const draft = buildDraft(params.choices, texts, { municipality: huge }, labels);
    expect(draft.title.length).toBeLessThan(200);
  });
});

describe('a hostile name through the address', () => {
  const typed = 'Ond\uFFFE\u0001 & ~~Sø~~ <b>*by*</b> \u202Ekrow';
  const params = parseDraftParams(new URLSearchParams({ kommune: typed, politirad: 'oppegard-2018', formal: 'skien-2019' }));
  const draft = buildDraft(params.choices, texts, { municipality: params.names.municipality }, labels);

  it('is read without the characters no document may hold', () => {
    expect(params.names.municipality).toBe('Ond & ~~Sø~~ <b>*by*</b> \u202Ekrow');
  });

  it('gives a .docx whose XML holds no forbidden character, and that reads back', async () => {
    // Even a name handed straight to buildDraft, not through the address.
    const direct = buildDraft(params.choices, texts, { municipality: typed }, labels);
    const buffer = await docx.Packer.toBuffer(draftToDocx(direct, docx, 'Utkast \uFFFE.', note, 'https://example.org'));
    const { xml, text } = await readDocx(buffer);
    expect(NOT_XML.test(xml)).toBe(false);
    expect(text).toContain('Samarbeidsavtale mellom Ond & ~~Sø~~ <b>*by*</b> \u202Ekrow kommune');
  });

  it('gives Markdown that escapes entities, strikethrough, tags and emphasis, with no control character', () => {
    const md = draftToMarkdown(draft, 'Utkast \u0007.', note, 'https://example.org');
    expect(md).toContain('# Samarbeidsavtale mellom Ond \\& \\~\\~Sø\\~\\~ \\<b\\>\\*by\\*\\</b\\> \u202Ekrow kommune');
    // eslint-disable-next-line no-control-regex
    expect(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]/.test(md)).toBe(false);
    expect(md).toContain('*Utkast .*');
  });
});

describe('echo and messageParts', () => {
  it('mark exactly the echoed value for <bdi>, whatever it holds', () => {
    const message = `Adressen nevner «${echo('\u202Eevil')}», som ikke er en del av avtalen.`;
    expect(messageParts(message)).toEqual([
      { text: 'Adressen nevner «', isolated: false },
      { text: '\u202Eevil', isolated: true },
      { text: '», som ikke er en del av avtalen.', isolated: false },
    ]);
    // A value cannot close its own isolation early.
    expect(messageParts(`a ${echo('x\u2069y')} b`)).toEqual([
      { text: 'a ', isolated: false },
      { text: 'xy', isolated: true },
      { text: ' b', isolated: false },
    ]);
  });
});
