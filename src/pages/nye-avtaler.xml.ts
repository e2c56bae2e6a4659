/** `/nye-avtaler.xml`: an RSS feed of the agreements most recently added to the register. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getRegister } from '../data/register.ts';
import { feedDescription, feedItems } from '../lib/publish/feed.ts';
import { site } from '../strings.ts';

export async function GET(context: APIContext) {
  const register = await getRegister();
  const items = feedItems(register.documents, (doc) => feedDescription(doc, register));
  return rss({
    title: site.feedTitle,
    description: site.feedDescription,
    site: context.site ?? 'http://127.0.0.1:4321',
    items,
    customData: '<language>nb</language>',
  });
}
