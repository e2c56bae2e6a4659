// @ts-check
import { createRequire } from 'node:module';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import contentCheck from './src/integrations/content-check.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import searchIndex from './src/integrations/search-index.ts';
import buildWithoutDepOptimizer from './src/integrations/build-without-dep-optimizer.ts';
import { sectionHeadingsPlugin } from './src/lib/content/section-headings-plugin.ts';
import { searchVariantsPlugin } from './src/lib/search/search-variants-plugin.ts';
import { localTextPlugin } from './src/lib/compare/local-text-plugin.ts';
import { MARKDOWN_FEATURES } from './src/lib/content/mdx-parser-satteri.ts';

// A build or dev server of another content folder (tests, benchmark) keeps its own caches: Astro's content
// cache, and Vite's (the dev server's prebundled dependencies), beside that folder instead of in node_modules/.
const contentRoot = process.env.REGISTER_CONTENT;
const require = createRequire(import.meta.url);
/** @param {string} name @returns {string} */
const cacheBeside = (name) => `${(contentRoot ?? '').replace(/\/$/, '')}-${name}`;

export default defineConfig({
  // The address the site is published at, for canonical URLs, the sitemap and the feed.
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  ...(contentRoot ? { cacheDir: cacheBeside('astro-cache') } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // No code blocks in the register, and Shiki's inline styles would need 'unsafe-inline'.
    syntaxHighlight: false,
    // Sätteri, Astro's own Markdown processor (Rust): GFM on, smart punctuation off, so the
    // signed text stays verbatim. .mdx inherits this; the checker parses with the same
    // processor and features (src/lib/content/mdx-parser-satteri.ts).
    processor: satteri({
      features: MARKDOWN_FEATURES,
      mdastPlugins: [sectionHeadingsPlugin],
      hastPlugins: [localTextPlugin, searchVariantsPlugin],
    }),
  },
  integrations: [contentCheck(), mdx(), sitemap(), securityHeaders(), searchIndex(), buildWithoutDepOptimizer()],
  vite: {
    ...(contentRoot ? { cacheDir: cacheBeside('vite-cache') } : {}),
    // The draft check's Web Worker (src/scripts/draft-check-worker.ts) is a module worker whose chunks split
    // as the page's do: ES modules, so mammoth (310 kB) loads only for a Word file. Vite's default, an IIFE,
    // made it one script of 883 kB loaded for every check.
    worker: { format: 'es' },
    // `astro dev`: the dependency scan starts from the pages and their scripts and does not follow `new Worker(new
    // URL(…))`, so the worker's libraries (mammoth, jszip, micromark, the hyphenation patterns) were found only when
    // a first check loaded it, and Vite reloaded the page then (the draft lost, the check never ended). The worker is
    // an entry of the scan too. (`astro build` runs no scan: build-without-dep-optimizer.ts.)
    optimizeDeps: { entries: ['src/scripts/draft-check-worker.ts'] },
    resolve: {
      alias: {
        // micromark's decoder of named character references (`&amp;`), which runs in that worker (the only
        // browser code that loads micromark): its browser build decodes with the DOM (`document.createElement`
        // as the module loads), which a worker has not, so the browser gets the build Node and workers use, with
        // its own table of names (about 37 kB more in the worker). The package's "worker" condition is not one
        // Vite resolves with.
        'decode-named-character-reference': require.resolve('decode-named-character-reference'),
      },
    },
    build: {
      rolldownOptions: {
        // Astro marks each MDX module it bundles with the directive "use astro:head-inject" and then
        // handles it itself; rolldown warns, once per agreement, that it may not keep the directive
        // (400 warnings of 10 lines each at 400 agreements), burying the build's own messages.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  security: {
    // A strict Content-Security-Policy in every page's <meta>: Astro hashes the scripts and
    // styles it emits; everything else may come from this origin only. Pagefind's search
    // engine is WebAssembly ('wasm-unsafe-eval') loaded from /pagefind/ ('self').
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
