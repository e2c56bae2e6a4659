/**
 * Each MDX body's sections (`splitSections`), split once per process and
 * shared: the build splits every agreement before Vite starts (for the
 * shared-text analysis, register-sharing.ts), and the pages, which load the
 * code separately, ask for the same bodies again (source omissions,
 * comparison pages); so the cache is kept under a global key, like the parse
 * cache (mdx-parse.ts). Build side only: the browser's scripts split their
 * one text without it. Never mutate a result.
 */
import { splitSections, type AgreementSection } from './sections-text.ts';

const CACHE_KEY = Symbol.for('politiradsavtaler.sections-cache');
const cache = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] ??= new Map<string, AgreementSection[]>()) as Map<string, AgreementSection[]>;
const CACHE_LIMIT = 2000;

/** The sections of an MDX body, split once. */
export function sectionsOfBody(body: string): AgreementSection[] {
  let sections = cache.get(body);
  if (!sections) {
    sections = splitSections(body);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(body, sections);
  }
  return sections;
}
