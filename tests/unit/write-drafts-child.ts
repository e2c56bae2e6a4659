/**
 * A child process for tests/unit/import-write.test.ts: writes three drafts
 * into a folder, and their source text to the path given, and kills itself (SIGKILL, no clean-up) right after the step
 * named on the command line. Usage: node write-drafts-child.ts <dir> <step> <index> <source path> <source text>
 */
import { writeDrafts, type WriteStep } from '../../src/lib/import/write.ts';

const [dir, step, index, sourcePath, sourceText] = process.argv.slice(2);
if (!dir || !step || index === undefined || !sourcePath || sourceText === undefined) {
  throw new Error('usage: write-drafts-child.ts <dir> <step> <index> <source path> <source text>');
}
const drafts = ['oppegard-2018-saksframlegg', 'oppegard-2018', 'oppegard-2009-retningslinjer'].map((slug) => ({ slug, mdx: `---\ntitle: ${slug}\n---\n\nTekst.\n` }));
writeDrafts(
  drafts,
  dir,
  false,
  {
    onStep: (s: WriteStep, i: number) => {
      if (s === step && i === Number(index)) process.kill(process.pid, 'SIGKILL');
    },
  },
  { path: sourcePath, bytes: new TextEncoder().encode(sourceText) },
);
