/**
 * `npm run check`: validates all content (schema, references, section keys,
 * clause links) with the same messages as the build, without building.
 * Exits 1 when there is any problem. Usage: npm run check [-- <content-dir>]
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, DATA_FILES, readRegisterFiles } from '../src/lib/content/register-files.ts';
import { checkRegister } from '../src/lib/content/validate.ts';
import { formatProblems } from '../src/lib/content/problems.ts';

const dir = process.argv[2];
if (dir !== undefined) {
  const stat = statSync(dir, { throwIfNoEntry: false });
  const give = `Give the content folder (the one that holds agreements/, sources/ and the data files), or nothing for ${contentDir()}/.`;
  const wrong = !stat
    ? 'no such folder'
    : !stat.isDirectory()
      ? 'a file, not a folder'
      : !existsSync(join(dir, DATA_FILES.policeDistricts)) && !existsSync(join(dir, 'agreements'))
        ? `no register here (no ${DATA_FILES.policeDistricts}, no agreements/)`
        : undefined;
  if (wrong) {
    console.error(`npm run check -- ${dir}: ${wrong}. ${give}`);
    process.exit(1);
  }
}
const result = checkRegister(dir ? readRegisterFiles(dir) : readRegisterFiles());
if (result.problems.length > 0) {
  console.error(formatProblems(result.problems));
  process.exit(1);
}
console.log(
  `Content OK: ${result.agreements.length} documents, ${result.municipalities.length} municipalities, ${result.policeDistricts.length} police districts (${result.formerPoliceDistricts.length} before 2016), ${result.focusAreas.length} focus areas.`,
);
