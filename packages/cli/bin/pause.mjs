#!/usr/bin/env node
// Committed entry point, so npm can link the `pause` command before the build has run; the
// command itself is the bundle that `npm run build` writes.
import '../dist/pause.mjs';
