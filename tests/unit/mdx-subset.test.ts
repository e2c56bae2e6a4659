/** The safe MDX subset: what an agreement may contain, and the place and fix for everything else. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AGREEMENT_COMPONENTS, checkMdxSubset, urlScheme } from '../../src/lib/content/mdx-subset.ts';

const messages = (body: string) => checkMdxSubset(body).map((f) => `${f.line}:${f.column}: ${f.message}`);

describe('checkMdxSubset accepts the register\'s Markdown', () => {
  it.each([
    ['headings with section markers', '## 4. Politiråd {/* section: politirad */}\n\nTekst.\n'],
    ['a comment of its own', '{/* numbering as in the document */}\n'],
    ['escaped braces and angle brackets', 'Kostnaden er \\{100 kr\\}, færre enn &lt;5, a \\< b, 3 > 2.\n'],
    ['a line break', 'Linje<br />linje\n'],
    ['GFM tables, strikethrough and autolinks', '| a | b |\n| --- | --- |\n| 1 | 2 |\n\n~~gammel~~ https://politiet.no\n'],
    ['links to https, mailto, relative and in-page', '[a](https://x.no) [b](mailto:a@b.no) [c](../moss-2020/) [d](#slt)\n'],
    ['the importer\'s row-header table', '<table><tbody><tr><th scope="row">Leiing:</th><td>Kommunen</td></tr></tbody></table>\n'],
    ['the signature block', '<Signatures>\n\nMoss, 30/4 - 2020\n\n</Signatures>\n'],
  ])('%s', (_name, body) => {
    expect(messages(body)).toEqual([]);
  });
});

describe('checkMdxSubset refuses code, raw HTML and unsafe addresses, with the place and the fix', () => {
  it('import/export and expressions: code the build would run', () => {
    const found = messages('import fs from "node:fs"\n\nTekst {fs.readFileSync("/etc/hostname", "utf8")} og {process.env.HOME}.\n');
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^1:1: import and export are code, which an agreement may not contain .*: remove the line/);
    expect(found[1]).toMatch(/^3:7: "\{fs\.readFileSync\("\/etc\/hostname", "utf8"\)\}" is code.*escape it as "\\\{"/);
    expect(found[2]).toMatch(/^3:53: "\{process\.env\.HOME\}" is code/);
    expect(messages('export const x = 1\n')[0]).toMatch(/^1:1: import and export are code/);
    expect(messages('a {} b\n')[0]).toMatch(/^1:3: "\{\}" is code/);
    // Code over several lines is shown on the problem's one line.
    expect(messages('Tekst {a\n+ b} her.\n')[0]).toMatch(/^1:7: "\{a \+ b\}" is code, [^\n]*$/);
  });

  it('raw HTML elements and event handlers', () => {
    for (const [body, name] of [
      ['<script>alert(1)</script>\n', 'script'],
      ['<iframe src="https://x.no"></iframe>\n', 'iframe'],
      ['<meta http-equiv="refresh" content="1;url=https://x.no" />\n', 'meta'],
      ['<style>{"main { display: none }"}</style>\n', 'style'],
      ['Tekst <img src="x" onerror="alert(1)" />\n', 'img'],
    ]) {
      expect(messages(body as string)[0]).toMatch(new RegExp(`raw HTML <${name}> is not allowed in an agreement \\(only <br />, <table>.*\\): remove the tag`));
    }
    expect(messages('a<br onerror="alert(1)" />b\n')).toEqual(['1:2: <br> may not have an event handler ("onerror"): that is code; remove the attribute']);
    expect(messages('<table><tbody><tr><th scope="x">a</th></tr></tbody></table>\n')).toEqual(['1:19: <th scope="x"> is not allowed: write scope="row" or scope="col"']);
    // An attribute without a value, or broken across lines, as written, and on the problem's one line.
    expect(messages('<table><tbody><tr><th scope>a</th></tr></tbody></table>\n')).toEqual(['1:19: <th scope> is not allowed: write scope="row" or scope="col"']);
    expect(messages('<table><tbody><tr><th scope="ro\nw">a</th></tr></tbody></table>\n')).toEqual(['1:19: <th scope="ro\\nw"> is not allowed: write scope="row" or scope="col"']);
  });

  it('unknown components and props the component does not take', () => {
    expect(messages('<Foo>\n\nx\n\n</Foo>\n')[0]).toMatch(/^1:1: unknown component <Foo>: an agreement may use only <Signatures>/);
    expect(messages('<Signatures class="x">\n\nA\n\n</Signatures>\n')).toEqual(['1:1: <Signatures> has no prop "class": it takes no props; remove the attribute']);
    expect(messages('<Signatures {...props}>\n\nA\n\n</Signatures>\n')[0]).toMatch(/takes no spread/);
  });

  it('addresses other than http(s), mailto and relative ones, however they are spelt', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html;base64,PGI+', 'vbscript:x', 'file:///etc/passwd']) {
      expect(messages(`[lenke](<${url}>)\n`)[0], url).toMatch(/^1:1: the address ".*" uses ".*:", which an agreement may not link to: use an https:\/\/ address/);
    }
    expect(messages('[a]\n\n[a]: javascript:alert(1)\n')[0]).toMatch(/^3:1: the address "javascript:alert\(1\)"/);
    expect(urlScheme('java\tscript:alert(1)')).toBe('javascript');
    expect(urlScheme('../moss-2020/')).toBeUndefined();
  });

  it('every image, local or remote, and every image reference: the build would load a local one as a module and run it', () => {
    for (const body of [
      '![x](./payload.mjs)\n',
      '![x](astro/package.json)\n',
      '![x](foo.png)\n',
      '![kart](https://politiet.no/kart.png)\n',
      '![bilde](data:image/png;base64,AAAA)\n',
      '![x][ref]\n\n[ref]: ./payload.mjs\n',
      '![x]\n\n[x]: ./payload.mjs\n',
    ]) {
      expect(messages(body), body).toEqual([
        expect.stringMatching(/^1:1: an image is not allowed in an agreement \(.*\): remove it; .*write them as text.*"\{\/\* image left out: .* \*\/\}"/),
      ]);
    }
    expect(messages('Tekst [lenke][ref].\n\n[ref]: ./payload.mjs\n')).toEqual([]);
  });

  it('a stray "{" or "<" and an unclosed tag: where, and how to write it', () => {
    expect(messages('Kostnaden er {100 kr\n')).toEqual([
      expect.stringMatching(/^1:14: the text cannot be read as MDX \(Unexpected end of file in expression.*\): in an agreement, "\{" starts code.*escape it as "\\\{"/),
    ]);
    expect(messages('Færre enn <5 personer\n')[0]).toMatch(/^1:11: the text cannot be read as MDX .*: in an agreement, "<" starts a tag: to write a literal "<", use "&lt;"/);
    expect(messages('## Signaturer\n\n<Signatures>\n\nMoss\n')[0]).toMatch(
      /^3:1: the text cannot be read as MDX \(Expected a closing tag for `<Signatures>`.*\): close it with "<\/Signatures>" on a line of its own/,
    );
    expect(messages('<!-- kommentar -->\n')[0]).toMatch(/"<" starts a tag/);
  });
});

describe('checkMdxSubset refuses Markdown the register does not use, which would render what the document does not have', () => {
  it('a footnote: the page would add an English "Footnotes" heading and move the note to the end', () => {
    expect(messages('Tekst[^1] her.\n\n[^1]: Fotnote\n')).toEqual([
      expect.stringMatching(/^1:6: a footnote mark \("\[\^1\]"\) is not allowed in an agreement \(.*Footnotes.*\): write the mark as text, as the document prints it \(escape "\[" as "\\\["\).*$/),
      expect.stringMatching(/^3:1: a footnote \("\[\^1\]: …"\) is not allowed in an agreement \(.*\): write the note as a paragraph where the document prints it, its mark as text \(escape "\[" as "\\\["\)$/),
    ]);
  });

  it('a task-list item: the page would show a checkbox', () => {
    expect(messages('- [ ] a\n- [x] b\n- c\n')).toEqual([
      expect.stringMatching(/^1:1: a task-list item \("\[ \]" at the start of a list item\) is not allowed in an agreement \(the page would show a checkbox\): to keep the brackets the document prints, escape the first: "- \\\[ \] …"$/),
      expect.stringMatching(/^2:1: a task-list item \("\[x\]"/),
    ]);
  });

  it('a code block: shown as code, and its text left out of the comparison', () => {
    for (const fence of ['```', '~~~']) {
      expect(messages(`Tekst.\n\n${fence}\nkode\n${fence}\n`), fence).toEqual([
        expect.stringMatching(/^3:1: a code block \("```" or "~~~"\) is not allowed in an agreement \(.*comparison.*\): remove the fence lines and write the text as paragraphs/),
      ]);
    }
    // Indented lines are a paragraph in MDX, as the build renders them: nothing to refuse.
    expect(messages('Tekst.\n\n    innrykket\n')).toEqual([]);
  });

  it('inline code: shown as code, which no signed agreement has', () => {
    expect(messages('Tekst `kode` her.\n\n## 2. `Politiråd`\n\n- a ``to ` ganger`` b\n')).toEqual([
      '1:7: inline code ("`kode`") is not allowed in an agreement (the page would show it as code, which no signed agreement has): write the text plainly, without the backticks; a backtick the document prints stays, escaped: \\`',
      expect.stringMatching(/^3:7: inline code \("`Politiråd`"\) is not allowed/),
      expect.stringMatching(/^5:5: inline code \("`to ` ganger`"\) is not allowed/),
    ]);
    // A backtick escaped, or one alone (no code span), is text.
    expect(messages('Tekst \\`kode\\` her, og ` alene.\n')).toEqual([]);
  });

  it('a "#" heading: a second page title', () => {
    for (const body of ['# Tittel\n', 'Tittel\n======\n']) {
      expect(messages(body), body).toEqual([
        expect.stringMatching(/^1:1: a "#" heading is not allowed in the text \(the page's title, its one "#" heading, is the frontmatter's title\): make it a "##" heading if it starts a section of the document, or a paragraph if it is one of the document's own title lines$/),
      ]);
    }
    expect(messages('## A\n\n### B\n\n#### C\n')).toEqual([]);
  });
});

describe('checkMdxSubset holds each element to its place, so the page is valid HTML', () => {
  const TABLE = '<table><tbody><tr><th scope="row">…</th><td>…</td></tr></tbody></table>';

  it('a table cell, row or body outside its table', () => {
    expect(messages('tekst <td>a</td> tekst\n')).toEqual([
      `1:7: <td> stands inside a paragraph, not inside <tr>: a cell stands in a row (<tr>), a row in <tbody> or <thead>, in a <table>; write the whole table on lines of its own, as the importer does: ${TABLE}`,
    ]);
    expect(messages('<td>a</td>\n')[0]).toMatch(/^1:1: <td> stands at the top level of the text, not inside <tr>: /);
    expect(messages('<tr><td>a</td></tr>\n')[0]).toMatch(/^1:1: <tr> stands at the top level of the text, not inside <table>, <thead> or <tbody>: /);
    expect(messages('<table><tr><tbody><tr><td>a</td></tr></tbody></tr></table>\n')[0]).toMatch(/^1:12: <tbody> stands inside <tr>, not inside <table>: /);
  });

  it('a table inside a paragraph or a heading', () => {
    expect(messages('Tekst <table><tbody><tr><td>a</td></tr></tbody></table>\n')).toEqual([
      `1:7: <table> stands inside a paragraph: a table stands on lines of its own, with a blank line before and after it, as the importer writes it: ${TABLE}`,
    ]);
    expect(messages('## A <table><tbody><tr><td>a</td></tr></tbody></table>\n')[0]).toMatch(/^1:6: <table> stands inside a heading: /);
  });

  it('text in a table outside its cells', () => {
    expect(messages('<table><tbody><tr>tekst<td>a</td></tr></tbody></table>\n')).toEqual([
      '1:19: text stands in <tr> outside its cells: put it in a <td>, or in a <th scope="row"> if it is the row\'s label, or move it out of the table',
    ]);
  });

  it('the signature block inside a paragraph or another block', () => {
    expect(messages('Tekst <Signatures>x</Signatures> mer\n')).toEqual([
      '1:7: <Signatures> stands inside a paragraph: the signature block stands at the top level of the text, on lines of its own: put "<Signatures>" and "</Signatures>" each on a line of its own, with a blank line before and after it',
    ]);
    expect(messages('- <Signatures>\n\n  x\n\n  </Signatures>\n')[0]).toMatch(/^1:3: <Signatures> stands inside a list item: /);
  });

  it('accepts the importer\'s table where a block may stand, and a line break in text', () => {
    const table = '<table><tbody><tr><th scope="row">Leiing:</th><td>Kommunen</td></tr></tbody></table>';
    const multiLine = '<table>\n<thead>\n<tr><th scope="col">A</th><th scope="col">B</th></tr>\n</thead>\n<tbody>\n<tr><td>1</td><td>2</td></tr>\n</tbody>\n</table>\n';
    for (const body of [`${table}\n`, `- ${table}\n`, `> ${table}\n`, `<Signatures>\n\n${table}\n\n</Signatures>\n`, multiLine, `{/* merknad */} ${table}\n`]) {
      expect(messages(body), body).toEqual([]);
    }
    expect(messages('**Ordfører<br />Skien**\n\n<table><tbody><tr><td>a<br />b</td></tr></tbody></table>\n')).toEqual([]);
  });
});

describe('checkMdxSubset allows in a heading one comment only: its section marker, well formed, at its end', () => {
  const keys = 'formal, tjenestetilbud, politikontakt, politirad, slt, forventninger, fokusomrader, organisering, administrativt, evaluering, signaturer';
  const found = (body: string) => checkMdxSubset(body).map((f) => `${f.line}:${f.column}: ${f.field}: ${f.message}`);

  it('refuses a note in a heading, whose text the page would show in the contents and the links to it', () => {
    expect(found('## 3. Politikontakten {/* merknad */} og mer {/* section: politikontakt */}\n')).toEqual([
      `1:23: heading "3. Politikontakten og mer": the comment "{/* merknad */}" is not a section marker, and a heading holds no other comment (the page would show its text in the contents and in the links to the heading): move the note out of the heading, onto a line of its own below it; a section marker is written "{/* section: key */}" at the end of the heading, with key one of: ${keys}`,
    ]);
  });

  it('refuses a misspelt marker, which would leave the heading out of the comparison without a word', () => {
    for (const marker of ['{/* Section: politikontakt */}', '{/* section : politikontakt */}', '{/* sectoin: politikontakt */}', '{/* section: politi kontakt */}']) {
      expect(found(`## 3. Politikontakten ${marker}\n`), marker).toEqual([
        expect.stringMatching(new RegExp(`^1:23: heading "3\\. Politikontakten": the comment ".*" is not a section marker.*a section marker is written "\\{/\\* section: key \\*/\\}" at the end of the heading, with key one of: ${keys}$`)),
      ]);
    }
  });

  it('refuses a marker that is not at the end of the heading, or not at its top level', () => {
    expect(found('## 3. Politikontakten {/* section: politikontakt */} og mer\n')).toEqual([
      '1:23: heading "3. Politikontakten og mer": the section marker "{/* section: politikontakt */}" is not at the end of the heading: move it after the heading\'s last word',
    ]);
    expect(found('## **3. Politikontakten {/* section: politikontakt */}**\n')).toEqual([
      '1:25: heading "3. Politikontakten": the section marker "{/* section: politikontakt */}" is not at the end of the heading: move it after the heading\'s last word',
    ]);
    expect(found('## A {/* section: slt */} {/* section: slt */}\n')[0]).toMatch(/^1:6: heading "A": the section marker .* is not at the end of the heading/);
  });

  it('accepts a marker at the end, and comments elsewhere in the text', () => {
    expect(found('## 4. Politiråd {/* section: politirad */}\n\n{/* numbering as in the document */}\n\nTekst {/* merknad */} her.\n')).toEqual([]);
    // A well-formed marker with a key that is not a section key is the checker's to name (validate.ts, with the keys).
    expect(found('## 4. Politiråd {/* section: politiraad */}\n')).toEqual([]);
    // Text that reads like a comment is text.
    expect(found('## /* som ser ut som en kommentar */\n')).toEqual([]);
  });
});

describe('checkMdxSubset refuses what the build would put on the page wrongly, or not build at all', () => {
  it('a paragraph of the document that begins with the word "import" or "export": how to keep it as text', () => {
    for (const [body, fix] of [
      ['import av varer er et tema for politirådet.\n', '"&#105;mport"'],
      ['Tekst.\n\nexport av data skjer ikke.\n', '"&#101;xport"'],
    ]) {
      expect(messages(body as string), body).toEqual([
        expect.stringMatching(new RegExp(`: import and export are code, .*: remove the line; .* If the line is the document's own text, which begins with the word "(import|export)", write its first letter as a character reference: ${fix}$`)),
      ]);
      expect(messages((body as string).replace(/^(i)mport|^(e)xport/m, (w) => `&#${w.codePointAt(0)};${w.slice(1)}`))).toEqual([]);
    }
  });

  it('a character reference that writes a control or bidirectional character, which the file itself may not hold', () => {
    expect(messages('Tekst &#x202E;snudd&#x202C; her.\n')).toEqual([
      '1:7: the character reference "&#x202E;" writes U+202E (right-to-left override), a bidirectional formatting character: it turns the text around as it is shown, so the page could show other words than the document has. Delete the reference.',
      expect.stringMatching(/^1:20: the character reference "&#x202C;" writes U\+202C \(pop directional formatting\)/),
    ]);
    expect(messages('Tekst &#12; her.\n')).toEqual([
      '1:7: the character reference "&#12;" writes U+000C (form feed), a control character: it is invisible, and breaks the site\'s pages and feed. Delete the reference.',
    ]);
    // In a heading, a table cell, bold text and a link's title, each named once.
    expect(messages('## Avtale &#X202e;\n\n<table><tbody><tr><td>a&#8238;</td></tr></tbody></table>\n\n**&#12;** [a&#x7F;](https://x.no "t&#x2066;")\n').map((m) => m.replace(/ writes .*/, ''))).toEqual([
      '1:11: the character reference "&#X202e;"',
      '3:24: the character reference "&#8238;"',
      '5:3: the character reference "&#12;"',
      '5:13: the character reference "&#x7F;"',
      '5:36: the character reference "&#x2066;"',
    ]);
    // A reference to no character (0, a surrogate, beyond U+10FFFF) writes U+FFFD, as a file may not hold it either.
    expect(messages('A &#0; B &#xD800; C &#x110000; D &#65533;.\n').map((m) => m.replace(/ writes .*/, ''))).toEqual([
      '1:3: the character reference "&#0;"',
      '1:10: the character reference "&#xD800;"',
      '1:21: the character reference "&#x110000;"',
      '1:34: the character reference "&#65533;"',
    ]);
    expect(messages('A &#0; B.\n')[0]).toBe('1:3: the character reference "&#0;" writes U+FFFD, the mark for a character that could not be read ("\uFFFD"), which the document does not have. Delete the reference.');
    // The references an agreement uses stay allowed.
    expect(messages('A &amp; B &lt;5 &#xA0;kr &#8211; &nbsp;&#x2011; &#xFFFF;.\n')).toEqual([]);
  });

  it('text nested deeper than the build can compile: one finding, where it starts, however deep', () => {
    const nested = (depth: number) => `${'> '.repeat(depth)}tekst\n`;
    expect(messages(nested(60))).toEqual([]);
    for (const depth of [500, 20_000]) {
      expect(messages(nested(depth)), String(depth)).toEqual([
        expect.stringMatching(/^1:129: the text is nested more than 64 levels deep here \(quotes, lists or emphasis inside one another\), which no signed document does \(a few hundred quotes deep, the build stops without a message\): write the text with the document's own levels/),
      ]);
    }
  });

  it('a heading that skips a level: the page\'s headings go in order', () => {
    expect(messages('## A\n\n#### B\n')).toEqual([
      '3:1: a "####" heading after a "##" heading skips a level (the page\'s headings go in order, for the table of contents and for readers who move by headings): make it "###"',
    ]);
    expect(messages('### A\n')).toEqual([expect.stringMatching(/^1:1: a "###" heading after the page's title \("#"\) skips a level .*: make it "##"$/)]);
    expect(messages('## A\n\n<Signatures>\n\n##### B\n\n</Signatures>\n')[0]).toMatch(/^5:1: a "#####" heading after a "##" heading skips a level/);
    expect(messages('## A\n\n### B\n\n#### C\n\n## D\n\n### E\n')).toEqual([]);
  });

  it('a heading inside a list or a quote, which the sections and the comparison would read apart from the page', () => {
    const message = (where: string) => `a heading stands inside ${where}: a heading stands at the top level of the text (or in the signature block), on a line of its own, so the page's sections and the comparison's agree; move it out, or if it is a line of dashes or "=" under the text (a heading in Markdown), escape the line: \\--- or \\===`;
    expect(messages('## A\n\n- ## B\n  tekst\n- punkt\n')).toEqual([`3:3: ${message('a list item')}`]);
    expect(messages('## A\n\n- punkt\n  ---\n')).toEqual([`3:3: ${message('a list item')}`]);
    expect(messages('## A\n\n> ### B\n')).toEqual([`3:3: ${message('a quote')}`]);
    expect(messages('## A\n\n- punkt\n  \\---\n\n<Signatures>\n\n### Underskrifter\n\nKari\n\n</Signatures>\n')).toEqual([]);
  });

  it('a heading with no text: an empty heading with an empty id and a nameless link', () => {
    for (const body of ['##\n', '## {/* section: slt */}\n', '###   \n', '## <br />\n']) {
      expect(messages(`## A\n\n${body}`), body).toEqual([
        expect.stringMatching(/^3:1: a heading with no text \(a "##" line alone, or with only a section marker\) is not allowed: the page would show an empty heading, with an empty id and a link to it with no name: write the heading's text as the document has it, or remove the line$/),
      ]);
    }
  });

  it('a link with no text (a link with no name) or no address (a link to the page itself)', () => {
    const noText = /: a link with no text \("\[\]\(…\)"\) is not allowed: the page would have a link with no name, .*: write the words the document links, in the brackets, "\[text\]\(address\)"$/;
    expect(messages('Se [](https://x.no), [ ](https://x.no) og [<br />](https://x.no).\n')).toEqual([
      expect.stringMatching(new RegExp(`^1:4${noText.source}`)),
      expect.stringMatching(new RegExp(`^1:22${noText.source}`)),
      expect.stringMatching(new RegExp(`^1:43${noText.source}`)),
    ]);
    expect(messages('Se [][r].\n\n[r]: https://x.no\n')).toEqual([expect.stringMatching(new RegExp(`^1:4${noText.source}`))]);
    expect(messages('Se [lenke]().\n')).toEqual([
      '1:4: a link with no address ("[…]()") is not allowed: the page would link to itself: write the address in the parentheses, or keep the text without brackets',
    ]);
    expect(messages('Se [**lenke**](https://x.no), [r][] og [#slt](#slt).\n\n[r]: https://x.no\n')).toEqual([]);
  });

  it('a line break in a heading: the id, the contents and the link would run its words together', () => {
    expect(messages('## 4. Politiråd og<br />samarbeid {/* section: politirad */}\n\nTekst<br />her.\n')).toEqual([
      '1:19: a line break ("<br />") in a heading is not allowed: the heading\'s id, its entry in the contents and its link\'s name would run the words on each side together ("4. Politiråd ogsamarbeid"): write the heading on one line, with a space where the document breaks it',
    ]);
    expect(messages('## **A<br />B**\n')[0]).toMatch(/^1:7: a line break \("<br \/>"\) in a heading is not allowed: .*\("AB"\)/);
  });

  it('an empty signature block: an empty section named "Signaturer"', () => {
    for (const body of ['<Signatures />\n', '<Signatures>\n</Signatures>\n', '<Signatures>\n\n{/* ingen underskrifter */}\n\n</Signatures>\n']) {
      expect(messages(body), body).toEqual([
        '1:1: an empty signature block ("<Signatures />" or nothing between its tags) is not allowed: the page would show an empty section named "Signaturer": write the signatories between "<Signatures>" and "</Signatures>", each a paragraph, or remove the tags',
      ]);
    }
    expect(messages('<Signatures>\n\nKari Nordmann\n\n</Signatures>\n')).toEqual([]);
  });

  it('text between single tildes, which the page would strike out', () => {
    expect(messages('Åpent kl. 8~10 og 12~14, og H~2~O.\n')).toEqual([
      '1:12: text between two single "~" is struck out on the page ("kl. 8~10 og 12~14" shows "10 og 12" struck out): if "~" is the document\'s own sign, escape it as "\\~"; if the document strikes the text out, write "~~…~~"',
      expect.stringMatching(/^1:30: text between two single "~" is struck out/),
    ]);
    expect(messages('Åpent kl. 8\\~10 og 12\\~14, ~~strøket~~, ca. ~5 til ~10 og ~ alene.\n')).toEqual([]);
  });

  it('a Markdown table with aligned columns: a style attribute the security policy blocks', () => {
    for (const line of ['|:--|---|', '|---|:-:|', '| --: | --- |']) {
      expect(messages(`| a | b |\n${line}\n| 1 | 2 |\n`), line).toEqual([
        '1:1: a table column aligned with ":" in the line under its header (":--", ":-:" or "--:") is not allowed in an agreement (the page would give its cells a style attribute, which the site\'s security policy blocks): write that line with "---" for each column',
      ]);
    }
  });
});

describe('the agreement page', () => {
  it('hands every allowed component to the text, so what the checker allows renders', () => {
    const page = readFileSync('src/pages/avtaler/[slug].astro', 'utf8');
    const handed = /<Content components=\{\{([^}]*)\}\}/.exec(page)?.[1] ?? '';
    for (const name of Object.keys(AGREEMENT_COMPONENTS)) expect(handed).toMatch(new RegExp(`\\b${name}\\b`));
  });
});
