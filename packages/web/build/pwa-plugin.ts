/**
 * Build-time PWA pieces: the PNG icons, and the service worker (src/sw.ts) with the list of files
 * that make up the app shell and a cache version derived from them, so every build that changes a
 * file gets a fresh cache and the old one is dropped.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformWithOxc, type Plugin } from 'vite';
import { drawIcon, encodePng } from './png.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const SW_SOURCE = join(here, '../src/sw.ts');
const PUBLIC_DIR = join(here, '../public');
const ICON_SIZES = [192, 512];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [relative(PUBLIC_DIR, join(dir, e.name)).split(sep).join('/')]);
}

export function pwa(): Plugin {
  return {
    name: 'pause-pwa',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: '/icons/icon-192.png' }, injectTo: 'head' }],
    },
    async generateBundle(_options, bundle) {
      const icons = new Map(ICON_SIZES.map((size) => [`icons/icon-${size}.png`, encodePng(size, size, drawIcon(size))]));
      for (const [fileName, source] of icons) this.emitFile({ type: 'asset', fileName, source });
      const built = Object.keys(bundle).filter((f) => !f.endsWith('.map'));
      const files = [...new Set([...built, ...filesUnder(PUBLIC_DIR), ...icons.keys()])].sort();
      const shell = ['/', ...files.filter((f) => f !== 'index.html').map((f) => `/${f}`)];
      // Hashed asset names change with their content; index.html, icons and public files are hashed by content here.
      const hash = createHash('sha256');
      for (const f of files) {
        const out = bundle[f];
        hash.update(f);
        if (out?.type === 'asset') hash.update(typeof out.source === 'string' ? out.source : Buffer.from(out.source));
        else if (icons.has(f)) hash.update(icons.get(f)!);
        else if (!out) hash.update(readFileSync(join(PUBLIC_DIR, f)));
      }
      const version = hash.digest('hex').slice(0, 12);
      const { code } = await transformWithOxc(readFileSync(SW_SOURCE, 'utf8'), 'sw.ts', { lang: 'ts' });
      const sw = code
        .replace(/^export\s*\{\s*\};?\s*$/m, '') // the module marker tsc wants; a classic worker script must not have it
        .replaceAll('__PAUSE_SHELL__', JSON.stringify(shell))
        .replaceAll('__PAUSE_VERSION__', JSON.stringify(version));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: sw });
    },
  };
}
