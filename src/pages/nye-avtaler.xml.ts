/** `/nye-avtaler.xml`: an RSS feed of the agreements most recently added to the register. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getRegister } from '../data/register.ts';
import { FEED_XMLNS, feedChannelData, feedDescription, feedItems } from '../lib/publish/feed.ts';
import { feedUrl } from '../lib/publish/routes.ts';
import { site } from '../strings.ts';

export async function GET(context: APIContext) {
  const register = await getRegister();
  const items = feedItems(register.documents, (doc) => feedDescription(doc, register));
  const origin = context.site ?? 'http://127.0.0.1:4321';
  return rss({
    title: site.feedTitle,
    description: site.feedDescription,
    site: origin,
    items,
    xmlns: FEED_XMLNS,
    customData: feedChannelData(items, new URL(feedUrl(), origin).href),
  });
}
