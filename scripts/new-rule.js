#!/usr/bin/env node
// npm run new-rule -- <category>.<name>
// Scaffolds a rule in one step: packages/core/src/rules/<category>/<name>.ts (a defineRule
// skeleton), <name>.test.ts beside it (a testRule table) and one import plus one entry in
// packages/core/src/registry.ts, placed after the last rule of the same category.
// Refuses ids that exist or are malformed. Then: fill in the rule, run its test, `npm run docs`.
//
// Usage: node scripts/new-rule.js <category>.<name> [--severity info|caution|stop] [--core DIR]
//   --core   the packages/core directory to write into (default: this repository's; tests use a copy)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));

/** The guidance section each category usually rests on (change it in the rule if another fits better). */
const SECTION = {
  content: 'Content',
  confidentiality: 'Confidentiality',
  boundaries: 'Maintaining professional boundaries',
  promotion: 'Using social media in a promotional way',
  behaviour: 'Avoiding the pitfalls of social media use',
  disclosability: 'Disclosability',
};
const SEVERITIES = ['info', 'caution', 'stop'];
const NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

class ScaffoldError extends Error {}

/** The categories types.ts declares (read from the tree being written, so a copy works too). */
function categoriesOf(coreDir) {
  const types = readFileSync(join(coreDir, 'src', 'types.ts'), 'utf8');
  const m = /export const CATEGORIES = \[([^\]]*)\]/.exec(types);
  if (!m) throw new ScaffoldError(`cannot find CATEGORIES in ${join(coreDir, 'src', 'types.ts')}`);
  return [...m[1].matchAll(/'([a-z-]+)'/g)].map((x) => x[1]);
}

const camel = (s) => s.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());

function ruleSource({ id, category, severity }) {
  return `import { defineRule } from '../../rule.js';

// TODO: fill in every field, then run its test and \`npm run docs\`.
export default defineRule({
  id: '${id}',
  category: '${category}',
  severity: '${severity}',
  guidance: '${SECTION[category] ?? 'Content'}',
  // Who would object: patient, colleague, employer, nhs-england, gmc, police, judge.
  readers: [],
  description: 'TODO: one line saying what the rule looks for.',
  // 2 to 4 sentences in our own words: which guidance section, who would object and why.
  rationale: 'TODO',
  examples: {
    // Run as tests and shown on the docs page: every flagged example must fire, every clean one stay silent.
    flagged: [],
    clean: [],
  },
  // detect({ draft, analysis, policy }): read the shared analysis (tokens, hits(lexicon), intensity,
  // targets…), never re-scan the text. Messages say what was found, why it matters (reader, guidance
  // section) and what to do, worded for the severity.
  detect() {
    return [];
  },
});
`;
}

function testSource({ name }) {
  return `import { testRule } from '../../../test/rule-tester.js';
import rule from './${name}.js';

testRule(rule, {
  clean: [
    // { draft: 'An ordinary sentence that must stay silent.' },
  ],
  flagged: [
    // { draft: 'A sentence the rule must flag.', spans: ['the exact excerpt'] },
  ],
});
`;
}

/** Adds the import after the last rule import of the category (or the last rule import) and the entry likewise. */
export function addToRegistry(source, { category, name, ident }) {
  const lines = source.split('\n');
  const importRe = /^import (\w+) from '\.\/rules\/([a-z-]+)\/([a-z0-9-]+)\.js';$/;
  const imports = lines.map((l, i) => ({ i, m: importRe.exec(l) })).filter((x) => x.m);
  if (imports.length === 0) throw new ScaffoldError('registry.ts has no rule imports to follow');
  const identCategory = new Map(imports.map(({ m }) => [m[1], m[2]]));
  const sameCategory = imports.filter(({ m }) => m[2] === category);
  const importAt = (sameCategory.at(-1) ?? imports.at(-1)).i + 1;
  lines.splice(importAt, 0, `import ${ident} from './rules/${category}/${name}.js';`);

  const open = lines.findIndex((l) => /^export const RULES\b.*=\s*\[\s*$/.test(l));
  if (open === -1) throw new ScaffoldError('registry.ts has no "export const RULES = [" line');
  let close = -1;
  for (let i = open + 1; i < lines.length; i++)
    if (/^\];?\s*$/.test(lines[i])) {
      close = i;
      break;
    }
  if (close === -1) throw new ScaffoldError('registry.ts: cannot find the end of RULES');
  let entryAt = close;
  for (let i = open + 1; i < close; i++) {
    const m = /^\s*(\w+),?\s*$/.exec(lines[i]);
    if (m && identCategory.get(m[1]) === category) entryAt = i + 1;
  }
  lines.splice(entryAt, 0, `  ${ident},`);
  return lines.join('\n');
}

export function scaffold(id, { coreDir, severity = 'caution' }) {
  const parts = String(id).split('.');
  if (parts.length !== 2) throw new ScaffoldError(`"${id}" is not <category>.<name> (e.g. content.copyright)`);
  const [category, name] = parts;
  const categories = categoriesOf(coreDir);
  if (!categories.includes(category))
    throw new ScaffoldError(`unknown category "${category}": use one of ${categories.join(', ')}`);
  if (!NAME.test(name))
    throw new ScaffoldError(
      `"${name}" is not a rule name: lower-case words joined by hyphens (e.g. undisclosed-interest)`,
    );
  if (!SEVERITIES.includes(severity)) throw new ScaffoldError(`--severity must be one of ${SEVERITIES.join(', ')}`);

  const src = join(coreDir, 'src');
  const dir = join(src, 'rules', category);
  const ruleFile = join(dir, `${name}.ts`);
  const testFile = join(dir, `${name}.test.ts`);
  const registryFile = join(src, 'registry.ts');
  const registry = readFileSync(registryFile, 'utf8');
  if (existsSync(ruleFile) || existsSync(testFile)) throw new ScaffoldError(`rule ${id} exists already (${ruleFile})`);
  if (registry.includes(`'./rules/${category}/${name}.js'`))
    throw new ScaffoldError(`rule ${id} is already in registry.ts`);

  // An identifier no other import uses: the name, else category + name.
  let ident = camel(name);
  const taken = (x) => new RegExp(`^import ${x} from`, 'm').test(registry) || ['rule', 'Rule', 'RULES'].includes(x);
  if (taken(ident)) ident = camel(`${category}-${name}`);
  if (taken(ident)) throw new ScaffoldError(`cannot find a free identifier for ${id} in registry.ts`);

  const updated = addToRegistry(registry, { category, name, ident });
  mkdirSync(dir, { recursive: true });
  writeFileSync(ruleFile, ruleSource({ id, category, severity }));
  writeFileSync(testFile, testSource({ name }));
  writeFileSync(registryFile, updated);
  return { ruleFile, testFile, registryFile };
}

function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        severity: { type: 'string', default: 'caution' },
        core: { type: 'string', default: join(here, '..', 'packages', 'core') },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    console.error(`new-rule: ${e.message.split('\n')[0]}`);
    process.exit(2);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length !== 1) {
    (values.help ? console.log : console.error)(
      'Usage: npm run new-rule -- <category>.<name> [--severity info|caution|stop]',
    );
    process.exit(values.help ? 0 : 2);
  }
  try {
    const coreDir = resolve(values.core);
    const made = scaffold(positionals[0], { coreDir, severity: values.severity });
    const rel = (p) => relative(process.cwd(), p);
    console.log(`Created ${rel(made.ruleFile)}\nCreated ${rel(made.testFile)}\nUpdated ${rel(made.registryFile)}`);
    console.log(
      `Next: fill in the rule and its table test, run \`npx vitest run ${rel(made.testFile)}\`, then \`npm run build && npm run docs\`.`,
    );
  } catch (e) {
    if (!(e instanceof ScaffoldError)) throw e;
    console.error(`new-rule: ${e.message}`);
    process.exit(2);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
