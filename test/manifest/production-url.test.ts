/**
 * A production build serves the add-in from ADDIN_URL: every
 * https://localhost:3000/ in the manifest it ships is rewritten, and
 * nothing else changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { descendants, parseXml } from './xml-tree';

interface CopyPattern {
  readonly from: string;
  readonly transform?: (content: Buffer) => string | Buffer;
}

interface WebpackConfigFactory {
  (env: Record<string, unknown>, options: { mode: string }): Promise<{ plugins: { patterns?: CopyPattern[] }[] }>;
}

const ROOT = join(__dirname, '..', '..');

async function shippedManifest(mode: 'production' | 'development', addinUrl: string): Promise<string> {
  const previous = process.env.ADDIN_URL;
  process.env.ADDIN_URL = addinUrl;
  try {
    const factory = require(join(ROOT, 'webpack.config.js')) as WebpackConfigFactory;
    const config = await factory({}, { mode });
    const pattern = config.plugins.flatMap((plugin) => plugin.patterns ?? []).find((candidate) => candidate.from.startsWith('manifest'));
    if (!pattern?.transform) throw new Error('webpack.config.js does not copy the manifest');
    return pattern.transform(readFileSync(join(ROOT, 'manifest.xml'))).toString();
  } finally {
    if (previous === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = previous;
  }
}

function urls(manifest: string): string[] {
  return descendants(parseXml(manifest), (element) => (element.attributes.DefaultValue ?? '').startsWith('https://')).map(
    (element) => element.attributes.DefaultValue,
  );
}

describe('the manifest a build ships', () => {
  test('production points every URL at ADDIN_URL, keeping paths and queries', async () => {
    const shipped = await shippedManifest('production', 'https://dangjian.example.edu.cn/addin');
    expect(shipped).not.toContain('localhost');
    const all = urls(shipped);
    expect(all.length).toBeGreaterThan(8);
    for (const url of all) expect(url.startsWith('https://dangjian.example.edu.cn/addin/')).toBe(true);
    expect(all).toContain('https://dangjian.example.edu.cn/addin/taskpane.html?view=check&run=1');
    expect(all).toContain('https://dangjian.example.edu.cn/addin/assets/icon-80.png');
  });

  test('development keeps https://localhost:3000', async () => {
    const shipped = await shippedManifest('development', 'https://dangjian.example.edu.cn/addin');
    expect(shipped).toBe(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'));
  });
});
