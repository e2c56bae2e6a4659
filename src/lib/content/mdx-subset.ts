/**
 * The safe MDX subset an agreement is written in: Markdown (with GFM, as the
 * build reads it), the register's own components with their allowed props,
 * section-marker comments (a heading holds no other comment), and nothing else. No import/export, no
 * `{expression}` but a comment, no raw HTML beyond `<br />` and the importer's
 * table, no image, no link to anything but http(s), mailto or a relative address;
 * and none of the Markdown an agreement does not use, which would render what the
 * signed document does not have (footnotes, task lists, code blocks and inline code, a second `#` title), or
 * would put there wrongly (a heading that skips a level or has no text, an aligned table column's
 * style attribute, a control character written as a character reference); and no text nested
 * deeper than the build can compile (`MAX_NESTING`).
 *
 * Parsed with the parser the build uses (`parseMdx` in mdx-parse.ts, the
 * project's one MDX reader), so a body this module
 * accepts is one the build can compile, and a body the build cannot parse is
 * refused here first with a line, a column and a fix. Pure: text in, findings out.
 */
import { forbiddenCharacters, forbiddenReference } from './control-characters.ts';
import type { Heading as MdastHeading, Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { headingText, SECTION_MARKER } from './headings.ts';
import { MDX_COMMENT, parseMdx } from './mdx-parse.ts';
import { SECTION_KEYS } from './sections.ts';
import { placeAt } from './source-text.ts';

/**
 * The components an agreement may use, each with the props it accepts. The
 * agreement page hands exactly these to `<Content components={…}>`.
 */
export const AGREEMENT_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  Signatures: [],
};

/** An HTML element an agreement may contain: its attributes with their allowed values, and whether it is empty. */
export interface AllowedElement {
  attributes: Readonly<Record<string, readonly string[]>>;
  void?: boolean;
}

/**
 * The few HTML elements an agreement may contain: a line break, and the table
 * of row headers the importer writes for a form's label–value rows (Markdown
 * tables have no row headers). No element may carry a URL, a style or a handler.
 */
export const HTML_ELEMENTS: Readonly<Record<string, AllowedElement>> = {
  br: { attributes: {}, void: true },
  table: { attributes: {} },
  thead: { attributes: {} },
  tbody: { attributes: {} },
  tr: { attributes: {} },
  th: { attributes: { scope: ['row', 'col'] } },
  td: { attributes: {} },
};

/** URL schemes a link may use; an address without a scheme (relative, `#id`) is fine too. */
export const URL_SCHEMES = ['http', 'https', 'mailto'] as const;

/** One thing outside the subset: where (1-based line and column of the body) and what to do. */
export interface SubsetFinding {
  line: number;
  column: number;
  /** The part of the text it is in, where that names it better than the place: `heading "…"`. */
  field?: string;
  /** What is wrong and how to fix it: `what is wrong: how to fix`. */
  message: string;
}

interface Point {
  line: number;
  column: number;
  /** The offset in the body (UTF-16 code units), where the parser gives it. */
  offset?: number;
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  /** A link's or a definition's title (`[a](https://… "title")`). */
  title?: string | null;
  /** A Markdown table's column alignment, from the colons of the line under its header. */
  align?: Array<string | null>;
  /** A footnote's label; a heading's depth; whether a list item is a task's, and done. */
  label?: string;
  depth?: number;
  checked?: boolean | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
  position?: { start: Point; end?: Point };
  data?: { estree?: { body: unknown[]; comments?: unknown[] } };
}

/**
 * Why an image is refused, and what to write instead. The register publishes the signed document's
 * text, not its images; and the build turns every local image into an `import` of its address, so a
 * local "image" is a module the build would load and run (`![x](./payload.mjs)`).
 */
const IMAGE_MESSAGE =
  'an image is not allowed in an agreement (the register publishes the text of the signed document, not its images, and the build would load a local image\'s file as code): remove it; where the image holds words of the agreement (the boxes of a chart), write them as text, and mark where it stood with a comment such as "{/* image left out: the municipality\'s logo */}"';

/** Why a footnote is refused: the page would render it as the document does not. */
const FOOTNOTE_WHY = 'the page would move the note to the end, under a heading of its own in English, "Footnotes"';
const FOOTNOTE_MARK_FIX = 'escape "[" as "\\["';

/**
 * How deep the text may nest (a quote in a quote, a list in a list, emphasis in emphasis), counted
 * in the parser's tree from the text itself: far beyond any signed document (the register's texts
 * nest at most about ten deep), and well below where the build breaks. The build's MDX compiler
 * overflows its stack and stops the build without a message somewhere between 300 and 500 quotes
 * inside one another (a segmentation fault; tried 2026-12-03), and this module's own walk at about 5 000.
 */
export const MAX_NESTING = 64;

/** The replacement character, which the Markdown writes for a reference to no character. */
const REPLACEMENT = '\uFFFD';

/** A numeric character reference (`&#x202E;`, `&#8238;`), as CommonMark reads one. */
const NUMERIC_REFERENCE = /&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));/g;

const BRACE_FIX = 'to write a literal brace, escape it as "\\{" (and "\\}")';
const ANGLE_FIX = 'to write a literal "<", use "&lt;" (or escape it as "\\<")';

/** The fix for a parser error, from the parser's rule and reason. */
function parseErrorFinding(error: { reason?: string; message?: string; ruleId?: string; source?: string; place?: unknown; line?: number; column?: number }): SubsetFinding {
  const reason = (error.reason ?? error.message ?? 'could not parse').replace(/\s+/g, ' ').trim();
  const place = (error.place ?? {}) as Partial<Point> & { start?: Point };
  // An unclosed tag is reported at the end of its block; the tag itself is named in the reason.
  const opened = /`<[^>]*>` \((\d+):(\d+)/.exec(reason);
  const at = opened ? { line: Number(opened[1]), column: Number(opened[2]) } : (place.start ?? place);
  const line = at.line ?? error.line ?? 1;
  const column = at.column ?? error.column ?? 1;
  const source = error.source ?? '';
  const rule = error.ruleId ?? '';
  let fix: string;
  const unclosed = /Expected a closing tag for `<([^>]*)>`/.exec(reason);
  if (unclosed) {
    fix = `close it with "</${unclosed[1]}>" on a line of its own, with a blank line before it`;
  } else if (/closing tag/.test(reason) || rule === 'end-tag-mismatch') {
    fix = 'every opening tag needs its own closing tag, in the same block (e.g. "<Signatures>" … "</Signatures>", each on its own line)';
  } else if (source.includes('expression') || /expression|brace|acorn/i.test(reason)) {
    fix = `in an agreement, "{" starts code, which is not allowed: ${BRACE_FIX}; a section marker is written "{/* section: key */}"`;
  } else if (source.includes('jsx') || /before name|tag|attribute/i.test(reason)) {
    fix = `in an agreement, "<" starts a tag: ${ANGLE_FIX}`;
  } else if (source.includes('esm')) {
    fix = 'import and export are code, which an agreement may not contain: remove the line';
  } else {
    fix = `${BRACE_FIX}; ${ANGLE_FIX}`;
  }
  return { line, column, message: `the text cannot be read as MDX (${reason.replace(/\.$/, '')}): ${fix}` };
}

/** True when an expression is a comment only, such as a section marker `{/* section: slt *\/}`. */
function isCommentOnly(node: Node): boolean {
  const estree = node.data?.estree;
  if (estree) return estree.body.length === 0 && (estree.comments?.length ?? 0) > 0;
  return MDX_COMMENT.test(node.value ?? '');
}

/** Whether a node is an MDX comment, `{/* … *\/}`. */
function isComment(node: Node): boolean {
  return (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') && isCommentOnly(node);
}

/** A node's text without its comments: a heading as its reader sees it. */
function textWithoutComments(node: Node): string {
  if (isComment(node)) return '';
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textWithoutComments).join('');
}

/**
 * The comments of a heading other than its section marker, well formed, at its end. Anything
 * else would stay in the heading's text, which the page shows in the table of contents, the
 * permalink's label and the facts' links; and a misspelt marker leaves the heading out of the
 * comparison without a word. A marker's key is checked by validate.ts, which names the keys too.
 */
function headingCommentFindings(heading: Node): SubsetFinding[] {
  const field = `heading "${textWithoutComments(heading).replace(/\s+/g, ' ').trim()}"`;
  const findings: SubsetFinding[] = [];
  const visit = (node: Node, atEnd: boolean) => {
    if (isComment(node)) {
      const comment = `{${(node.value ?? '').trim()}}`;
      const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
      if (!SECTION_MARKER.test(node.value ?? '')) {
        findings.push({
          ...at,
          field,
          message: `the comment "${comment}" is not a section marker, and a heading holds no other comment (the page would show its text in the contents and in the links to the heading): move the note out of the heading, onto a line of its own below it; a section marker is written "{/* section: key */}" at the end of the heading, with key one of: ${SECTION_KEYS.join(', ')}`,
        });
      } else if (!atEnd) {
        findings.push({ ...at, field, message: `the section marker "${comment}" is not at the end of the heading: move it after the heading's last word` });
      }
      return;
    }
    for (const child of node.children ?? []) visit(child, false);
  };
  const children = heading.children ?? [];
  children.forEach((child, i) => visit(child, i === children.length - 1));
  return findings;
}

/** The scheme of a URL as a browser reads it (tabs, newlines and controls inside ignored), or undefined for a relative one. */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return m?.[1]?.toLowerCase();
}

/**
 * The character references in a node's own source that write a character no content file may hold
 * (control-characters.ts), or U+FFFD, the replacement character the Markdown writes for a reference
 * to no character (`&#0;`, `&#xD800;`, beyond U+10FFFF; and Sätteri for some control characters): the
 * file itself is checked for these, but the Markdown decodes `&#x202E;` or `&#12;` into the page, its
 * search index and its comparison. `values` are what the node writes (a text's value, a link's title);
 * `reported` the offsets already named.
 */
function referenceFindings(node: Node, values: Array<string | null | undefined>, body: string, reported: Set<number>): SubsetFinding[] {
  if (!values.some((value) => value && (forbiddenCharacters(value).length > 0 || value.includes(REPLACEMENT)))) return [];
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end?.offset ?? body.length;
  const findings: SubsetFinding[] = [];
  for (const m of body.slice(start, end).matchAll(NUMERIC_REFERENCE)) {
    const code = m[1] !== undefined ? Number.parseInt(m[1], 16) : Number(m[2]);
    const offset = start + m.index;
    if (reported.has(offset)) continue;
    const none = code === 0 || code === 0xfffd || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff;
    const char = none ? REPLACEMENT : String.fromCodePoint(code);
    if (!none && forbiddenCharacters(char).length === 0) continue;
    reported.add(offset);
    findings.push({
      ...placeAt(body, offset),
      message: none
        ? `the character reference "${m[0]}" writes U+FFFD, the mark for a character that could not be read ("${REPLACEMENT}"), which the document does not have. Delete the reference.`
        : forbiddenReference(m[0], char),
    });
  }
  return findings;
}

function isAllowedUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || (URL_SCHEMES as readonly string[]).includes(scheme);
}

function elementFindings(node: Node, at: Point): SubsetFinding[] {
  const name = node.name;
  const findings: SubsetFinding[] = [];
  const push = (message: string) => findings.push({ ...at, message });
  if (!name) {
    push('a fragment "<>" is not allowed in an agreement: remove "<>" and "</>" and keep the text');
    return findings;
  }
  const component = Object.hasOwn(AGREEMENT_COMPONENTS, name) ? AGREEMENT_COMPONENTS[name] : undefined;
  const element = Object.hasOwn(HTML_ELEMENTS, name) ? HTML_ELEMENTS[name] : undefined;
  const allowed = component ?? (element ? Object.keys(element.attributes) : undefined);
  if (!allowed) {
    if (/^[a-z]/.test(name) && !name.includes('.')) {
      const only = Object.entries(HTML_ELEMENTS).map(([n, e]) => (e.void ? `<${n} />` : `<${n}>`)).join(', ');
      push(
        `raw HTML <${name}> is not allowed in an agreement (only ${only}): remove the tag and write the text in Markdown; ${ANGLE_FIX}`,
      );
    } else {
      push(
        `unknown component <${name}>: an agreement may use only ${Object.keys(AGREEMENT_COMPONENTS).map((n) => `<${n}>`).join(', ')}; remove the tag, or check its spelling; ${ANGLE_FIX}`,
      );
    }
    return findings;
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
      push(`<${name}> takes no spread "{…}" of props: that is code; remove it`);
      continue;
    }
    if (/^on/i.test(attribute.name)) {
      push(`<${name}> may not have an event handler ("${attribute.name}"): that is code; remove the attribute`);
    } else if (!allowed.includes(attribute.name)) {
      const valid = allowed.length > 0 ? `its props are: ${allowed.join(', ')}` : 'it takes no props';
      push(`<${name}> has no prop "${attribute.name}": ${valid}; remove the attribute`);
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      push(`<${name} ${attribute.name}={…}> is code: write the value in quotes, ${attribute.name}="…"`);
    } else {
      const values = element?.attributes[attribute.name];
      if (values && !values.includes(String(attribute.value))) {
        // As written, on one line: an attribute without a value (`<th scope>`), or one broken across lines.
        const written = attribute.value === null ? attribute.name : `${attribute.name}="${String(attribute.value).replace(/\n/g, '\\n')}"`;
        push(`<${name} ${written}> is not allowed: write ${values.map((v) => `${attribute.name}="${v}"`).join(' or ')}`);
      }
    }
  }
  if (element?.void && (node.children?.length ?? 0) > 0) push(`<${name} /> takes no content: write it as "<${name} />"`);
  if (name === 'Signatures' && textWithoutComments(node).trim() === '') {
    push('an empty signature block ("<Signatures />" or nothing between its tags) is not allowed: the page would show an empty section named "Signaturer": write the signatories between "<Signatures>" and "</Signatures>", each a paragraph, or remove the tags');
  }
  return findings;
}

/**
 * Where each element and component may stand: the elements, or the kinds of block (`root`, a
 * list item, a quote), it may stand in. Anywhere else the page would be invalid HTML: a cell in
 * a paragraph, the signature block (a `<section>`) in a paragraph. `<br />` goes anywhere text does.
 */
const PLACES: Readonly<Record<string, readonly string[]>> = {
  Signatures: ['root'],
  table: ['root', 'listItem', 'blockquote', 'Signatures'],
  thead: ['table'],
  tbody: ['table'],
  tr: ['table', 'thead', 'tbody'],
  th: ['tr'],
  td: ['tr'],
};

/** The parts of a table that hold only their rows or cells (and white space and comments), no text. */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tr']);

/** The importer's table, as a fix shows it. */
const TABLE_FORM = '<table><tbody><tr><th scope="row">…</th><td>…</td></tr></tbody></table>';

const isElement = (node: Node) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/**
 * Whether a paragraph holds elements, comments and white space only. MDX renders such a
 * paragraph's elements as blocks, without the paragraph: Sätteri's tree leaves it out, micromark's keeps it.
 */
function isElementsOnly(node: Node): boolean {
  return node.type === 'paragraph' && (node.children ?? []).every((c) => isElement(c) || isComment(c) || (c.type === 'text' && (c.value ?? '').trim() === ''));
}

/** Every node below `node`, in document order. */
function descendants(node: Node): Node[] {
  return (node.children ?? []).flatMap((child) => [child, ...descendants(child)]);
}

/** The blocks and spans an element may be found in, as a message names them. */
const CONTAINER_NAMES: Readonly<Record<string, string>> = {
  paragraph: 'a paragraph',
  heading: 'a heading',
  listItem: 'a list item',
  blockquote: 'a quote',
  strong: 'bold text',
  emphasis: 'italic text',
  delete: 'struck-out text',
  link: 'a link',
  tableCell: 'a table cell',
};

/** Where a node stands, as a message says it: "inside a paragraph", "at the top level of the text". */
function wherePhrase(container: Node | undefined): string {
  if (!container || container.type === 'root') return 'at the top level of the text';
  return `inside ${isElement(container) ? `<${container.name ?? ''}>` : (CONTAINER_NAMES[container.type] ?? `a ${container.type}`)}`;
}

/** An element outside the place it may stand in (`PLACES`), and text in a table outside its cells. */
function placeFindings(node: Node, parents: readonly Node[], at: Point): SubsetFinding[] {
  let i = parents.length - 1;
  while (i > 0 && isElementsOnly(parents[i]!)) i--;
  const container = parents[i];
  // An element's name, or a block's kind (a Markdown table is a block, not the element <table>): what PLACES names.
  const element = container && isElement(container) ? (container.name ?? '') : undefined;
  const key = element ?? container?.type ?? 'root';
  if (isElement(node)) {
    const name = node.name ?? '';
    const places = Object.hasOwn(PLACES, name) ? PLACES[name]! : undefined;
    if (!places || places.includes(key)) return [];
    const where = wherePhrase(container);
    if (name === 'Signatures') {
      return [{ ...at, message: `<Signatures> stands ${where}: the signature block stands at the top level of the text, on lines of its own: put "<Signatures>" and "</Signatures>" each on a line of its own, with a blank line before and after it` }];
    }
    if (name === 'table') {
      return [{ ...at, message: `<table> stands ${where}: a table stands on lines of its own, with a blank line before and after it, as the importer writes it: ${TABLE_FORM}` }];
    }
    const allowed = places.map((p) => `<${p}>`);
    const inside = allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}` : allowed[0];
    return [{
      ...at,
      message: `<${name}> stands ${where}, not inside ${inside}: a cell stands in a row (<tr>), a row in <tbody> or <thead>, in a <table>; write the whole table on lines of its own, as the importer does: ${TABLE_FORM}`,
    }];
  }
  if (element === undefined || !TABLE_PARTS.has(element) || isComment(node) || isElementsOnly(node) || (node.type === 'text' && (node.value ?? '').trim() === '')) return [];
  const fix = key === 'tr' ? `put it in a <td>, or in a <th scope="row"> if it is the row's label, or move it out of the table` : 'put it in a cell (<td>) of a row (<tr>), or move it out of the table';
  return [{ ...at, message: `text stands in <${key}> outside its ${key === 'tr' ? 'cells' : 'rows'}: ${fix}` }];
}

/**
 * Checks an MDX body against the safe subset. `body` is the text after the
 * frontmatter with the frontmatter's lines kept empty, so lines are the file's.
 * Returns nothing when the body is inside the subset.
 */
export function checkMdxSubset(body: string): SubsetFinding[] {
  let found = checked.get(body);
  if (!found) {
    found = findOutsideSubset(body);
    if (checked.size >= CACHE_LIMIT) checked.clear();
    checked.set(body, found);
  }
  return found.map((f) => ({ ...f }));
}

/** Bodies already checked: the check is pure, and a register (or a synthetic one) repeats its texts. */
const checked = new Map<string, SubsetFinding[]>();
const CACHE_LIMIT = 5000;

function findOutsideSubset(body: string): SubsetFinding[] {
  let tree: Node;
  try {
    tree = parseMdx(body) as unknown as Node;
  } catch (e) {
    return [parseErrorFinding(e as never)];
  }
  const findings: SubsetFinding[] = [];
  /** The nodes above the one visited, the root first. */
  const parents: Node[] = [];
  /** The offsets of the character references already named (a link's source holds its text's too). */
  const reported = new Set<number>();
  /** The depth of the heading before, the page's title ("#") before the first. */
  let previousDepth = 1;
  let tooDeep = false;
  const visit = (node: Node) => {
    const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    if (parents.length > MAX_NESTING) {
      if (!tooDeep) {
        findings.push({
          ...at,
          message: `the text is nested more than ${MAX_NESTING} levels deep here (quotes, lists or emphasis inside one another), which no signed document does (a few hundred quotes deep, the build stops without a message): write the text with the document's own levels, and check for a stray ">" or "-" at the start of its lines`,
        });
        tooDeep = true;
      }
      return;
    }
    findings.push(...placeFindings(node, parents, at));
    switch (node.type) {
      case 'text':
        findings.push(...referenceFindings(node, [node.value], body, reported));
        break;
      case 'table':
        if (node.align?.some((a) => a !== null)) {
          findings.push({
            ...at,
            message: `a table column aligned with ":" in the line under its header (":--", ":-:" or "--:") is not allowed in an agreement (the page would give its cells a style attribute, which the site's security policy blocks): write that line with "---" for each column`,
          });
        }
        break;
      case 'mdxjsEsm': {
        // MDX reads any paragraph that begins with the word "import" or "export" as code: the document's own text can.
        const word = /^(?:import|export)\b/.exec(node.value ?? '')?.[0] ?? 'import';
        findings.push({
          ...at,
          message: `import and export are code, which an agreement may not contain (the build would run it): remove the line; the text is Markdown, and the register's components need no import. If the line is the document's own text, which begins with the word "${word}", write its first letter as a character reference: "&#${word.codePointAt(0)};${word.slice(1)}"`,
        });
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node)) {
          const code = (node.value ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
          findings.push({
            ...at,
            message: `"{${code}}" is code, which an agreement may not contain (the build would run it): ${BRACE_FIX}; the only braces allowed hold a comment such as a section marker "{/* section: key */}"`,
          });
        }
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        findings.push(...elementFindings(node, at));
        break;
      case 'image':
      case 'imageReference':
        findings.push({ ...at, message: IMAGE_MESSAGE });
        return;
      case 'link':
      case 'linkReference':
      case 'definition':
        findings.push(...referenceFindings(node, [node.title], body, reported));
        if (node.type !== 'definition' && toString(node as unknown as Nodes).trim() === '') {
          findings.push({ ...at, message: 'a link with no text ("[](…)") is not allowed: the page would have a link with no name, which a screen reader reads as its bare address or not at all: write the words the document links, in the brackets, "[text](address)"' });
        }
        if (node.type === 'link' && node.url?.trim() === '') {
          findings.push({ ...at, message: 'a link with no address ("[…]()") is not allowed: the page would link to itself: write the address in the parentheses, or keep the text without brackets' });
        }
        if (node.url !== undefined && !isAllowedUrl(node.url)) {
          findings.push({
            ...at,
            message: `the address "${node.url.slice(0, 60)}" uses "${urlScheme(node.url)}:", which an agreement may not link to: use an https:// address, a mailto: address or a relative one`,
          });
        }
        break;
      case 'html':
        findings.push({ ...at, message: `raw HTML is not allowed in an agreement: ${ANGLE_FIX}` });
        return;
      case 'heading':
        if (node.depth === 1) {
          findings.push({
            ...at,
            message: `a "#" heading is not allowed in the text (the page's title, its one "#" heading, is the frontmatter's title): make it a "##" heading if it starts a section of the document, or a paragraph if it is one of the document's own title lines`,
          });
        }
        {
          const parent = parents.at(-1);
          if (parent && parent.type !== 'root' && !(isElement(parent) && parent.name === 'Signatures')) {
            findings.push({
              ...at,
              message: `a heading stands ${wherePhrase(parent)}: a heading stands at the top level of the text (or in the signature block), on a line of its own, so the page's sections and the comparison's agree; move it out, or if it is a line of dashes or "=" under the text (a heading in Markdown), escape the line: \\--- or \\===`,
            });
          }
        }
        if (node.depth !== undefined && node.depth > previousDepth + 1) {
          const hashes = (n: number) => '#'.repeat(n);
          const before = previousDepth === 1 ? 'the page\'s title ("#")' : `a "${hashes(previousDepth)}" heading`;
          findings.push({
            ...at,
            message: `a "${hashes(node.depth)}" heading after ${before} skips a level (the page's headings go in order, for the table of contents and for readers who move by headings): make it "${hashes(previousDepth + 1)}"`,
          });
        }
        previousDepth = node.depth ?? previousDepth;
        const text = headingText(node as unknown as MdastHeading);
        if (text === '') {
          findings.push({
            ...at,
            message: 'a heading with no text (a "##" line alone, or with only a section marker) is not allowed: the page would show an empty heading, with an empty id and a link to it with no name: write the heading\'s text as the document has it, or remove the line',
          });
        }
        for (const br of text === '' ? [] : descendants(node).filter((n) => isElement(n) && n.name === 'br')) {
          findings.push({
            line: br.position?.start.line ?? at.line,
            column: br.position?.start.column ?? at.column,
            message: `a line break ("<br />") in a heading is not allowed: the heading's id, its entry in the contents and its link's name would run the words on each side together ("${text}"): write the heading on one line, with a space where the document breaks it`,
          });
        }
        findings.push(...headingCommentFindings(node));
        break;
      case 'delete': {
        // GFM strikes out text between single tildes too: "kl. 8~10 og 12~14" would show "10 og 12" struck out.
        const start = node.position?.start.offset;
        if (start !== undefined && body.slice(start, start + 2) !== '~~') {
          findings.push({
            ...at,
            message: 'text between two single "~" is struck out on the page ("kl. 8~10 og 12~14" shows "10 og 12" struck out): if "~" is the document\'s own sign, escape it as "\\~"; if the document strikes the text out, write "~~…~~"',
          });
        }
        break;
      }
      case 'footnoteReference':
        findings.push({
          ...at,
          message: `a footnote mark ("[^${node.label ?? ''}]") is not allowed in an agreement (${FOOTNOTE_WHY}): write the mark as text, as the document prints it (${FOOTNOTE_MARK_FIX}), and the note as a paragraph where the document prints it`,
        });
        return;
      case 'footnoteDefinition':
        findings.push({
          ...at,
          message: `a footnote ("[^${node.label ?? ''}]: …") is not allowed in an agreement (${FOOTNOTE_WHY}): write the note as a paragraph where the document prints it, its mark as text (${FOOTNOTE_MARK_FIX})`,
        });
        return;
      case 'listItem':
        if (typeof node.checked === 'boolean') {
          findings.push({
            ...at,
            message: `a task-list item ("[${node.checked ? 'x' : ' '}]" at the start of a list item) is not allowed in an agreement (the page would show a checkbox): to keep the brackets the document prints, escape the first: "- \\[ ] …"`,
          });
        }
        break;
      case 'inlineCode':
        findings.push({
          ...at,
          message: `inline code ("\`${(node.value ?? '').slice(0, 40)}\`") is not allowed in an agreement (the page would show it as code, which no signed agreement has): write the text plainly, without the backticks; a backtick the document prints stays, escaped: \\\``,
        });
        return;
      case 'code':
        findings.push({
          ...at,
          message: 'a code block ("```" or "~~~") is not allowed in an agreement (the page would show it as code, and the comparison would leave its text out): remove the fence lines and write the text as paragraphs; a line of the document\'s own (a row of ~ or `) stays, escaped: \\~~~ or \\```',
        });
        return;
    }
    parents.push(node);
    for (const child of node.children ?? []) visit(child);
    parents.pop();
  };
  visit(tree);
  return findings;
}
