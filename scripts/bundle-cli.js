#!/usr/bin/env node
// Bundles the pause command into one file, packages/cli/dist/pause.mjs. One minified module loads
// far faster than a tree of a few hundred (node resolves and reads each), which keeps `pause check`
// under its cold-start budget. Run after `tsc -b` (npm run build does both).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'cli');
const outfile = join(cli, 'dist', 'pause.mjs');
await build({
  entryPoints: [join(cli, 'dist', 'main.js')],
  outfile,
  bundle: true,
  // The audit and its importers (and their dependencies) load from node_modules when `pause audit`
  // runs, and the server (Fastify, the native better-sqlite3) when `pause serve` does, so they add
  // nothing to the bundle that `pause check` reads at start.
  external: ['@pause/audit', '@pause/importers', '@pause/server'],
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
