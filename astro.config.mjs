// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import contentCheck from './src/integrations/content-check.ts';
import { remarkSectionHeadings } from './src/lib/remark-section-headings.ts';

// A build from another content folder (tests, benchmark) keeps its own content cache.
const contentRoot = process.env.REGISTER_CONTENT;

export default defineConfig({
  ...(contentRoot ? { cacheDir: `${contentRoot.replace(/\/$/, '')}-astro-cache` } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Unified, so our remark plugin runs; SmartyPants off, so the signed text stays verbatim.
    processor: unified({ smartypants: false, remarkPlugins: [remarkSectionHeadings] }),
  },
  integrations: [contentCheck(), mdx()],
});
