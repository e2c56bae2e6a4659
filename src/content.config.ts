/**
 * The register's collections. Schemas come from `src/lib/content/schema.ts`; the keys
 * agreements may reference are read from the data collections, so an unknown
 * key fails with the list of valid ones. The content folder is `content/`
 * unless REGISTER_CONTENT names another (tests, benchmark).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, DATA_FILES, hasFormerPoliceDistricts, slugOf } from './lib/content/register-files.ts';
import { agreementSchema, focusAreaSchema, formerPoliceDistrictSchema, municipalitySchema, policeDistrictSchema } from './lib/content/schema.ts';

const root = contentDir();

function ids(name: string): string[] {
  try {
    return (JSON.parse(readFileSync(join(root, name), 'utf8')) as Array<{ id: string }>).map((e) => e.id);
  } catch {
    return [];
  }
}

export const collections = {
  policeDistricts: defineCollection({ loader: file(join(root, DATA_FILES.policeDistricts)), schema: policeDistrictSchema }),
  municipalities: defineCollection({ loader: file(join(root, DATA_FILES.municipalities)), schema: municipalitySchema }),
  focusAreas: defineCollection({ loader: file(join(root, DATA_FILES.focusAreas)), schema: focusAreaSchema }),
  formerPoliceDistricts: defineCollection({
    // Optional: a register with no document from before 2016 needs no file.
    loader: hasFormerPoliceDistricts(root) ? file(join(root, DATA_FILES.formerPoliceDistricts)) : { name: 'no-former-districts', load: async () => {} },
    schema: formerPoliceDistrictSchema,
  }),
  agreements: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: join(root, 'agreements'), generateId: ({ entry }) => slugOf(entry) }),
    schema: agreementSchema({
      policeDistricts: ids(DATA_FILES.policeDistricts),
      municipalities: ids(DATA_FILES.municipalities),
      focusAreas: ids(DATA_FILES.focusAreas),
      formerPoliceDistricts: ids(DATA_FILES.formerPoliceDistricts),
    }),
  }),
};
