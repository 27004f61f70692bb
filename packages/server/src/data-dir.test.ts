import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, ensurePrivateDir } from './data-dir.js';
import { tempDir } from './test/helpers.js';

describe('the data folder', () => {
  it('is $PAUSE_DATA when set, else ~/.pause', () => {
    expect(defaultDataDir({ PAUSE_DATA: '/srv/pause-data' })).toBe('/srv/pause-data');
    expect(defaultDataDir({ PAUSE_DATA: 'relative/dir' })).toBe(resolve('relative/dir'));
    expect(defaultDataDir({})).toBe(join(homedir(), '.pause'));
    expect(defaultDataDir({ PAUSE_DATA: '  ' })).toBe(join(homedir(), '.pause'));
  });

  it('is created, with its parents, readable by its owner only', () => {
    const tmp = tempDir();
    try {
      const dir = ensurePrivateDir(join(tmp.path, 'a', 'b'));
      expect(statSync(dir).mode & 0o777).toBe(0o700);
    } finally {
      tmp.remove();
    }
  });
});
