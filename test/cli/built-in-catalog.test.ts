/**
 * Without a pack the command line takes the built-in catalog as it is, with
 * no pack machinery loaded: it must be exactly what resolving no pack gives,
 * and the bundled command (whose templates are validated at build time) must
 * list the same templates.
 */
import { builtInCatalog } from '../../src/cli/catalog';
import { resolveCatalog } from '../../src/templates/pack';
import { dangjian } from '../support/cli';

test('the built-in catalog is what resolving no pack gives', () => {
  const resolved = resolveCatalog();
  expect(resolved.ok && resolved.value).toEqual(builtInCatalog());
});

test('the bundled command lists every built-in template, in catalog order', () => {
  const run = dangjian(['templates']);
  expect(run.status).toBe(0);
  const ids = run.stdout.trim().split('\n').slice(1).map((line) => line.split(/\s+/)[0]);
  expect(ids).toEqual(builtInCatalog().templates.map((template) => template.id));
});
