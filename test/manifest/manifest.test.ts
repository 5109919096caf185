/**
 * The add-in manifest, checked offline (`npm run validate` is the online
 * check: it posts the file to Microsoft's service).
 *
 * What this checks, from the manifest schema in [MS-OWEMXML] (OfficeApp,
 * TaskPaneApp and VersionOverridesV1_0 complex types) and Microsoft's
 * manifest reference:
 * - the file is well-formed XML (saxes) with the OfficeApp root, the
 *   appforoffice/1.1 namespace and xsi:type="TaskPaneApp";
 * - OfficeApp's children appear in the schema's sequence (Id, AlternateId?,
 *   Version, ProviderName, DefaultLocale, DisplayName, Description, IconUrl?,
 *   HighResolutionIconUrl?, SupportUrl?, AppDomains?, Hosts?, Requirements?,
 *   DefaultSettings, Permissions, Dictionary?, VersionOverrides?) with the
 *   required ones present exactly once;
 * - Id is a GUID, Version is 1–4 dotted numbers, Permissions is one of the
 *   schema's values and is ReadWriteDocument, the only host is Document;
 * - WordApi 1.3 is the declared minimum in both Requirements elements;
 * - every resid is defined, in the resource list its element needs (images,
 *   URLs, short strings, long strings); resource ids ≤ 32 characters, short
 *   strings and DisplayName ≤ 125, long strings and Description ≤ 250;
 * - every localisable value has an en-US override;
 * - every URL is https on localhost:3000 (the production build rewrites it);
 * - every icon file exists and its PNG header has the declared size;
 * - the three ribbon buttons sit in one group on TabHome and open the pane
 *   places the pane knows (模板, 检查 with run=1, 台账).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { child, children, descendants, parseXml, type XmlElement } from './xml-tree';
import { parseLaunch } from '../../src/taskpane/launch';

const ROOT = join(__dirname, '..', '..');
const source = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const OFFICE_APP_NS = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const DEV_ORIGIN = 'https://localhost:3000';
const OVERRIDE_LOCALES = ['en-US'];

const OFFICE_APP_SEQUENCE: readonly { name: string; required: boolean }[] = [
  { name: 'Id', required: true },
  { name: 'AlternateId', required: false },
  { name: 'Version', required: true },
  { name: 'ProviderName', required: true },
  { name: 'DefaultLocale', required: true },
  { name: 'DisplayName', required: true },
  { name: 'Description', required: true },
  { name: 'IconUrl', required: false },
  { name: 'HighResolutionIconUrl', required: false },
  { name: 'SupportUrl', required: false },
  { name: 'AppDomains', required: false },
  { name: 'Hosts', required: false },
  // TaskPaneApp's extension of OfficeApp:
  { name: 'Requirements', required: false },
  { name: 'DefaultSettings', required: true },
  { name: 'Permissions', required: true },
  { name: 'Dictionary', required: false },
  { name: 'VersionOverrides', required: false },
];

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = bytes.subarray(0, 8).toString('hex');
  if (signature !== '89504e470d0a1a0a') throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function assetFor(url: string): string {
  expect(url.startsWith(`${DEV_ORIGIN}/`)).toBe(true);
  return join(ROOT, url.slice(DEV_ORIGIN.length + 1));
}

describe('the Word add-in manifest', () => {
  let root: XmlElement;

  beforeAll(() => {
    root = parseXml(source);
  });

  test('is well-formed, a task pane add-in in the appforoffice 1.1 namespace', () => {
    expect(root.local).toBe('OfficeApp');
    expect(root.uri).toBe(OFFICE_APP_NS);
    expect(root.attributes['xsi:type']).toBe('TaskPaneApp');
  });

  test('lists OfficeApp children in the schema order, each required one once', () => {
    const names = root.children.map((element) => element.local);
    let cursor = 0;
    for (const name of names) {
      const at = OFFICE_APP_SEQUENCE.findIndex((entry, index) => index >= cursor && entry.name === name);
      if (at < 0) throw new Error(`<${name}> is out of the schema's order or not allowed here (order: ${names.join(', ')})`);
      cursor = at + 1;
    }
    for (const entry of OFFICE_APP_SEQUENCE.filter((item) => item.required)) {
      expect({ element: entry.name, count: names.filter((name) => name === entry.name).length }).toEqual({ element: entry.name, count: 1 });
    }
  });

  test('has a GUID id, a dotted version, zh-CN as default locale and read/write permission on Word documents only', () => {
    expect(child(root, 'Id').text.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(root, 'Version').text.trim()).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
    expect(child(root, 'DefaultLocale').text.trim()).toBe('zh-CN');
    expect(child(root, 'Permissions').text.trim()).toBe('ReadWriteDocument');
    expect(children(child(root, 'Hosts'), 'Host').map((host) => host.attributes.Name)).toEqual(['Document']);
  });

  test('declares WordApi 1.3 as the minimum, in the manifest and in its version overrides', () => {
    const sets = child(child(root, 'Requirements'), 'Sets');
    const word = children(sets, 'Set').find((set) => set.attributes.Name === 'WordApi');
    expect(word?.attributes.MinVersion ?? sets.attributes.DefaultMinVersion).toBe('1.3');
    const overrides = child(root, 'VersionOverrides');
    const overrideSets = child(child(overrides, 'Requirements'), 'Sets');
    const overrideWord = children(overrideSets, 'Set').find((set) => set.attributes.Name === 'WordApi');
    expect(overrideWord?.attributes.MinVersion ?? overrideSets.attributes.DefaultMinVersion).toBe('1.3');
  });

  test('keeps names and descriptions within the schema limits and translates them to English', () => {
    const displayName = child(root, 'DisplayName');
    const description = child(root, 'Description');
    expect(displayName.attributes.DefaultValue.length).toBeLessThanOrEqual(125);
    expect(description.attributes.DefaultValue.length).toBeLessThanOrEqual(250);
    for (const setting of [displayName, description]) {
      const locales = children(setting, 'Override').map((override) => override.attributes.Locale);
      expect(locales).toEqual(expect.arrayContaining(OVERRIDE_LOCALES));
      for (const override of children(setting, 'Override')) {
        expect(override.attributes.Value.length).toBeLessThanOrEqual(setting.local === 'DisplayName' ? 125 : 250);
      }
    }
  });

  describe('resources', () => {
    function resources(): XmlElement {
      return child(child(root, 'VersionOverrides'), 'Resources');
    }
    function ids(list: string): Map<string, XmlElement> {
      const container = children(resources(), list)[0];
      const map = new Map<string, XmlElement>();
      for (const element of container ? container.children : []) {
        const id = element.attributes.id;
        expect(map.has(id)).toBe(false);
        map.set(id, element);
      }
      return map;
    }

    test('every resource id is at most 32 characters and every string within its limit, with an en-US override', () => {
      const limits: Record<string, number> = { Images: 2048, Urls: 2048, ShortStrings: 125, LongStrings: 250 };
      for (const [list, limit] of Object.entries(limits)) {
        for (const [id, element] of ids(list)) {
          expect({ id, ok: id.length <= 32 }).toEqual({ id, ok: true });
          expect({ id, ok: element.attributes.DefaultValue.length <= limit }).toEqual({ id, ok: true });
          if (list === 'ShortStrings' || list === 'LongStrings') {
            const overrides = children(element, 'Override');
            expect({ id, locales: overrides.map((override) => override.attributes.Locale) }).toEqual({ id, locales: OVERRIDE_LOCALES });
            for (const override of overrides) expect(override.attributes.Value.length).toBeLessThanOrEqual(limit);
          }
        }
      }
    });

    test('every resid points at a defined resource of the kind its element needs', () => {
      const kinds: Record<string, string> = {
        Image: 'Images',
        LearnMoreUrl: 'Urls',
        FunctionFile: 'Urls',
        SourceLocation: 'Urls',
        Label: 'ShortStrings',
        Title: 'ShortStrings',
        Description: 'LongStrings',
      };
      const referencing = descendants(child(root, 'VersionOverrides'), (element) => 'resid' in element.attributes);
      expect(referencing.length).toBeGreaterThan(10);
      for (const element of referencing) {
        const list = kinds[element.local];
        expect({ element: element.local, known: list !== undefined }).toEqual({ element: element.local, known: true });
        expect({ resid: element.attributes.resid, defined: ids(list).has(element.attributes.resid) }).toEqual({
          resid: element.attributes.resid,
          defined: true,
        });
      }
    });

    test('every URL is served by the add-in over https', () => {
      const urls = [
        ...[...ids('Images').values(), ...ids('Urls').values()].map((element) => element.attributes.DefaultValue),
        child(root, 'IconUrl').attributes.DefaultValue,
        child(root, 'HighResolutionIconUrl').attributes.DefaultValue,
        child(child(root, 'DefaultSettings'), 'SourceLocation').attributes.DefaultValue,
      ];
      for (const url of urls) expect(url.startsWith(`${DEV_ORIGIN}/`)).toBe(true);
    });

    test('every icon file exists at the size it is declared with', () => {
      const declared: { url: string; size: number }[] = [
        { url: child(root, 'IconUrl').attributes.DefaultValue, size: 32 },
        { url: child(root, 'HighResolutionIconUrl').attributes.DefaultValue, size: 64 },
      ];
      const images = descendants(child(root, 'VersionOverrides'), (element) => element.local === 'Image' && 'resid' in element.attributes);
      for (const image of images) {
        const resource = ids('Images').get(image.attributes.resid);
        if (!resource) throw new Error(`image ${image.attributes.resid} is not defined`);
        declared.push({ url: resource.attributes.DefaultValue, size: Number(image.attributes.size) });
      }
      for (const { url, size } of declared) {
        const file = assetFor(url);
        expect({ file, exists: existsSync(file) }).toEqual({ file, exists: true });
        expect({ file, ...pngSize(file) }).toEqual({ file, width: size, height: size });
      }
    });

    test('the 党建项目 group on the Home tab has 插入模板, 检查格式 and 提交台账, each opening its place in the pane', () => {
      const tab = descendants(root, (element) => element.local === 'OfficeTab')[0];
      expect(tab.attributes.id).toBe('TabHome');
      const group = child(tab, 'Group');
      const strings = ids('ShortStrings');
      const urls = ids('Urls');
      expect(strings.get(child(group, 'Label').attributes.resid)?.attributes.DefaultValue).toBe('党建项目');
      const buttons = children(group, 'Control').map((control) => {
        const action = child(control, 'Action');
        const url = urls.get(child(action, 'SourceLocation').attributes.resid)?.attributes.DefaultValue ?? '';
        const parsed = new URL(url);
        return {
          label: strings.get(child(control, 'Label').attributes.resid)?.attributes.DefaultValue,
          action: action.attributes['xsi:type'],
          page: parsed.pathname,
          launch: parseLaunch(parsed.search),
        };
      });
      expect(buttons).toEqual([
        { label: '插入模板', action: 'ShowTaskpane', page: '/taskpane.html', launch: { view: 'templates', run: false } },
        { label: '检查格式', action: 'ShowTaskpane', page: '/taskpane.html', launch: { view: 'check', run: true } },
        { label: '提交台账', action: 'ShowTaskpane', page: '/taskpane.html', launch: { view: 'register', run: false } },
      ]);
    });
  });
});
