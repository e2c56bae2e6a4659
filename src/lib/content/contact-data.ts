/**
 * Personal contact data in an agreement's text: e-mail addresses and phone
 * numbers of individuals. Publishing them is a decision to make on purpose
 * (recorded as `contactDetails` in the frontmatter), so the checker and the
 * importer both find them here, with one rule:
 *
 * - an e-mail address is personal when its mailbox reads as a name
 *   (`thomas.thorshaug@…`, `k.nordmann@…`) or a person's name stands in the
 *   same paragraph or list item; `post@…`, `postmottak@…` and other one-word
 *   mailboxes with no name beside them are an office's;
 * - a phone number (eight digits, spaced any way, optionally +47) is personal
 *   when a person's name stands in the same paragraph or list item. Luster's
 *   "eigen vakttelefon, 40038 358" of Namsmannen is a service number.
 *
 * A person's name is two to four capitalised words in a row ("Per
 * Thomassen", "Tor Håvard Bentzen") that are not the name of an office or a
 * place followed by "kommune", "politidistrikt" and the like.
 */

/** One finding: where, what, and whose it looks like. */
export interface ContactFinding {
  /** 1-based line of the text where the paragraph or list item starts. */
  line: number;
  kind: 'e-mail' | 'phone';
  /** The address or number as written. */
  value: string;
  /** The name next to it, when one was found. */
  person?: string;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[a-z]{2,}/giu;
/** Eight digits in groups separated by single spaces, optionally after +47; not part of a longer number or a date. */
const PHONE = /(?<![\p{N}.,/:-])(?:\+47\s?)?\d(?:\s?\d){7}(?![\p{N}]|[.,]\d)/gu;
/** A quick test for PHONE's digits, without its conditions around them. */
const ANY_PHONE = /\d(?:\s?\d){7}/u;
const CAPITALISED = /^\p{Lu}[\p{Ll}]+(?:-\p{Lu}?[\p{Ll}]+)?$/u;
/** Words after which a capitalised run is an organisation or place, not a person. */
const ORGANISATION_AFTER = /^(kommune|kommunes|politidistrikt|politistasjon|lensmannskontor|lensmannsdistrikt|fylkeskommune|politiråd|sykehus|skole|skule)\b/iu;
/** Capitalised words that begin sentences or name offices, never a person's first name here. */
const NOT_A_NAME = new Set(
  [
    'politiet', 'politi', 'politikontakt', 'politikontakten', 'politimester', 'politistasjon', 'kommunen', 'kommune',
    'ordfører', 'ordførar', 'rådmann', 'sentralbordet', 'støttesenter', 'senter', 'seksjon', 'seksjonsleder',
    'namsmannen', 'lensmannen', 'nav', 'slt', 'tlf', 'telefon', 'mail', 'e-post', 'epost', 'mobil', 'kontakt',
    'geografisk', 'driftsenhetsleder', 'den', 'det', 'de', 'vi', 'han', 'hun', 'ho', 'dei', 'alle', 'både',
  ].map((w) => w.toLocaleLowerCase('nb')),
);

/** A person's name in `text`: the first run of 2–4 capitalised words that is not an office or a place. */
export function personNameIn(text: string): string | undefined {
  // A short word with a full stop is a title ("Pob.", "Dr."), not part of the name.
  const words = text.split(/[\s,;:()]+/).map((w) => (/^\p{L}{1,3}\.$/u.test(w) ? '.' : w.replace(/[.]+$/, '')));
  const isNameWord = (w: string | undefined) => w !== undefined && CAPITALISED.test(w) && !NOT_A_NAME.has(w.toLocaleLowerCase('nb'));
  for (let i = 0; i < words.length; i++) {
    let j = i;
    while (j < words.length && j - i < 4 && isNameWord(words[j])) j++;
    if (j - i >= 2 && !ORGANISATION_AFTER.test(words[j] ?? '')) return words.slice(i, j).join(' ');
    if (j > i) i = j - 1;
  }
  return undefined;
}

/** True when a mailbox (the part before @) reads as a person's name: two parts of letters joined by ".", "_" or "-". */
function isNamedMailbox(mailbox: string): boolean {
  return /^\p{L}+[._-]\p{L}+(?:[._-]\p{L}+)*\d*$/u.test(mailbox);
}

/** Paragraphs and list items of a text, each with the line it starts on. */
function units(text: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  let current: { line: number; text: string } | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    const isItem = /^(?:[-*+•❖]|\d+[.)])\s/.test(line);
    if (line === '' || isItem) {
      if (current) out.push(current);
      current = line === '' ? undefined : { line: index + 1, text: line };
      return;
    }
    if (current) current.text += `\n${line}`;
    else current = { line: index + 1, text: line };
  });
  if (current) out.push(current);
  return out;
}

/** Every personal e-mail address and phone number in `text` (an MDX body or plain text), in order. */
export function findPersonalContactData(text: string): ContactFinding[] {
  const findings: ContactFinding[] = [];
  for (const unit of units(text)) {
    const plain = unit.text.replace(/<br\s*\/?>/g, ' ').replace(/\*\*/g, '');
    // Most paragraphs hold neither an "@" nor eight digits: nothing to look for there.
    if (!plain.includes('@') && !ANY_PHONE.test(plain)) continue;
    const emails = plain.includes('@') ? [...plain.matchAll(EMAIL)].map((m) => m[0]) : [];
    const withoutEmails = emails.reduce((t, e) => t.replace(e, ' '), plain);
    const person = personNameIn(withoutEmails);
    for (const email of emails) {
      const mailbox = email.split('@')[0] ?? '';
      if (isNamedMailbox(mailbox) || person) {
        findings.push({ line: unit.line, kind: 'e-mail', value: email, ...(person ? { person } : {}) });
      }
    }
    if (!person) continue;
    for (const m of withoutEmails.matchAll(PHONE)) findings.push({ line: unit.line, kind: 'phone', value: m[0], person });
  }
  return findings;
}
