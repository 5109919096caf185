/**
 * The pane's catalog and official profile are validated by their schema
 * while the add-in is built and reach the page as JSON: what the page gets
 * must be exactly what the schema made, and anything that JSON would change
 * must stop the build.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG } from '../../src/templates/catalog';

// A webpack loader in CommonJS, as webpack loads it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require('../../scripts/webpack/data-module-loader.js') as (this: { resourcePath: string; addDependency(file: string): void }) => string;

const TEMPLATES = join(__dirname, '..', '..', 'src', 'templates');

function inline(file: string): { exports: Record<string, unknown>; dependencies: string[] } {
  const dependencies: string[] = [];
  const code = loader.call({ resourcePath: file, addDependency: (dependency) => dependencies.push(dependency) });
  const exports: Record<string, unknown> = {};
  for (const match of code.matchAll(/^export const (\w+) = JSON\.parse\((".*")\);$/gm)) {
    exports[match[1]] = JSON.parse(JSON.parse(match[2]) as string);
  }
  return { exports, dependencies };
}

const dataModules = [
  ...readdirSync(join(TEMPLATES, 'catalog'))
    .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && name !== 'shared.ts')
    .map((name) => join(TEMPLATES, 'catalog', name)),
  join(TEMPLATES, 'profiles', 'official.ts'),
];

describe('the catalog as the pane receives it', () => {
  test.each(dataModules.map((file) => [file.slice(TEMPLATES.length + 1), file]))('%s is what its schema made', (_name, file) => {
    const { exports, dependencies } = inline(file);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const original = require(file) as Record<string, unknown>;
    const names = Object.keys(original).filter((name) => name !== '__esModule');
    expect(names.length).toBeGreaterThan(0);
    expect(Object.keys(exports).sort()).toEqual(names.sort());
    for (const name of names) expect(exports[name]).toStrictEqual(original[name]);
    expect(dependencies).toContain(file);
  });

  test('every template of the catalog comes from one of these modules', () => {
    const inlined = dataModules.flatMap((file) => Object.values(inline(file).exports)).map((value) => (value as { id: string }).id);
    expect(inlined).toEqual(expect.arrayContaining(CATALOG.map((template) => template.id)));
  });

  test('a module that exports anything but plain data (a function) stops the build instead of losing it', () => {
    expect(() => inline(join(TEMPLATES, 'catalog', 'shared.ts'))).toThrow(/not plain data/);
  });
});
