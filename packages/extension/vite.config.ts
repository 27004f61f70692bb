import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { drawIcon, encodePng } from '../web/build/png.ts';
import { defineConfig, type Plugin } from 'vite';
import { manifestFor } from './src/manifest.ts';

/** The toolbar and notification icons as PNG, drawn at build time like the web app's (no binaries committed). */
function icons(): Plugin {
  return {
    name: 'pause-icons',
    generateBundle() {
      for (const size of [16, 48, 128]) {
        this.emitFile({
          type: 'asset',
          fileName: `icons/icon-${size}.png`,
          source: encodePng(size, size, drawIcon(size)),
        });
      }
    },
  };
}

// `vite build --mode test` makes dist-test/: the same extension, with local pages granted as hosts
// so the end-to-end tests can add them as sites without a permission prompt. `--mode firefox` makes
// dist-firefox/, for Firefox.
const OUT_DIR: Record<string, string> = { test: 'dist-test', firefox: 'dist-firefox' };

export default defineConfig(({ mode }) => ({
  plugins: [
    preact(),
    icons(),
    mode === 'firefox'
      ? crx({ manifest: manifestFor([], 'firefox'), browser: 'firefox' })
      : crx({ manifest: manifestFor(mode === 'test' ? ['http://127.0.0.1/*'] : []) }),
  ],
  // @pause/ui's card must use the extension's one Preact (two copies break hooks).
  resolve: { dedupe: ['preact'] },
  // Vite's modulepreload polyfill fetches the page's own modules; the extension needs none of it.
  build: {
    outDir: OUT_DIR[mode] ?? 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
  },
}));
