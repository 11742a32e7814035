// npm run build: dist/ (ES modules, .d.ts, source maps), cdn/ (minified bundles), custom-elements.json.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const bin = (name) => `node_modules/.bin/${name}`;

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const source = readFileSync('src/internal/version.ts', 'utf8');
if (!source.includes(`'${pkg.version}'`)) {
  console.error(`src/internal/version.ts does not hold the package version ${pkg.version}: update it.`);
  process.exit(1);
}

// config.schema.json and the center's runtime check, from the config's TypeScript types (tsc compiles the latter).
run('node', ['scripts/schema.js']);
rmSync('dist', { recursive: true, force: true });
rmSync('cdn', { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.json']);
// The manifest before the bundles: rollup.config.js reserves its public names.
run(bin('cem'), ['analyze', '--litelement', '--globs', 'src/components/**/*.component.ts', 'src/internal/base.ts', '--quiet']);
run(bin('rollup'), ['-c', 'rollup.config.js', '--silent']);
run('node', ['scripts/framework-types.js']);
run('node', ['scripts/style-hashes.js']);
// Last: the hash of every file the steps above wrote to cdn/ (scripts/integrity.js).
run('node', ['scripts/integrity.js']);
