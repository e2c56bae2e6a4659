/**
 * A small, namespace-aware reader of a Word file's XML parts (`word/document.xml`, `numbering.xml`, `styles.xml`,
 * `settings.xml`): elements and attributes, with their places in the text (text, comments and processing
 * instructions skipped). Names are given with the prefix Word uses for their namespace ("w:p", "w:val"), whatever
 * prefix the file binds it to (XML allows any: `<x:p xmlns:x="…/wordprocessingml/2006/main">` is a paragraph), as
 * mammoth reads them; the name as written stays in `qname`, for writing into the file.
 */
import { decodeEntities } from '../html-entities.ts';

/** The namespaces read, by URI, to the prefix Word writes (transitional and strict WordprocessingML, as mammoth maps them). */
const NAMESPACES: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

/** An element of an XML file: its name, attributes, children, and where its tags end in the text. */
export interface XmlElement {
  /** The name with Word's prefix for its namespace ("w:p"); `{uri}local` in another namespace, the local name in none. */
  name: string;
  /** The name as the file writes it ("x:p"). */
  qname: string;
  /** The attributes by name, named as `name` is; values with their entities decoded. */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The offset of its opening tag's "<". */
  start: number;
  /** The offset just after the opening tag (after the whole tag for an empty element). */
  openEnd: number;
  /** The offset just after the closing tag; -1 for an empty element (`<w:p/>`). */
  closeEnd: number;
  parent?: XmlElement;
  /** The namespaces in scope: prefix ('' the default) to URI. */
  scope: ReadonlyMap<string, string>;
}

/** A qualified name in `scope` as Word names it; `attribute`: an unprefixed name is in no namespace (not the default). */
function resolve(qname: string, scope: ReadonlyMap<string, string>, attribute: boolean): string {
  const colon = qname.indexOf(':');
  const prefix = colon === -1 ? '' : qname.slice(0, colon);
  const local = colon === -1 ? qname : qname.slice(colon + 1);
  const uri = prefix === 'xml' ? 'http://www.w3.org/XML/1998/namespace' : attribute && prefix === '' ? undefined : scope.get(prefix);
  if (uri === undefined || uri === '') return prefix === '' ? local : qname;
  const known = NAMESPACES[uri];
  return known !== undefined ? `${known}:${local}` : `{${uri}}${local}`;
}

/** The prefix a name is written with ("x" of "x:p"; '' for the default namespace): to write an element beside it. */
export const prefixOf = (e: XmlElement): string => (e.qname.includes(':') ? e.qname.slice(0, e.qname.indexOf(':')) : '');

/** Parses the XML; the root's children are the document's element. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', qname: '#root', attrs: {}, children: [], start: 0, openEnd: 0, closeEnd: xml.length, scope: new Map() };
  let current = root;
  const tag = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE[^>]*>|<(\/?)([^\s/>]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const [whole, closing, qname, attrText = '', empty] = m;
    if (qname === undefined) continue;
    const end = m.index + whole.length;
    if (closing === '/') {
      current.closeEnd = end;
      current = current.parent ?? root;
      continue;
    }
    const raw: Array<[string, string]> = [];
    for (const a of attrText.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) raw.push([a[1] ?? '', decodeEntities(a[2] ?? a[3] ?? '')]);
    // Namespace declarations first: they hold for the element's own name and attributes.
    const declared = raw.filter(([n]) => n === 'xmlns' || n.startsWith('xmlns:'));
    const scope = declared.length === 0 ? current.scope : new Map([...current.scope, ...declared.map(([n, v]): [string, string] => [n === 'xmlns' ? '' : n.slice(6), v])]);
    const attrs: Record<string, string> = {};
    for (const [n, v] of raw) if (n !== 'xmlns' && !n.startsWith('xmlns:')) attrs[resolve(n, scope, true)] = v;
    const element: XmlElement = { name: resolve(qname, scope, false), qname, attrs, children: [], start: m.index, openEnd: end, closeEnd: empty ? -1 : end, parent: current, scope };
    current.children.push(element);
    if (!empty) current = element;
  }
  return root;
}

/** The first child of `e` named `name` (Word's prefix). */
export const child = (e: XmlElement | undefined, name: string): XmlElement | undefined => e?.children.find((c) => c.name === name);
/** An element's `w:val`. */
export const val = (e: XmlElement | undefined): string | undefined => e?.attrs['w:val'];

/**
 * An element's text as mammoth reads it (`w:t`): its character data with entities decoded, a CDATA section left out
 * (mammoth reads text nodes only); '' for an empty element.
 */
export const textOf = (e: XmlElement, xml: string): string =>
  e.closeEnd === -1 ? '' : decodeEntities(xml.slice(e.openEnd, xml.lastIndexOf('<', e.closeEnd - 1)).replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ''));
