/**
 * `npm run import -- <file> [--municipality NAME] [--district NAME] [--out DIR] [--force]`:
 * a signed agreement (PDF, Word .docx or plain text) to draft MDX files under
 * content/agreements/, and the text they were made from under content/sources/
 * (both in --out DIR when given), and a review of what to check.
 * Writes nothing when anything is wrong. The work is in src/lib/import/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importAgreement, ImportError, reviewLines } from '../src/lib/import/index.ts';
import { finishInterruptedWrites, folderProblem, writeDrafts } from '../src/lib/import/write.ts';
import { contentDir, displayPath, readRegisterFiles, SOURCES_DIR } from '../src/lib/content/register-files.ts';
import { checkRegister } from '../src/lib/content/validate.ts';
import { registerVocabulary } from '../src/lib/import/hyphenation.ts';
import { ownName } from '../src/lib/import/register-lookup.ts';

const USAGE =
  'Usage: npm run import -- <file.pdf|file.docx|file.txt> [--municipality NAME] [--district NAME] [--out DIR] [--force]\n       npm run import -- --finish [--out DIR]   (finish an import that was interrupted)';

function fail(message: string): never {
  console.error(`import: ${message}`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      municipality: { type: 'string' },
      district: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      finish: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
// A file where the drafts' folder should be: said before anything is read.
const outProblem = args.values.out === undefined ? undefined : folderProblem(args.values.out);
if (outProblem) fail(outProblem);
if (args.values.finish) {
  const dir = args.values.out ?? join(contentDir(), 'agreements');
  try {
    const placed = finishInterruptedWrites(dir);
    console.log(placed.length > 0 ? `Put in place: ${placed.join(', ')}` : `No interrupted import in ${dir}.`);
  } catch (e) {
    if (e instanceof ImportError) fail(e.message);
    throw e;
  }
  process.exit(0);
}
const [file, ...extra] = args.positionals;
if (!file || extra.length > 0) fail(`give exactly one file to import.\n${USAGE}`);

let bytes: Uint8Array;
try {
  bytes = readFileSync(file);
} catch (e) {
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT' ? 'there is no such file'
    : code === 'EISDIR' ? 'it is a folder, not a file: give the agreement\'s file (PDF, .docx or .txt) in it'
    : code === 'EACCES' ? 'you may not read it (its permissions): copy it somewhere you can read it, or change them'
    : (e as Error).message;
  fail(`cannot read ${file}: ${why}.`);
}

const files = readRegisterFiles();
const register = { ...checkRegister(files), vocabulary: registerVocabulary(files.agreements.map((a) => a.text)) };
const outDir = args.values.out ?? join(contentDir(), 'agreements');
const sourcesDir = args.values.out ?? join(contentDir(), SOURCES_DIR);
try {
  const result = await importAgreement(file, bytes, register, {
    ...(args.values.municipality ? { municipality: args.values.municipality } : {}),
    ...(args.values.district ? { district: args.values.district } : {}),
    added: new Date().toISOString().slice(0, 10),
  });
  for (const notice of result.notices) console.log(`Note: ${notice}`);
  // Each draft's path as the register names its documents.
  const draftPaths = result.drafts.map((d) => displayPath(join(outDir, `${d.slug}.mdx`)));
  // A published document of the register in the draft's place: say whose it is, and how to import another municipality's.
  if (!args.values.force) {
    const published = result.drafts.flatMap((d, i) => {
      const doc = register.agreements.find((a) => a.path === draftPaths[i]);
      const municipality = register.municipalities.find((m) => m.id === d.frontmatter.municipality);
      return doc ? [{ doc, slug: d.slug, name: municipality ? ownName(municipality) : d.frontmatter.municipality }] : [];
    });
    if (published.length > 0) {
      const from = args.values.municipality ? 'as given with --municipality' : 'read from the document';
      const first = published[0];
      fail(
        `${published.map((p) => `${p.doc.path} is a published document of ${p.name} kommune`).join('; ')}, and this import is ${first?.name}'s (${from}): nothing was written. If the file is another municipality's agreement, import it with --municipality NAME; if it is another document of ${first?.name} of the same year, import it with --out DIR and give the draft and its source text a name of their own (e.g. ${first?.slug}-2.mdx and ${first?.slug}-2.txt, with source.file changed) before you move them into the register; to replace the published document with this text, import again with --force (the document's edits would be lost).`,
      );
    }
  }
  const source = { path: join(sourcesDir, result.source.file), bytes: result.source.bytes };
  // A source text other documents (finished or drafts) are made from is theirs too: not overwritten by this import, even with --force.
  const drafted = new Set(draftPaths);
  const others = (register.sourceNames.get(result.source.file) ?? []).filter((path) => !drafted.has(path));
  if (!args.values.out && others.length > 0 && existsSync(source.path) && !Buffer.from(source.bytes).equals(readFileSync(source.path))) {
    fail(
      `${displayPath(source.path)} is also the source text of ${others.join(', ')}, which this import does not write, and holds another text: nothing was written, not even with --force. Import the file all of them were made from, or change those documents (their source.file) first.`,
    );
  }
  // An import that was interrupted after it committed is finished first (writeDrafts would do it too): said, with its files.
  const finished = finishInterruptedWrites(outDir);
  if (finished.length > 0) {
    console.log(
      `Note: an earlier import into ${displayPath(outDir)} was interrupted; it is finished now, its files put in place: ${finished.map((p) => displayPath(p)).join(', ')}. Review them as that import's drafts.`,
    );
  }
  const written = writeDrafts(result.drafts, outDir, args.values.force, {}, source);
  result.drafts.forEach((draft, i) => {
    const path = displayPath(written[i] ?? '');
    console.log(`\nWrote ${path}`);
    for (const line of reviewLines(draft, path)) console.log(line);
  });
  // A source text the rewritten documents named before, and no other document names: left as it is, and said.
  if (!args.values.out) {
    for (const [name, paths] of register.sourceNames) {
      if (name !== result.source.file && paths.every((path) => drafted.has(path)) && existsSync(join(sourcesDir, name))) {
        console.log(`\nNote: ${displayPath(join(sourcesDir, name))}, which ${paths.join(', ')} named before, is named by no document now: remove it, or name it again where it belongs (npm run check refuses a source text no document names).`);
      }
    }
  }
  console.log(
    written.includes(source.path)
      ? `\nWrote ${displayPath(source.path)}: the text the drafts were made from (the page links it).`
      : `\n${displayPath(source.path)} is there already with the same text: left as it is.`,
  );
  console.log('\nNext: compare each draft with the signed document, fill in or correct the fields above, delete the review comment, then run npm run check.');
} catch (e) {
  if (e instanceof ImportError) fail(e.message);
  throw e;
}
