/** The agreements' text split into sections, read from the real seed documents. */
import { describe, expect, it } from 'vitest';
import { inlinePlainText, splitSections } from '../../src/lib/compare/sections-text.ts';
import { body, sectionsOf } from './compare-helpers.ts';

const outline = (slug: string) => sectionsOf(slug).map((s) => `${s.part}:${s.key ?? s.id ?? ''}`);

describe('splitSections on the seeds', () => {
  it('finds Oppegård 2018: preamble, nine marked sections, and the signature block as its own part', () => {
    expect(outline('oppegard-2018')).toEqual([
      'preamble:',
      'section:formal',
      'section:politikontakt',
      'section:politirad',
      'section:slt',
      'section:forventninger',
      'section:fokusomrader',
      'section:organisering',
      'section:administrativt',
      'section:evaluering',
      'signatures:signaturer',
    ]);
    const signatures = sectionsOf('oppegard-2018').at(-1)!;
    expect(signatures.id).toBeUndefined();
    expect(signatures.blocks.map((b) => b.text)).toEqual([
      'GDE leder Follo/Østfold\nØst politidistrikt',
      'Ordfører\nOppegård kommune',
      'Politistasjonssjef\nFollo politistasjon',
      'Politikontakt\nOppegård kommune',
    ]);
    // The evaluation section ends before the signatures.
    expect(sectionsOf('oppegard-2018').find((s) => s.key === 'evaluering')!.blocks).toHaveLength(2);
  });

  it('keeps Bodø\'s signature block inside the section the document heads "Signaturer"', () => {
    const s = sectionsOf('bodo-2018').find((x) => x.key === 'signaturer')!;
    expect(s).toMatchObject({ part: 'section', id: 'signaturer', heading: 'Signaturer' });
    expect(s.blocks.map((b) => b.text)).toEqual([
      'Denne avtalen signeres av ordfører og tjenesteenhetsleder',
      'Ida Marie Pinnerød\nOrdfører',
      'Tor Håvard Bentzen\nPolitiinspektør\nGeografisk driftsenhetsleder',
    ]);
    expect(sectionsOf('bodo-2018').filter((x) => x.key === 'signaturer')).toHaveLength(1);
  });

  it('keeps unmarked headings as sections without a key, even an empty one (Luster\'s point 2)', () => {
    const luster = sectionsOf('luster-2019');
    const point2 = luster.find((s) => s.heading === '2. Organiseringa til politiet i Sogn lensmannsdistrikt')!;
    expect(point2).toMatchObject({ part: 'section', id: '2-organiseringa-til-politiet-i-sogn-lensmannsdistrikt', blocks: [], text: '' });
    expect(point2.key).toBeUndefined();
    expect(sectionsOf('moss-2020').find((s) => s.id === '5-gyldighet')!.text).toBe('Avtalen revideres årlig.');
  });

  it('reads sub-headings, numbered items with the document\'s numbers, nested items and table rows', () => {
    const luster = sectionsOf('luster-2019');
    const focus = luster.find((s) => s.key === 'fokusomrader')!;
    expect(focus.blocks.filter((b) => b.kind === 'item').map((b) => b.number)).toEqual([1, 2, 3, 4, 5, 6, 8, 9]);
    const organisation = luster.find((s) => s.key === 'organisering')!;
    expect(organisation.blocks.slice(0, 5)).toEqual([
      { kind: 'heading', text: 'Lokalt politiråd', depth: 0 },
      { kind: 'heading', text: 'Leiing/sekretariatsfunksjon:', depth: 0 },
      { kind: 'row', text: 'Leiing:\tKommunen/Politiet', depth: 0 },
      { kind: 'row', text: 'Møteleiing:\tOrdfører i Luster kommune.', depth: 0 },
      { kind: 'row', text: 'Sekretariat:\tLuster kommune', depth: 0 },
    ]);
    const moss = sectionsOf('moss-2020').find((s) => s.key === 'fokusomrader')!;
    expect(moss.blocks.slice(1, 3)).toEqual([
      { kind: 'item', text: 'Forebygge barne- og ungdomskriminalitet', depth: 0 },
      { kind: 'item', text: 'Prioritere avtalte tiltak i gjeldende SLT handlingsplan', depth: 1 },
    ]);
  });

  it('gives every section\'s text as its blocks, one per line, with no Markdown or MDX left', () => {
    for (const slug of ['oppegard-2018', 'bodo-2018', 'skien-2019', 'moss-2020', 'luster-2019', 'oppegard-2009-retningslinjer']) {
      for (const s of sectionsOf(slug)) {
        expect(s.text).toBe(s.blocks.map((b) => b.text).join('\n'));
        expect(s.text, `${slug} ${s.id}`).not.toMatch(/\*\*|<br|<\/?[A-Za-z]|\{\/\*|^#|^\s*[-*] /m);
      }
    }
  });

  it('keeps the words of the document: every line of the body\'s plain text is in some section', () => {
    const text = sectionsOf('skien-2019').map((s) => `${s.heading ?? ''}\n${s.text}`).join('\n');
    for (const line of body('skien-2019').split('\n')) {
      if (/^<\/?Signatures>$/.test(line.trim())) continue;
      const plain = inlinePlainText(line.replace(/^#+\s|^\s*(-|\d+\.)\s/, '')).replace(/\{\/\*.*\*\/\}/, '').trim();
      if (plain === '') continue;
      expect(text, line).toContain(plain.split('\n')[0]);
    }
  });
});

describe('inlinePlainText', () => {
  it('turns hard breaks into newlines and soft breaks into spaces', () => {
    expect(inlinePlainText('Oppegård\nkommune')).toBe('Oppegård kommune');
    expect(inlinePlainText('Ordfører<br />\nOppegård kommune')).toBe('Ordfører\nOppegård kommune');
  });

  it('drops emphasis, comments and escapes, decodes entities, and leaves the words alone', () => {
    expect(inlinePlainText('**Forebygge vold i nære relasjoner**')).toBe('Forebygge vold i nære relasjoner');
    expect(inlinePlainText('Hva er \\{x\\} &lt;b&gt; {/* note */}')).toBe('Hva er {x} <b>');
    expect(inlinePlainText('signert --.--.2019 "tjenestevei" , m.m.')).toBe('signert --.--.2019 "tjenestevei" , m.m.');
    expect(inlinePlainText('snake_case_navn og 2 * 3')).toBe('snake_case_navn og 2 * 3');
    // As the page renders it: `*3*` is emphasis in Markdown (the old regex reader kept the stars).
    expect(inlinePlainText('2*3*4')).toBe('234');
  });

  it('splits a body without headings into a preamble only', () => {
    expect(splitSections('Bare tekst.\n\nTo avsnitt.')).toEqual([
      {
        part: 'preamble',
        blocks: [
          { kind: 'paragraph', text: 'Bare tekst.', depth: 0 },
          { kind: 'paragraph', text: 'To avsnitt.', depth: 0 },
        ],
        text: 'Bare tekst.\nTo avsnitt.',
      },
    ]);
  });
});
