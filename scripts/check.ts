/**
 * `npm run check`: validates all content (schema, references, section keys,
 * clause links) with the same messages as the build, without building.
 * Exits 1 when there is any problem. Usage: npm run check [-- <content-dir>]
 */
import { statSync } from 'node:fs';
import { contentDir, readRegisterFiles } from '../src/lib/content/register-files.ts';
import { checkRegister } from '../src/lib/content/validate.ts';
import { formatProblems } from '../src/lib/content/problems.ts';

const dir = process.argv[2];
if (dir !== undefined && !statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
  console.error(`npm run check -- ${dir}: no such folder. Give the content folder (the one that holds agreements/, sources/ and the data files), or nothing for ${contentDir()}/.`);
  process.exit(1);
}
const result = checkRegister(dir ? readRegisterFiles(dir) : readRegisterFiles());
if (result.problems.length > 0) {
  console.error(formatProblems(result.problems));
  process.exit(1);
}
console.log(
  `Content OK: ${result.agreements.length} documents, ${result.municipalities.length} municipalities, ${result.policeDistricts.length} police districts (${result.formerPoliceDistricts.length} before 2016), ${result.focusAreas.length} focus areas.`,
);
