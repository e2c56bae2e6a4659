/**
 * The HTTP headers the site asks its host to send, for `dist/_headers`
 * (Netlify, Cloudflare Pages and others read it) and the nginx snippet in the
 * README. The Content-Security-Policy is the one Astro writes into every
 * page's <meta>, plus what only a header can say (frame-ancestors).
 */
import { decodeEntities } from '../html-entities.ts';
import { agreementsDataUrl, municipalitiesDataUrl, sourceTextsPath } from './routes.ts';

/** Headers besides the CSP: no MIME sniffing, no referrer to other sites, no powerful features. */
export const STATIC_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The CSP of a page's <meta>, or undefined when it has none. */
export function cspOfPage(html: string): string | undefined {
  const content = META_CSP.exec(html)?.[1];
  return content === undefined ? undefined : decodeEntities(content).trim();
}

/** A policy as directives: name → its sources, in order. */
function parsePolicy(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const d of policy.split(';').map((x) => x.trim()).filter(Boolean)) {
    const [name, ...sources] = d.split(/\s+/);
    if (name === undefined) continue; // split always yields at least one part
    map.set(name, sources);
  }
  return map;
}

/**
 * One policy that allows what every page's policy allows, for a header sent
 * with every page (a page then enforces both: the header and its own <meta>).
 * Pages may differ only in the hashes of their scripts and styles; any other
 * difference is an error, since a header cannot serve both.
 */
export function mergePolicies(policies: readonly string[]): string {
  const [first, ...rest] = policies;
  if (first === undefined) throw new Error('mergePolicies: no page policy to merge');
  const merged = parsePolicy(first);
  for (const policy of rest) {
    const other = parsePolicy(policy);
    const names = new Set([...merged.keys(), ...other.keys()]);
    for (const name of names) {
      const a = merged.get(name) ?? [];
      const b = other.get(name) ?? [];
      const plain = (xs: string[]) => xs.filter((x) => !/^'sha(256|384|512)-/.test(x)).join(' ');
      if (plain(a) !== plain(b)) {
        throw new Error(`Pages' Content-Security-Policies differ in ${name} ("${plain(a)}" and "${plain(b)}"), not only in hashes: one header cannot serve both.`);
      }
      merged.set(name, [...new Set([...a, ...b])]);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The header policy: the page policy with frame-ancestors added (a <meta> policy cannot say it). */
export function headerPolicy(pagePolicy: string): string {
  const directives = pagePolicy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  if (!directives.some((d) => d.startsWith('frame-ancestors'))) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

/** The Content-Type the source texts are served with. */
export const SOURCE_TEXT_TYPE = 'text/plain; charset=utf-8';

/** The Content-Type the open data's CSV files are served with. */
export const CSV_TYPE = 'text/csv; charset=utf-8';

/** The `_headers` file: every path gets the policy and the static headers; the source texts and the CSV files their charset. */
export function headersFile(pagePolicy: string): string {
  const lines = ['/*', `  Content-Security-Policy: ${headerPolicy(pagePolicy)}`, ...Object.entries(STATIC_HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
  // A host guesses the charset of a .txt file (often Windows-1252, so "ø" shows as "Ã¸"): name it.
  lines.push(`${sourceTextsPath()}*`, `  Content-Type: ${SOURCE_TEXT_TYPE}`);
  // The same for the CSV files, which a spreadsheet would otherwise open as Windows-1252 («BodÃ¸»).
  for (const csv of [agreementsDataUrl('csv'), municipalitiesDataUrl('csv')]) lines.push(csv, `  Content-Type: ${CSV_TYPE}`);
  return `${lines.join('\n')}\n`;
}
