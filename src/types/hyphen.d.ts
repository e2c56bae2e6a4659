/**
 * Types for the `hyphen` package's language modules (it ships none). Only
 * what the importer uses: the synchronous hyphenator of one language's
 * patterns, and the patterns themselves (compared by a test). https://github.com/ytiurin/hyphen
 */
declare module 'hyphen/nb/index.js' {
  const nb: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number; html?: boolean }): string; patterns: unknown };
  export default nb;
}
declare module 'hyphen/nn/index.js' {
  const nn: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number; html?: boolean }): string; patterns: unknown };
  export default nn;
}
