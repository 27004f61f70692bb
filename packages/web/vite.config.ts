import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { pwa } from './build/pwa-plugin.ts';

export default defineConfig(({ command }) => {
  // A build is always the production build, whatever NODE_ENV the caller had: vitest's globalSetup
  // runs `npm run build` with NODE_ENV=test, which would otherwise give a development bundle (with
  // Preact's debug code and without the service worker registration).
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    plugins: [preact(), pwa()],
    // @pause/ui's components must use the page's one Preact (two copies break hooks).
    resolve: { dedupe: ['preact'] },
    // The engine worker is an ES module worker (new Worker(url, { type: 'module' })).
    worker: { format: 'es' },
    build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  };
});
