/**
 * The importer on what a Word file shows that its paragraphs' text does not
 * hold (each made here with the `docx` library, as Word writes it): tab
 * stops between a label and its value, footnotes, heading styles, and the
 * numbers of numbered lists and headings, which Word computes from its
 * numbering. Each case is one the audit of the importer found.
 */
import * as docx from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { importAgreement, importText } from '../../src/lib/import/index.ts';
import { registerFiles } from './helpers.ts';

const register = checkRegister(registerFiles());
const { Document, Paragraph, TextRun, HeadingLevel, Packer } = docx;
type Child = InstanceType<typeof Paragraph> | InstanceType<typeof docx.Table>;

const P = (text: string) => new Paragraph({ children: [new TextRun(text)] });
const H = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });

/**
 * An agreement of Moss with three of the template's sections, each heading made by `heading` (in the style
 * "Heading 1"), `middle` in its council section, and a signature block.
 */
function agreement(middle: Child[], heading: (title: string, n: number) => Child = H): Child[] {
  return [
    P('Samarbeidsavtale mellom Moss kommune og Øst politidistrikt'),
    P('Moss, 30/4 - 2020'),
    heading('Formål', 1),
    P('Avtalen skal styrke samarbeidet mellom kommunen og politiet om kriminalitetsforebygging.'),
    heading('Politiråd', 2),
    P('Politirådet ledes av ordføreren. Det avholdes 4 møter pr. år.'),
    ...middle,
    heading('Evaluering', 3),
    P('Avtalen revideres årlig.'),
    P('Ordfører'),
    P('Moss kommune'),
    P('Politistasjonssjef'),
    P('Øst politidistrikt'),
  ];
}

/** The `numbering` option of a document with one list definition: "1.", then a level below it in `format`, written as `text`. */
function twoLevels(reference: string, format: (typeof docx.LevelFormat)[keyof typeof docx.LevelFormat], text: string) {
  const level = (n: number, f: typeof format, t: string) => ({ level: n, format: f, text: t, alignment: docx.AlignmentType.START });
  return { config: [{ reference, levels: [level(0, docx.LevelFormat.DECIMAL, '%1.'), level(1, format, text)] }] };
}

async function imported(children: Child[], options: Partial<ConstructorParameters<typeof Document>[0]> = {}) {
  const bytes = await Packer.toBuffer(new Document({ ...options, sections: [{ children }] }));
  const { drafts, source } = await importAgreement('moss.docx', bytes, register);
  expect(drafts).toHaveLength(1);
  return { draft: drafts[0]!, text: new TextDecoder().decode(source.bytes) };
}

describe('a tab between a label and its value (a two-column line)', () => {
  it('keeps the tab and makes the lines a table with row headers, as a text file with the same lines', async () => {
    const rows = [
      new Paragraph({ children: [new TextRun('Leiing:'), new TextRun('\tKommunen/Politiet')] }),
      new Paragraph({ children: [new TextRun('Sekretariat:'), new TextRun('\tMoss kommune')] }),
    ];
    const { draft, text } = await imported(agreement(rows));
    expect(text).toContain('Leiing:\tKommunen/Politiet\nSekretariat:\tMoss kommune\n');
    const table =
      '<table><tbody><tr><th scope="row">Leiing:</th><td>Kommunen/Politiet</td></tr><tr><th scope="row">Sekretariat:</th><td>Moss kommune</td></tr></tbody></table>';
    expect(draft.body).toContain(`\n\n${table}\n\n`);
    expect(draft.body).not.toMatch(/^### (?:Leiing|Sekretariat)/m);
    // The text-file path does the same with the same lines.
    const [fromText] = importText(text, 'moss.txt', register).drafts;
    expect(fromText?.body).toBe(draft.body);
  });
});

describe('a footnote', () => {
  const withNote = (middle: Child[]) =>
    imported(agreement(middle), { footnotes: { 1: { children: [P('Jf. veileder fra Politidirektoratet.')] }, 2: { children: [P('Se vedlegg 2.')] } } });

  it('is written as Word prints it: a superscript mark in the text, the note after its paragraph, and the signature block is still one', async () => {
    const { draft, text } = await withNote([
      new Paragraph({ children: [new TextRun('Tiltakene følger av handlingsplanen.'), new docx.FootnoteReferenceRun(1)] }),
      P('Rådet møtes i rådhuset.'),
    ]);
    // Not mammoth's "[1]" link and "↑" back-link, which the document does not show.
    expect(text).not.toMatch(/\[1\]|↑/);
    expect(text).toContain('Tiltakene følger av handlingsplanen.¹\n\n¹ Jf. veileder fra Politidirektoratet.\n\nRådet møtes i rådhuset.');
    expect(draft.body).toContain('Tiltakene følger av handlingsplanen.¹\n\n¹ Jf. veileder fra Politidirektoratet.\n\nRådet møtes i rådhuset.\n\n## Evaluering');
    expect(draft.body).toMatch(/<Signatures>\n\nOrdfører\n\nMoss kommune\n\nPolitistasjonssjef\n\nØst politidistrikt\n\n<\/Signatures>\n$/);
    expect(draft.body).not.toMatch(/^### /m);
    expect(draft.mdx).toMatch(/# - the Word file has a footnote, written as Word prints it .*: ¹ after "Tiltakene følger av handlingsplanen\."\./);
  });

  it('in a heading comes after it, and the heading keeps its section key', async () => {
    const { draft } = await imported(
      agreement([], (title, n) => new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(title), ...(n === 2 ? [new docx.FootnoteReferenceRun(1)] : [])] })),
      { footnotes: { 1: { children: [P('Etter mal fra Politidirektoratet.')] } } },
    );
    expect(draft.structure.sections.map((s) => [s.heading, s.key])).toEqual([
      ['Formål', 'formal'],
      ['Politiråd¹', 'politirad'],
      ['Evaluering', 'evaluering'],
    ]);
    expect(draft.body).toContain('## Politiråd¹ {/* section: politirad */}\n\n¹ Etter mal fra Politidirektoratet.\n\nPolitirådet ledes');
    expect(draft.mdx).toMatch(/: ¹ after "Politiråd"\./);
  });

  it('in a list item or a table cell comes after the list or the table; two are numbered in order', async () => {
    const { draft } = await withNote([
      new Paragraph({ text: 'Rus og barn og unge', bullet: { level: 0 } }),
      new Paragraph({ children: [new TextRun('Vold i nære relasjoner'), new docx.FootnoteReferenceRun(2)], bullet: { level: 0 } }),
      new docx.Table({
        rows: [
          new docx.TableRow({ children: [new docx.TableCell({ children: [P('Møter per år')] }), new docx.TableCell({ children: [new Paragraph({ children: [new TextRun('4'), new docx.FootnoteReferenceRun(1)] })] })] }),
          new docx.TableRow({ children: [new docx.TableCell({ children: [P('Referent')] }), new docx.TableCell({ children: [P('SLT-koordinator')] })] }),
        ],
      }),
    ]);
    expect(draft.body).toContain('- Rus og barn og unge\n- Vold i nære relasjoner¹\n\n¹ Se vedlegg 2.\n\n<table>');
    expect(draft.body).toContain('<td>4²</td></tr><tr><th scope="row">Referent</th><td>SLT-koordinator</td></tr></tbody></table>\n\n² Jf. veileder fra Politidirektoratet.\n\n## Evaluering');
    expect(draft.mdx).toMatch(/# - the Word file has 2 footnotes, written as Word prints them .*: ¹ after "Vold i nære relasjoner"; ² after "4"\./);
  });
});

describe('an endnote', () => {
  it('is written as a footnote is, numbered apart from the footnotes, marked i, ii as Word marks endnotes when the file names no format', async () => {
    const { draft } = await imported(
      agreement([
        new Paragraph({ children: [new TextRun('Tiltakene følger av handlingsplanen.'), new docx.FootnoteReferenceRun(1)] }),
        new Paragraph({ children: [new TextRun('Rådet møtes i rådhuset.'), new docx.EndnoteReferenceRun(1)] }),
        new Paragraph({ children: [new TextRun('Referatet sendes partene.'), new docx.EndnoteReferenceRun(2)] }),
      ]),
      { footnotes: { 1: { children: [P('Jf. veileder.')] } }, endnotes: { 1: { children: [P('Vedtatt i bystyret.')] }, 2: { children: [P('Innen to uker.')] } } },
    );
    expect(draft.body).toContain('Tiltakene følger av handlingsplanen.¹\n\n¹ Jf. veileder.\n\nRådet møtes i rådhuset.ⁱ\n\nⁱ Vedtatt i bystyret.\n\nReferatet sendes partene.ⁱⁱ\n\nⁱⁱ Innen to uker.\n\n## Evaluering');
    expect(draft.body).toMatch(/<Signatures>\n\nOrdfører\n\nMoss kommune\n\nPolitistasjonssjef\n\nØst politidistrikt\n\n<\/Signatures>\n$/);
    expect(draft.mdx).toMatch(/# - the Word file has 2 endnotes .*i, ii, … where it names no format, as Word does\): ⁱ after "Rådet møtes i rådhuset\."; ⁱⁱ after "Referatet sendes partene\."\./);
  });
});

/** A Word file of the agreement with `middle` in its council section, each of its XML parts named in `edits` changed (what the `docx` library does not write). */
async function importedEdited(middle: Child[], options: Partial<ConstructorParameters<typeof Document>[0]>, edits: Record<string, (xml: string) => string>) {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(new Document({ ...options, sections: [{ children: agreement(middle) }] })));
  for (const [part, edit] of Object.entries(edits)) {
    const xml = await zip.file(part)!.async('string');
    expect(edit(xml), part).not.toBe(xml);
    zip.file(part, edit(xml));
  }
  const { drafts } = await importAgreement('moss.docx', await zip.generateAsync({ type: 'uint8array' }), register);
  return drafts[0]!;
}

describe('note marks as the Word file sets them', () => {
  const endnotes = { endnotes: { 1: { children: [P('Vedtatt i bystyret.')] }, 2: { children: [P('Innen to uker.')] } } };
  const twoEndnotes = [
    new Paragraph({ children: [new TextRun('Rådet møtes i rådhuset.'), new docx.EndnoteReferenceRun(1)] }),
    new Paragraph({ children: [new TextRun('Referatet sendes partene.'), new docx.EndnoteReferenceRun(2)] }),
  ];
  const settings = (pr: string) => (xml: string) => xml.replace('</w:settings>', `${pr}</w:settings>`);

  it('endnotes in the document\'s format and from its start (settings.xml: decimal; i from 4)', async () => {
    const decimal = await importedEdited(twoEndnotes, endnotes, { 'word/settings.xml': settings('<w:endnotePr><w:numFmt w:val="decimal"/></w:endnotePr>') });
    expect(decimal.body).toContain('Rådet møtes i rådhuset.¹\n\n¹ Vedtatt i bystyret.\n\nReferatet sendes partene.²\n\n² Innen to uker.');
    const fromFour = await importedEdited(twoEndnotes, endnotes, { 'word/settings.xml': settings('<w:endnotePr><w:numFmt w:val="lowerRoman"/><w:numStart w:val="4"/></w:endnotePr>') });
    expect(fromFour.body).toContain('Rådet møtes i rådhuset.ⁱᵛ\n\nⁱᵛ Vedtatt i bystyret.\n\nReferatet sendes partene.ᵛ\n\nᵛ Innen to uker.');
  });

  it('endnotes in their section\'s format, over the document\'s (w:sectPr: lowerRoman, settings.xml: decimal)', async () => {
    const draft = await importedEdited(twoEndnotes, endnotes, {
      'word/settings.xml': settings('<w:endnotePr><w:numFmt w:val="decimal"/></w:endnotePr>'),
      'word/document.xml': (xml) => xml.replace('<w:sectPr>', '<w:sectPr><w:endnotePr><w:numFmt w:val="lowerRoman"/></w:endnotePr>'),
    });
    expect(draft.body).toContain('Rådet møtes i rådhuset.ⁱ\n\nⁱ Vedtatt i bystyret.\n\nReferatet sendes partene.ⁱⁱ\n\nⁱⁱ Innen to uker.');
  });

  it('endnotes numbered anew in each section (w:numRestart eachSect), the footnotes on through the document', async () => {
    const note = (text: string, n: number, kind: 'foot' | 'end') =>
      new Paragraph({ children: [new TextRun(text), kind === 'foot' ? new docx.FootnoteReferenceRun(n) : new docx.EndnoteReferenceRun(n)] });
    const [first, second] = [agreement([note('Rådet møtes i rådhuset.', 1, 'end'), note('Tiltakene følger av planen.', 1, 'foot')]), [note('Referatet sendes partene.', 2, 'end'), note('Se vedlegg.', 2, 'foot')]];
    const zip = await JSZip.loadAsync(
      await Packer.toBuffer(
        new Document({
          footnotes: { 1: { children: [P('Jf. veileder.')] }, 2: { children: [P('Vedlegg 2.')] } },
          endnotes: { 1: { children: [P('Vedtatt i bystyret.')] }, 2: { children: [P('Innen to uker.')] } },
          sections: [{ children: first.slice(0, -4) }, { children: [...second, ...first.slice(-4)] }],
        }),
      ),
    );
    const xml = await zip.file('word/settings.xml')!.async('string');
    zip.file('word/settings.xml', xml.replace('</w:settings>', '<w:endnotePr><w:numRestart w:val="eachSect"/></w:endnotePr></w:settings>'));
    const { drafts } = await importAgreement('moss.docx', await zip.generateAsync({ type: 'uint8array' }), register);
    expect(drafts[0]?.body).toContain('Rådet møtes i rådhuset.ⁱ\n\nⁱ Vedtatt i bystyret.\n\nTiltakene følger av planen.¹\n\n¹ Jf. veileder.');
    expect(drafts[0]?.body).toContain('Referatet sendes partene.ⁱ\n\nⁱ Innen to uker.\n\nSe vedlegg.²\n\n² Vedlegg 2.');
  });

  it('a footnote with its own mark (w:customMarkFollows, "*" typed after it): the mark the document types, once, and it takes no number', async () => {
    const draft = await importedEdited(
      [
        new Paragraph({ children: [new TextRun('Tiltakene følger av handlingsplanen.'), new docx.FootnoteReferenceRun(1)] }),
        new Paragraph({ children: [new TextRun('Rådet møtes i rådhuset.'), new docx.FootnoteReferenceRun(2)] }),
        new Paragraph({ children: [new TextRun('Referatet sendes partene.'), new docx.FootnoteReferenceRun(3)] }),
      ],
      { footnotes: { 1: { children: [P('Jf. veileder.')] }, 2: { children: [P('Vedtatt i bystyret.')] }, 3: { children: [P('Innen to uker.')] } } },
      {
        // As Word writes a note with its own mark: the mark typed after the reference, in its run, and in the note instead of its number.
        'word/document.xml': (xml) => xml.replace('<w:footnoteReference w:id="2"/>', '<w:footnoteReference w:customMarkFollows="1" w:id="2"/><w:t>*</w:t>'),
        'word/footnotes.xml': (xml) => xml.replace(/(<w:footnote w:id="2">(?:(?!<\/w:footnote>).)*?)<w:footnoteRef\/>/, '$1<w:t>*</w:t>'),
      },
    );
    expect(draft.body).toContain('Tiltakene følger av handlingsplanen.¹\n\n¹ Jf. veileder.\n\nRådet møtes i rådhuset.*\n\n\\* Vedtatt i bystyret.\n\nReferatet sendes partene.²\n\n² Innen to uker.');
    expect(draft.mdx).toMatch(/: ¹ after "Tiltakene følger av handlingsplanen\."; \* \(its own mark, typed in the document\) after "Rådet møtes i rådhuset\."; ² after "Referatet sendes partene\."\./);
  });

  it('a note\'s own mark written as a character reference is read as its text; a CDATA section (which mammoth skips) never shows as markup', async () => {
    for (const typed of ['&#42;', '<![CDATA[*]]>']) {
      const draft = await importedEdited(
        [new Paragraph({ children: [new TextRun('Rådet møtes i rådhuset.'), new docx.FootnoteReferenceRun(1)] })],
        { footnotes: { 1: { children: [P('Vedtatt i bystyret.')] } } },
        {
          'word/document.xml': (xml) => xml.replace('<w:footnoteReference w:id="1"/>', `<w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>${typed}</w:t>`),
          'word/footnotes.xml': (xml) => xml.replace(/(<w:footnote w:id="1">(?:(?!<\/w:footnote>).)*?)<w:footnoteRef\/>/, '$1<w:t>*</w:t>'),
        },
      );
      expect(draft.body, typed).not.toMatch(/CDATA|&lt;|&#42;/);
      if (typed === '&#42;') expect(draft.body).toContain('Rådet møtes i rådhuset.*\n\n\\* Vedtatt i bystyret.\n\n## Evaluering');
    }
  });
});

describe('a Word file with heading styles', () => {
  it('has only its styled headings as headings: a body line that starts like a template title stays a paragraph', async () => {
    const { draft } = await imported(
      agreement([
        P('SLT koordineres av kommunen'),
        P('Politikontakten er fast deltaker'),
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Møteplan')] }),
        P('Rådet møtes i rådhuset.'),
      ]),
    );
    expect(draft.structure.sections.map((s) => [s.heading, s.key])).toEqual([
      ['Formål', 'formal'],
      ['Politiråd', 'politirad'],
      ['Evaluering', 'evaluering'],
    ]);
    // A heading of the level below is a sub-heading; the lines are paragraphs.
    expect(draft.body).toContain('Politirådet ledes av ordføreren. Det avholdes 4 møter pr. år.\n\nSLT koordineres av kommunen\n\nPolitikontakten er fast deltaker\n\n### Møteplan\n\nRådet møtes i rådhuset.\n\n## Evaluering');
  });

  it('with no more than one styled heading is read by the text rules', async () => {
    const { draft } = await imported([
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Samarbeidsavtale mellom Moss kommune og Øst politidistrikt')] }),
      P('1. Formål'),
      P('Avtalen skal styrke samarbeidet.'),
      P('2. Politiråd'),
      P('Politirådet ledes av ordføreren.'),
      P('3. Evaluering'),
      P('Avtalen revideres årlig.'),
    ]);
    expect(draft.structure.sections.map((s) => s.key)).toEqual(['formal', 'politirad', 'evaluering']);
  });
});

describe('a numbered list that a paragraph interrupts', () => {
  const numbering = twoLevels('items', docx.LevelFormat.LOWER_LETTER, '%2)');
  const N = (text: string, level = 0, instance?: number) => new Paragraph({ text, numbering: { reference: 'items', level, ...(instance ? { instance } : {}) } });

  it('goes on counting as Word does (the same list, no restart), and a new instance of it starts again', async () => {
    const { draft, text } = await imported(
      agreement([
        P('Faste medlemmer:'),
        N('Ordfører'),
        N('Rådmann'),
        N('Politistasjonssjef'),
        P('I tillegg kan disse delta:'),
        N('SLT-koordinator'),
        N('Politikontakt'),
        N('Etter behov', 1),
        N('Andre', 1),
        P('Sakene meldes til:'),
        N('Kommunen', 0, 2),
        N('Politiet', 0, 2),
      ]),
      { numbering },
    );
    expect(text).toContain('1. Ordfører\n2. Rådmann\n3. Politistasjonssjef\n\nI tillegg kan disse delta:\n\n4. SLT-koordinator\n5. Politikontakt\n  a) Etter behov\n  b) Andre\n\nSakene meldes til:\n\n1. Kommunen\n2. Politiet\n');
    expect(draft.body).toContain('I tillegg kan disse delta:\n\n4. SLT-koordinator\n5. Politikontakt');
    expect(draft.body).toContain('Sakene meldes til:\n\n1. Kommunen\n2. Politiet');
    expect(draft.mdx).toMatch(/# - numbered lists: 2 items numbered as Word shows them, going on from the list before the paragraph that interrupted it/);
  });

  it('keeps the format and the start Word gives it: "(iii)", "(iv)"', async () => {
    const roman = { config: [{ reference: 'roman', levels: [{ level: 0, format: docx.LevelFormat.LOWER_ROMAN, text: '(%1)', start: 3, alignment: docx.AlignmentType.START }] }] };
    const R = (text: string) => new Paragraph({ text, numbering: { reference: 'roman', level: 0 } });
    const { draft } = await imported(agreement([P('Tiltak:'), R('Trygghetsvandring'), R('Skolebesøk')]), { numbering: roman });
    expect(draft.body).toContain('Tiltak:\n\n(iii) Trygghetsvandring<br />\n(iv) Skolebesøk\n\n## Evaluering');
  });

  it('writes a number whose format holds the characters XML escapes (<, >, &, ") as Word shows it', async () => {
    const marked = { config: [{ reference: 'marked', levels: [{ level: 0, format: docx.LevelFormat.DECIMAL, text: '<%1> & "%1"', alignment: docx.AlignmentType.START }] }] };
    const M = (text: string) => new Paragraph({ text, numbering: { reference: 'marked', level: 0 } });
    const { text } = await imported(agreement([P('Tiltak:'), M('Trygghetsvandring'), M('Skolebesøk')]), { numbering: marked });
    expect(text).toContain('Tiltak:\n\n<1> & "1" Trygghetsvandring\n<2> & "2" Skolebesøk\n');
  });

  it('is read from a numbering file that holds a character reference beyond Unicode (which mammoth reads too)', async () => {
    const bytes = await Packer.toBuffer(new Document({ numbering, sections: [{ children: agreement([P('Medlemmer:'), N('Ordfører'), P('Og:'), N('Rådmann')]) }] }));
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/numbering.xml')!.async('string');
    zip.file('word/numbering.xml', xml.replace('w:val="%2)"', 'w:val="%2)&#x110000;"'));
    const { drafts } = await importAgreement('moss.docx', await zip.generateAsync({ type: 'uint8array' }), register);
    expect(drafts[0]?.body).toContain('Og:\n\n2. Rådmann');
    expect(drafts[0]?.mdx).not.toContain('could not be read');
  });

  // The same namespace bound to another prefix, or elements in the default namespace, is the same XML (mammoth reads
  // the text either way): the numbers are the same as with Word's "w:".
  it.each([
    ['under the prefix "ww:"', (xml: string) => xml.replace(/xmlns:w=/g, 'xmlns:ww=').replace(/(<\/?)w:/g, '$1ww:').replace(/(\s)w:(\w+=)/g, '$1ww:$2')],
    ['with its elements in the default namespace', (xml: string) => xml.replace(/xmlns:w=("[^"]*")/, 'xmlns=$1 xmlns:w=$1').replace(/(<\/?)w:/g, '$1')],
  ])('is numbered as Word shows it with the WordprocessingML namespace %s', async (_, rename) => {
    const children = agreement([P('Faste medlemmer:'), N('Ordfører'), N('Rådmann'), P('I tillegg:'), N('SLT-koordinator'), N('Etter behov', 1), N('Andre', 1)]);
    const bytes = await Packer.toBuffer(new Document({ numbering, sections: [{ children }] }));
    const zip = await JSZip.loadAsync(bytes);
    for (const part of ['word/document.xml', 'word/numbering.xml', 'word/styles.xml']) {
      const xml = await zip.file(part)!.async('string');
      expect(rename(xml)).not.toBe(xml);
      zip.file(part, rename(xml));
    }
    const renamed = await importAgreement('moss.docx', await zip.generateAsync({ type: 'uint8array' }), register);
    const { drafts } = await importAgreement('moss.docx', bytes, register);
    expect(drafts[0]?.body).toContain('I tillegg:\n\n3. SLT-koordinator');
    expect(renamed.drafts[0]?.body).toBe(drafts[0]?.body);
    expect(new TextDecoder().decode(renamed.source.bytes)).toBe(new TextDecoder().decode((await importAgreement('moss.docx', bytes, register)).source.bytes));
    expect(renamed.drafts[0]?.mdx).toContain('numbered lists: 1 item numbered as Word shows it');
  });

  it('in a file without numbering is read as before', async () => {
    const { draft } = await imported(agreement([P('Faste medlemmer:'), new Paragraph({ text: 'Ordfører', bullet: { level: 0 } })]));
    expect(draft.body).toContain('Faste medlemmer:\n\n- Ordfører');
    expect(draft.mdx).not.toContain('numbered lists:');
  });
});

// Empty paragraphs are kept for the signature block (they group its lines), but Word shows a list the empty
// paragraphs between its items space out as one list: mammoth, given them, closes the list at each and nests its
// next level wrongly.
describe('empty paragraphs between a list\'s items (spacing)', () => {
  const numbering = twoLevels('items', docx.LevelFormat.LOWER_LETTER, '%2)');
  const N = (text: string, level = 0) => new Paragraph({ text, numbering: { reference: 'items', level } });
  const B = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
  const lists = (gap: () => Child[]) => [
    P('Partene skal samarbeide om følgende:'),
    N('Rus og psykisk helse'), ...gap(), N('Vold i nære relasjoner'), ...gap(), N('Radikalisering', 1), ...gap(), N('Ungdomskriminalitet', 1), ...gap(), N('Trygghet i sentrum'),
    P('Politirådet består av:'),
    B('Ordfører'), ...gap(), B('Rådmann'), ...gap(), B('Politistasjonssjef'),
  ];

  it('leave the lists, the source text and the draft as the same file without them', async () => {
    const spaced = await imported(agreement(lists(() => [P(''), new Paragraph({ children: [new TextRun(' ')] })])), { numbering });
    const tight = await imported(agreement(lists(() => [])), { numbering });
    expect(tight.text).toContain('1. Rus og psykisk helse\n2. Vold i nære relasjoner\n  a) Radikalisering\n  b) Ungdomskriminalitet\n3. Trygghet i sentrum\n');
    expect(tight.text).toContain('- Ordfører\n- Rådmann\n- Politistasjonssjef\n');
    expect(spaced.text).toBe(tight.text);
    expect(spaced.draft.mdx).toBe(tight.draft.mdx);
  });
});

describe('headings Word numbers itself', () => {
  const heads = twoLevels('heads', docx.LevelFormat.DECIMAL, '%1.%2');
  const sections = (draft: { structure: { sections: Array<{ heading: string; key?: string }> } }) => draft.structure.sections.map((s) => [s.heading, s.key ?? null]);
  /** A heading numbered by Word's numbering (the paragraph's w:numPr), its text the title alone. */
  const autoNumbered = (title: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, numbering: { reference: 'heads', level: 0 }, children: [new TextRun(title)] });

  it('keep the number Word shows ("1. Formål"), as a document that types it, and the review says so', async () => {
    const middle = [P('Faste medlemmer er ordfører og politistasjonssjef.')];
    const { draft, text } = await imported(agreement(middle, autoNumbered), { numbering: heads });
    expect(sections(draft)).toEqual([
      ['1. Formål', 'formal'],
      ['2. Politiråd', 'politirad'],
      ['3. Evaluering', 'evaluering'],
    ]);
    expect(text).toContain('\n1. Formål\n');
    expect(draft.body).toContain('## 1. Formål {/* section: formal */}');
    expect(draft.mdx).toMatch(/# - Word numbers 3 headings itself \(its numbering, not their text\): written with the number Word shows, "1\. Formål" … "3\. Evaluering": check them against the document\./);
    // The same document with the numbers typed gives the same text.
    const typed = await imported(agreement(middle, (title, n) => H(`${n}. ${title}`)));
    expect(typed.draft.body).toBe(draft.body);
  });

  it('through the heading style (Word\'s multilevel list linked to "Heading 1" and "Heading 2"): "2.1 Møteplan" under "2. Politiråd"', async () => {
    const styles = {
      paragraphStyles: [
        { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', paragraph: { numbering: { reference: 'heads', level: 0 } } },
        { id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', paragraph: { numbering: { reference: 'heads', level: 1 } } },
      ],
    };
    const { draft } = await imported(
      agreement([new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Møteplan')] }), P('Rådet møtes fire ganger i året.')]),
      { numbering: heads, styles },
    );
    expect(sections(draft)).toEqual([
      ['1. Formål', 'formal'],
      ['2. Politiråd', 'politirad'],
      ['3. Evaluering', 'evaluering'],
    ]);
    expect(draft.body).toContain('### 2.1 Møteplan\n\nRådet møtes fire ganger i året.\n\n## 3. Evaluering');
  });
});

// The register writes a signature block with each signatory a paragraph, its lines (name, title, place and date)
// broken with <br /> (CONTRIBUTING). A Word file sets those lines as paragraphs of their own, or in a table's columns.
describe('a signature block whose lines are paragraphs of their own', () => {
  const body = agreement([]).slice(0, -4);
  const C = (...lines: string[]) => new docx.TableCell({ children: lines.map(P) });
  const signatoriesOf = (draft: { mdx: string }) => /\nsignatories:\n((?: {2}.*\n)+)/.exec(draft.mdx)?.[1];
  const expected = '  - party: kommune\n    role: Ordfører, Moss kommune\n    name: Hanne Tollerud\n  - party: politi\n    role: Politistasjonssjef, Øst politidistrikt\n    name: Henning Dalbye\n';

  it('is one paragraph per signatory where empty paragraphs group the lines, and the signatories are read from it', async () => {
    const { draft, text } = await imported([
      ...body,
      P('Moss, 30.4.2020'),
      P(''),
      ...['Hanne Tollerud', 'Ordfører', 'Moss kommune'].map(P),
      P(''),
      ...['Henning Dalbye', 'Politistasjonssjef', 'Øst politidistrikt'].map(P),
    ]);
    expect(text).toContain('Moss, 30.4.2020\n\nHanne Tollerud\nOrdfører\nMoss kommune\n\nHenning Dalbye\nPolitistasjonssjef\nØst politidistrikt\n');
    expect(draft.body).toMatch(/<Signatures>\n\nMoss, 30\.4\.2020\n\nHanne Tollerud<br \/>\nOrdfører<br \/>\nMoss kommune\n\nHenning Dalbye<br \/>\nPolitistasjonssjef<br \/>\nØst politidistrikt\n\n<\/Signatures>\n$/);
    expect(signatoriesOf(draft)).toBe(expected);
    expect(draft.mdx).toMatch(/# - the Word file's signature block \("Moss, 30\.4\.2020" … "Øst politidistrikt", a paragraph a line\) is written as 3 paragraphs, each the lines between two empty paragraphs/);
  });

  it('headed «For Moss kommune» (the party first, then the name and title) gives the name as a name, not as part of the role', async () => {
    const { draft } = await imported([
      ...body,
      P('Moss, 30.4.2020'),
      P(''),
      ...['For Moss kommune', 'Hanne Tollerud', 'Ordfører'].map(P),
      P(''),
      ...['For Øst politidistrikt', 'Henning Dalbye', 'Politistasjonssjef'].map(P),
    ]);
    expect(draft.body).toMatch(/<Signatures>\n\nMoss, 30\.4\.2020\n\nFor Moss kommune<br \/>\nHanne Tollerud<br \/>\nOrdfører\n\nFor Øst politidistrikt<br \/>\nHenning Dalbye<br \/>\nPolitistasjonssjef\n\n<\/Signatures>\n$/);
    expect(signatoriesOf(draft)).toBe(expected);
  });

  it('in a table of two columns (a row each for place and date, name, title, party; or the lines in one cell) is a signatory per column', async () => {
    const rows = [
      ['Moss, 30.4.2020', 'Moss, 30.4.2020'],
      ['Hanne Tollerud', 'Henning Dalbye'],
      ['Ordfører', 'Politistasjonssjef'],
      ['Moss kommune', 'Øst politidistrikt'],
    ];
    const byRows = (await imported([...body, new docx.Table({ rows: rows.map((r) => new docx.TableRow({ children: r.map((c) => C(c)) })) })])).draft;
    expect(byRows.body).toMatch(/<Signatures>\n\nMoss, 30\.4\.2020<br \/>\nHanne Tollerud<br \/>\nOrdfører<br \/>\nMoss kommune\n\nMoss, 30\.4\.2020<br \/>\nHenning Dalbye<br \/>\nPolitistasjonssjef<br \/>\nØst politidistrikt\n\n<\/Signatures>\n$/);
    expect(byRows.body).not.toContain('<table>');
    expect(signatoriesOf(byRows)).toBe(expected);
    expect(byRows.mdx).toMatch(/# - the Word file's signature block is a table of 2 columns: written as the register writes signatures, each column one signatory/);
    // The signing date as written is the place and date line, not the signatory's lines with it.
    expect(byRows.mdx).toMatch(/\nsigned:\n {2}date: "2020-04-30"\n {2}asWritten: Moss, 30\.4\.2020\n/);
    const inCells = (await imported([...body, new docx.Table({ rows: [new docx.TableRow({ children: [C('Hanne Tollerud', 'Ordfører', 'Moss kommune'), C('Henning Dalbye', 'Politistasjonssjef', 'Øst politidistrikt')] })] })])).draft;
    expect(inCells.body).toMatch(/<Signatures>\n\nHanne Tollerud<br \/>\nOrdfører<br \/>\nMoss kommune\n\nHenning Dalbye<br \/>\nPolitistasjonssjef<br \/>\nØst politidistrikt\n\n<\/Signatures>\n$/);
    expect(signatoriesOf(inCells)).toBe(expected);
  });

  it('with no empty paragraph to group its lines stays a paragraph a line, and the review says what to do', async () => {
    const { draft } = await imported(agreement([]));
    expect(draft.body).toMatch(/<Signatures>\n\nOrdfører\n\nMoss kommune\n\nPolitistasjonssjef\n\nØst politidistrikt\n\n<\/Signatures>\n$/);
    expect(draft.mdx).toMatch(
      /# - the Word file's last 4 paragraphs are short lines \("Ordfører" … "Øst politidistrikt"\), each written as a paragraph, and no empty paragraph groups them: if they are the signature block, put each signatory's lines .* in one paragraph, lines broken with <br \/>/,
    );
  });

  it('a table in the text that names no signatory\'s role stays a table', async () => {
    const table = new docx.Table({ rows: [new docx.TableRow({ children: [C('Møter per år'), C('4')] }), new docx.TableRow({ children: [C('Referent'), C('Kommunen')] })] });
    const { draft } = await imported([...agreement([]).slice(0, -4), table]);
    expect(draft.body).toContain('<table><tbody><tr><th scope="row">Møter per år</th><td>4</td></tr>');
  });

  it('a meeting plan at the end whose one column names a council («Politiråd») stays a table: a signatory\'s column names its role', async () => {
    const table = new docx.Table({ rows: [['Møte', 'Tidspunkt'], ['Politiråd', 'Mars og oktober'], ['SLT-styringsgruppe', 'Juni']].map((r) => new docx.TableRow({ children: r.map((c) => C(c)) })) });
    const { draft } = await imported([...agreement([]).slice(0, -4), table]);
    expect(draft.body).toMatch(/<table><tbody><tr><th scope="row">Møte<\/th><td>Tidspunkt<\/td><\/tr>.*<\/table>\n$/);
    expect(draft.body).not.toContain('<Signatures>');
  });
});
