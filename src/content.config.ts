/**
 * The register's collections. Schemas come from `src/lib/content/schema.ts`; the keys
 * agreements may reference are read from the data collections, so an unknown
 * key fails with the list of valid ones. The content folder is `content/`
 * unless REGISTER_CONTENT names another (tests, benchmark).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { join } from 'node:path';
import { contentDir, DATA_FILES, dataIds, hasFormerPoliceDistricts, slugOf } from './lib/content/register-files.ts';
import { parseJsonText } from './lib/content/source-text.ts';
import { agreementSchema, focusAreaSchema, formerPoliceDistrictSchema, municipalitySchema, policeDistrictSchema } from './lib/content/schema.ts';

const root = contentDir();

const ids = (name: string) => dataIds(name, root);

/**
 * A data file, parsed as the checker parses it (Astro's own JSON.parse refuses a byte-order mark): a JSON
 * array of entries, each checked against its schema here and by the checker before.
 */
const dataFile = (name: string) => file(join(root, name), { parser: (text) => parseJsonText(text) as Array<Record<string, unknown>> });

export const collections = {
  policeDistricts: defineCollection({ loader: dataFile(DATA_FILES.policeDistricts), schema: policeDistrictSchema }),
  municipalities: defineCollection({ loader: dataFile(DATA_FILES.municipalities), schema: municipalitySchema }),
  focusAreas: defineCollection({ loader: dataFile(DATA_FILES.focusAreas), schema: focusAreaSchema }),
  formerPoliceDistricts: defineCollection({
    // Optional: a register with no document from before 2016 needs no file.
    loader: hasFormerPoliceDistricts(root) ? dataFile(DATA_FILES.formerPoliceDistricts) : { name: 'no-former-districts', load: async () => {} },
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
