#!/usr/bin/env node
// Writes the --attach test pictures beside this script: photo-gps.jpg (EXIF with a GPS position)
// and photo-plain.jpg (EXIF without one). Both are 1×1 grey JPEGs built byte by byte in jpeg.mjs.
// Run: node packages/cli/test-fixtures/make-fixtures.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtures } from './jpeg.mjs';

const here = dirname(fileURLToPath(import.meta.url));
for (const [name, bytes] of Object.entries(fixtures())) {
  writeFileSync(join(here, name), bytes);
  console.log(`${name}: ${bytes.length} bytes`);
}
