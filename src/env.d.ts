/** What pages hand to the components MDX renders inside them, for one request. */
declare namespace App {
  interface Locals {
    /** The agreement page's local-text segments by block text (see src/components/LocalText.astro). */
    localText?: ReadonlyMap<string, import('./lib/compare/similarity.ts').Segment[]>;
  }
}
