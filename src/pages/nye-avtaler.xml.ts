/** `/nye-avtaler.xml`: an RSS feed of the agreements most recently added to the register. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getRegister } from '../data/register.ts';
import { feedItems } from '../lib/publish/feed.ts';
import { formatDate } from '../lib/format.ts';
import { documentTypes, site } from '../strings.ts';

export async function GET(context: APIContext) {
  const register = await getRegister();
  const items = feedItems(register.documents, (doc) => {
    const municipality = register.municipalityById.get(doc.data.municipality)?.name ?? doc.data.municipality;
    const district = register.policeDistrictById.get(doc.data.policeDistrict)?.name ?? doc.data.policeDistrict;
    return site.feedItem(documentTypes[doc.data.documentType], municipality, district, doc.data.signed ? formatDate(doc.data.signed.date) : undefined);
  });
  return rss({
    title: site.feedTitle,
    description: site.feedDescription,
    site: context.site ?? 'http://127.0.0.1:4321',
    items,
    customData: '<language>nb</language>',
  });
}
