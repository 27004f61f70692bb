// After `vite build`: takes the script for added sites off the web-accessible list (crxjs lists it for
// every page, which a page could fetch to learn that Pause is installed; it is registered with
// chrome.scripting and needs no listing), in dist/, dist-test/ and dist-firefox/; then packs dist/ into
// pause-extension.zip and dist-firefox/ into pause-extension-firefox.zip (for a store or for loading elsewhere) and
// reports the size users download and the browser parses: the engine (service worker) and the
// content script, gzipped. The target for both together is 600 KB (issue 15).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const firefox = join(root, 'dist-firefox');
for (const dir of [dist, join(root, 'dist-test'), firefox]) {
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  manifest.web_accessible_resources = (manifest.web_accessible_resources ?? []).filter(
    (w) => !w.resources.every((r) => r.startsWith('src/content/added-site')),
  );
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** Packs a build folder; fixed times, so the same build gives the same zip. */
function pack(dir, zip) {
  const entries = Object.fromEntries(
    files(dir).map((f) => [relative(dir, f), [readFileSync(f), { mtime: new Date('2026-01-01T00:00:00Z') }]]),
  );
  writeFileSync(join(root, zip), zipSync(entries, { level: 9 }));
}
pack(dist, 'pause-extension.zip');
pack(firefox, 'pause-extension-firefox.zip');

const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
const gz = (f) => gzipSync(readFileSync(join(dist, f))).length;
/** A file and the chunks it imports, once each (the content script's loader, the worker's chunks). */
function withImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) {
    const dep = m[1].startsWith('/') ? m[1].slice(1) : join(file, '..', m[1]);
    withImports(dep.replace(/\\/g, '/'), seen);
  }
  for (const m of code.matchAll(/chrome\.runtime\.getURL\(\s*["']([^"']+\.js)["']\s*\)/g))
    withImports(m[1].replace(/^\//, ''), seen);
  return seen;
}
const engine = [...withImports(manifest.background.service_worker)];
const content = [...withImports(manifest.content_scripts[0].js[0])];
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const sum = (list) => list.reduce((n, f) => n + gz(f), 0);
console.log(
  `pause-extension.zip: ${kb(statSync(join(root, 'pause-extension.zip')).size)}; gzipped: engine ${kb(sum(engine))}, ` +
    `content script ${kb(sum(content))} (target for both: 600 KB)`,
);
