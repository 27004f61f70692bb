/**
 * Test helper: an ArchiveSource over in-memory files, so importers can be tested without the archive code.
 * `stream()` hands out small chunks (default 7 bytes) so that splitting inside a token or a multi-byte character
 * is exercised everywhere.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ArchiveEntry, ArchiveSource } from '../types.js';

export type FileContent = string | Uint8Array | (() => AsyncIterable<Uint8Array>);

export interface TestSourceOptions {
  name?: string;
  chunkSize?: number;
  /** Declared size for generated (streamed) entries. */
  sizes?: Record<string, number>;
}

const encoder = new TextEncoder();

export function entryOf(path: string, content: FileContent, chunkSize = 7, declaredSize?: number): ArchiveEntry {
  if (typeof content === 'function') {
    return {
      path,
      size: declaredSize ?? 0,
      async bytes() {
        const parts: Uint8Array[] = [];
        for await (const part of content()) parts.push(part);
        return concat(parts);
      },
      stream: content,
    };
  }
  const bytes = typeof content === 'string' ? encoder.encode(content) : content;
  return {
    path,
    size: bytes.length,
    async bytes() {
      return bytes;
    },
    async *stream() {
      for (let at = 0; at < bytes.length; at += chunkSize) yield bytes.subarray(at, at + chunkSize);
    },
  };
}

export function testSource(files: Record<string, FileContent>, options: TestSourceOptions = {}): ArchiveSource {
  const entries = Object.entries(files).map(([path, content]) =>
    entryOf(path, content, options.chunkSize ?? 7, options.sizes?.[path]),
  );
  return {
    name: options.name ?? 'test-archive',
    entries,
    find: (path) => entries.find((entry) => entry.path === path),
    progress: () => 0,
  };
}

/** Every file under a folder on disk, read into memory, keyed by its "/"-separated relative path. */
export function folderFiles(dir: string, prefix = ''): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const dirent of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${dirent.name}` : dirent.name;
    if (dirent.isDirectory()) Object.assign(files, folderFiles(join(dir, dirent.name), rel));
    else files[rel] = fromDisk(join(dir, dirent.name));
  }
  return files;
}

/** The fixture folder packages/importers/test-fixtures/<name>. */
export function fixtureDir(name: string): string {
  return new URL(`../../test-fixtures/${name}`, import.meta.url).pathname;
}

/** File contents from disk (for the shared samples, which are read in place and never copied). */
export function fromDisk(path: string): Uint8Array {
  return new Uint8Array(readFileSync(path));
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The parts joined into one array. */
export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
