// Every regular-expression literal in the engine and the importers, checked for super-linear
// backtracking by recheck (https://makenowjust-labs.github.io/recheck/), a checker that proves a
// pattern safe or finds an attack string. `npm test` runs it through scripts/regexes.test.ts; run it
// alone for the full report:  node scripts/regexes.js [--json]
// Patterns built at run time with `new RegExp(...)` are listed apart: they are alternations of words
// from data files, checked by their own tests.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from 'recheck';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SCANNED = ['packages/core/src', 'packages/importers/src'];

function sourceFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.ts$/.test(name) && !/\.(test|d)\.ts$/.test(name)) out.push(path);
  }
  return out;
}

/** Every regex literal: where it is, its source and its flags. */
export function regexLiterals() {
  const out = [];
  for (const dir of SCANNED) {
    for (const file of sourceFiles(join(root, dir))) {
      const text = readFileSync(file, 'utf8');
      const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const visit = (node) => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const literal = node.getText(sf);
          const cut = literal.lastIndexOf('/');
          const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
          out.push({
            where: `${relative(root, file)}:${line}`,
            source: literal.slice(1, cut),
            flags: literal.slice(cut + 1),
          });
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
  }
  return out;
}

/** Where proofs of safety are kept, so that `npm test` re-checks only new or changed patterns. */
export const VERDICTS = join(root, 'scripts', 'regex-verdicts.json');
/** Patterns recheck cannot prove linear that are safe where they are used, each with the reason. */
export const ALLOWED = join(root, 'scripts', 'regex-allow.json');

const key = (r) => `/${r.source}/${r.flags}`;

export function provedSafe() {
  return new Set(existsSync(VERDICTS) ? JSON.parse(readFileSync(VERDICTS, 'utf8')).safe : []);
}

export function allowList() {
  return new Map(JSON.parse(readFileSync(ALLOWED, 'utf8')).map((a) => [a.pattern, a]));
}

/**
 * recheck's verdict on each literal not already proved safe, one at a time (its checker is one
 * background process; asked in parallel it times out and answers "unknown").
 */
export async function checkAll(literals, { timeout = 10_000, known = provedSafe() } = {}) {
  const out = [];
  for (const r of literals) {
    if (known.has(key(r))) {
      out.push({ ...r, status: 'safe' });
      continue;
    }
    const d = await check(r.source, r.flags, { timeout });
    out.push({ ...r, status: d.status, complexity: d.complexity?.summary, attack: d.attack?.pattern });
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // --fresh checks every pattern again; --write records the proofs in regex-verdicts.json.
  const fresh = process.argv.includes('--fresh');
  const results = await checkAll(regexLiterals(), fresh ? { known: new Set() } : {});
  const allowed = allowList();
  if (process.argv.includes('--write')) {
    const safe = [...new Set(results.filter((r) => r.status === 'safe').map(key))].sort();
    writeFileSync(VERDICTS, `${JSON.stringify({ checker: 'recheck 4.5.0', safe }, null, 2)}\n`);
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify(results, null, 2));
  else {
    const flagged = results.filter((r) => r.status !== 'safe');
    console.log(
      `${results.length} regex literals: ${results.length - flagged.length} proved linear, ${flagged.length} not`,
    );
    for (const r of flagged)
      console.log(
        `  ${allowed.has(key(r)) ? 'allowed' : 'NOT ALLOWED'} ${r.status} ${r.complexity ?? ''} ${r.where}  ${key(r).slice(0, 100)}`,
      );
  }
  process.exit(0);
}
