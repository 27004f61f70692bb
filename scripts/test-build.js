// vitest globalSetup: build once (tsc and the CLI bundle) before any test file runs, so the tests that
// spawn the `pause` command never race each other rebuilding it.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export default function setup() {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed before the tests:\n${build.stdout}${build.stderr}`);
}
