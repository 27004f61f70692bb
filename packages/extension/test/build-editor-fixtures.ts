// Bundles the rich-text editor test pages (test/fixtures/editors) into standalone HTML files for end-to-end tests.
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const EDITOR_LIBRARIES = ['lexical', 'prosemirror', 'slate', 'quill', 'draftjs'] as const;
export type EditorLibrary = (typeof EDITOR_LIBRARIES)[number];

const SOURCES: Record<EditorLibrary, string> = {
  lexical: 'lexical.ts',
  prosemirror: 'prosemirror.ts',
  slate: 'slate.tsx',
  quill: 'quill.ts',
  draftjs: 'draftjs.tsx',
};

// Composer layout shared by every page: the editor fills the row, Send sits to its right.
const PAGE_CSS = `
body { font: 15px/1.4 system-ui, sans-serif; margin: 2rem; }
.composer { display: flex; gap: 0.5rem; align-items: flex-end; max-width: 40rem; }
.composer-input { flex: 1; min-width: 0; border: 1px solid #999; border-radius: 6px; }
.composer-input .editor, .composer-input .ql-editor, .composer-input .DraftEditor-root {
  min-height: 2.5rem; padding: 0.5rem; outline: none;
}
.composer-input .ql-container.ql-snow { border: 0; }
.editor p { margin: 0; }
#send { padding: 0.5rem 1rem; }
`;

// The empty icon stops a favicon 404 from showing up as a console error in tests that watch for them.
function page(library: EditorLibrary, css: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${library}</title>
<link rel="icon" href="data:,">
<style>${PAGE_CSS}</style>
${css ? `<link rel="stylesheet" href="${library}.css">` : ''}
</head>
<body>
<script src="${library}.js"></script>
</body>
</html>
`;
}

/**
 * Builds one page per editor library into outDir as `<lib>.html` with `<lib>.js` (and `<lib>.css` when the library
 * ships styles) beside it, and returns the HTML path for each library.
 */
export async function buildEditorFixtures(outDir: string): Promise<Record<EditorLibrary, string>> {
  const sourceDir = fileURLToPath(new URL('./fixtures/editors/', import.meta.url));
  await mkdir(outDir, { recursive: true });
  const result = await build({
    entryPoints: EDITOR_LIBRARIES.map((library) => ({ in: join(sourceDir, SOURCES[library]), out: library })),
    outdir: outDir,
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    // Pages are loaded from a local server or file://; a source map would only slow the build.
    sourcemap: false,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'silent',
  });
  const written = new Set<string>();
  await Promise.all(
    result.outputFiles.map((file) => {
      written.add(basename(file.path));
      return writeFile(file.path, file.contents);
    }),
  );
  const pages = Object.fromEntries(
    EDITOR_LIBRARIES.map((library) => [library, join(outDir, `${library}.html`)]),
  ) as Record<EditorLibrary, string>;
  await Promise.all(
    EDITOR_LIBRARIES.map((library) =>
      writeFile(pages[library], page(library, written.has(`${library}.css`) ? `${library}.css` : '')),
    ),
  );
  return pages;
}
