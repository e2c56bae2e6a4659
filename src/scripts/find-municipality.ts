/**
 * "Finn din kommune" on /kommuner/: reads `?q=` and lists the municipalities
 * it finds above the full list, in a live region, with links to their pages
 * (an earlier municipality also to the one it is now part of). Without
 * JavaScript the page shows the full list, which is the fallback.
 */
import { FIND_ATTR, FIND_TERMS_SEPARATOR, findMunicipalities, type FindEntry } from '../lib/municipalities/find.ts';
import { MUNICIPALITY_QUERY_PARAM } from '../lib/publish/routes.ts';
import { municipalities as s } from '../strings.ts';

const results = document.querySelector<HTMLElement>(`[${FIND_ATTR.results}]`);
const query = new URLSearchParams(location.search).get(MUNICIPALITY_QUERY_PARAM)?.trim() ?? '';
for (const note of document.querySelectorAll<HTMLElement>(`[${FIND_ATTR.noScript}]`)) note.hidden = true;

if (results && query !== '') {
  const rows = [...document.querySelectorAll<HTMLElement>(`[${FIND_ATTR.terms}]`)];
  const hrefs = new Map<string, string>();
  const entries: FindEntry[] = rows.map((row, i) => {
    const id = String(i);
    hrefs.set(id, row.querySelector('a')?.getAttribute('href') ?? '#');
    return {
      id,
      name: row.getAttribute(FIND_ATTR.name) ?? '',
      label: row.getAttribute(FIND_ATTR.label) ?? '',
      terms: (row.getAttribute(FIND_ATTR.terms) ?? '').split(FIND_TERMS_SEPARATOR),
    };
  });
  const found = findMunicipalities(query, entries).slice(0, 20);
  const input = document.querySelector<HTMLInputElement>(`input[name="${MUNICIPALITY_QUERY_PARAM}"]`);
  if (input) input.value = query.slice(0, 100);
  const heading = document.createElement('p');
  heading.textContent = s.findResults(query.slice(0, 100), found.length);
  const list = document.createElement('ul');
  for (const e of found) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.className = 'ds-link';
    a.href = hrefs.get(e.id) ?? '#';
    a.textContent = e.name;
    li.append(a);
    if (e.label) li.append(` (${e.label})`);
    list.append(li);
  }
  results.replaceChildren(heading, ...(found.length > 0 ? [list] : []));
  results.hidden = false;
}
