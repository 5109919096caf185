/**
 * WPS reads ribbon.xml as Office's CustomUI and calls the callbacks it names
 * on the entry page. A ribbon that breaks the schema's structure, repeats an
 * id or names a callback the page lacks shows no 党建项目 group at all — so
 * the file is checked against the schema's structure (customUI / ribbon /
 * tabs / tab / group / button, the attributes each may carry, the required
 * ones, unique ids) and every callback against the entry module.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createStandInWps } from '../../src/dev/wps-host';
import { childElements, getAttr, parseXml, type XmlElement } from '../../src/word/ooxml/xml';
import { BUTTON_PLACES, RIBBON_CALLBACKS } from '../../src/wps/addin/entry';

const ROOT = join(__dirname, '..', '..');
const CUSTOM_UI_NS = 'http://schemas.microsoft.com/office/2006/01/customui';
const ribbon = parseXml(readFileSync(join(ROOT, 'src/wps/addin/ribbon.xml'), 'utf8')).root;

/** What customUI.xsd (2006/01) allows on the elements we use, and what it requires. */
const SCHEMA: Record<string, { children: string[]; attributes: string[]; required: string[] }> = {
  customUI: { children: ['ribbon'], attributes: ['xmlns', 'onLoad', 'loadImage'], required: ['xmlns'] },
  ribbon: { children: ['tabs'], attributes: ['startFromScratch'], required: [] },
  tabs: { children: ['tab'], attributes: [], required: [] },
  tab: { children: ['group'], attributes: ['id', 'idMso', 'idQ', 'label', 'getLabel', 'visible', 'getVisible', 'insertAfterMso', 'insertBeforeMso', 'keytip'], required: [] },
  group: { children: ['button'], attributes: ['id', 'idMso', 'idQ', 'label', 'getLabel', 'visible', 'getVisible', 'image', 'imageMso', 'getImage', 'screentip', 'supertip', 'keytip'], required: [] },
  button: {
    children: [],
    attributes: ['id', 'idMso', 'idQ', 'label', 'getLabel', 'size', 'getSize', 'image', 'imageMso', 'getImage', 'screentip', 'getScreentip', 'supertip', 'getSupertip', 'enabled', 'getEnabled', 'visible', 'getVisible', 'onAction', 'showLabel', 'showImage', 'keytip'],
    required: ['onAction'],
  },
};
const ID_ATTRIBUTES = ['id', 'idMso', 'idQ'];
const CALLBACK_ATTRIBUTES = ['onLoad', 'loadImage', 'onAction', 'getLabel', 'getVisible', 'getImage', 'getSize', 'getScreentip', 'getSupertip', 'getEnabled'];
/** ST_UniqueID is xsd:ID (an NCName) of at most 1024 characters; labels and tips at most 1024. */
const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,1023}$/;

function all(node: XmlElement): XmlElement[] {
  return [node, ...childElements(node).flatMap(all)];
}

function manifestString(id: string): string {
  const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
  const found = new RegExp(`<bt:String id="${id.replace(/\./g, '\\.')}" DefaultValue="([^"]+)"`).exec(manifest);
  if (!found?.[1]) throw new Error(`manifest has no ${id}`);
  return found[1];
}

describe('ribbon.xml against the CustomUI schema', () => {
  test('customUI in the 2006/01 namespace, each element where the schema puts it, with only its attributes', () => {
    expect(ribbon.name).toBe('customUI');
    expect(getAttr(ribbon, 'xmlns')).toBe(CUSTOM_UI_NS);
    const problems: string[] = [];
    for (const element of all(ribbon)) {
      const rule = SCHEMA[element.name];
      if (!rule) {
        problems.push(`unknown element ${element.name}`);
        continue;
      }
      for (const child of childElements(element)) if (!rule.children.includes(child.name)) problems.push(`${child.name} inside ${element.name}`);
      for (const [name] of element.attrs) if (!rule.attributes.includes(name)) problems.push(`${element.name}@${name}`);
      for (const name of rule.required) if (getAttr(element, name) === undefined) problems.push(`${element.name} without ${name}`);
      if (['tab', 'group', 'button'].includes(element.name)) {
        const ids = ID_ATTRIBUTES.filter((name) => getAttr(element, name) !== undefined);
        if (ids.length !== 1) problems.push(`${element.name} with ${ids.length} of id/idMso/idQ`);
        if (getAttr(element, 'label') !== undefined && getAttr(element, 'getLabel') !== undefined) problems.push(`${element.name} with label and getLabel`);
      }
      const size = getAttr(element, 'size');
      if (size !== undefined && !['normal', 'large'].includes(size)) problems.push(`size ${size}`);
      for (const name of ['label', 'screentip', 'supertip']) if ((getAttr(element, name) ?? '').length > 1024) problems.push(`${name} too long`);
    }
    expect(problems).toEqual([]);
  });

  test('ids are NCNames and unique', () => {
    const ids = all(ribbon).flatMap((element) => (getAttr(element, 'id') ? [getAttr(element, 'id') as string] : []));
    expect(ids.length).toBe(4);
    for (const id of ids) expect(id).toMatch(NCNAME);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('every callback it names is a function of the entry page, set on the page’s global object', () => {
    const named = new Set(all(ribbon).flatMap((element) => CALLBACK_ATTRIBUTES.map((name) => getAttr(element, name)).filter((value): value is string => value !== undefined)));
    expect([...named].sort()).toEqual(['GetImage', 'OnAction', 'OnAddinLoad']);
    for (const name of named) {
      expect(typeof (RIBBON_CALLBACKS as Record<string, unknown>)[name]).toBe('function');
      expect(typeof (globalThis as Record<string, unknown>)[name]).toBe('function');
    }
  });

  test('the same 党建项目 group on the 开始 tab with the three buttons of manifest.xml, each opening its place', () => {
    const tab = all(ribbon).find((element) => element.name === 'tab') as XmlElement;
    expect(getAttr(tab, 'idMso')).toBe('TabHome');
    const group = childElements(tab)[0] as XmlElement;
    expect(getAttr(group, 'label')).toBe(manifestString('DJ.Group.Label'));
    const buttons = childElements(group).map((button) => [getAttr(button, 'id'), getAttr(button, 'label')]);
    expect(buttons).toEqual([
      ['djInsertTemplate', manifestString('DJ.InsertTemplate.Label')],
      ['djCheckFormat', manifestString('DJ.CheckFormat.Label')],
      ['djSubmitRegister', manifestString('DJ.SubmitRegister.Label')],
    ]);
    for (const [id] of buttons) expect(BUTTON_PLACES[id as string]).toBeDefined();
  });
});

describe('the ribbon’s buttons in WPS', () => {
  test('检查格式 opens the WPS pane on 检查 and checks at once; 插入模板 then shows its own pane and hides that one', () => {
    const wps = createStandInWps();
    const app = wps.runtime.Application;
    (globalThis as { Application?: unknown }).Application = app;
    try {
      expect(RIBBON_CALLBACKS.OnAddinLoad({})).toBe(true);
      expect(RIBBON_CALLBACKS.OnAction({ Id: 'djCheckFormat' })).toBe(true);
      expect(wps.taskPanes).toEqual([{ url: expect.stringMatching(/wps-taskpane\.html\?view=check&run=1$/), visible: true }]);
      RIBBON_CALLBACKS.OnAction({ Id: 'djInsertTemplate' });
      RIBBON_CALLBACKS.OnAction({ Id: 'djCheckFormat' });
      expect(wps.taskPanes).toEqual([
        { url: expect.stringMatching(/view=check&run=1$/), visible: true },
        { url: expect.stringMatching(/view=templates$/), visible: false },
      ]);
      expect(RIBBON_CALLBACKS.OnAction({ Id: 'somethingElse' })).toBe(false);
      expect(RIBBON_CALLBACKS.GetImage({ Id: 'djSubmitRegister' })).toBe('assets/icon-32.png');
    } finally {
      delete (globalThis as { Application?: unknown }).Application;
    }
  });

  test('jsplugins.xml (online) and publish.xml (offline) name the add-in as a WPS 文字 plug-in', () => {
    const online = parseXml(readFileSync(join(ROOT, 'src/wps/addin/jsplugins.xml'), 'utf8')).root;
    const plugin = childElements(online, 'jspluginonline')[0] as XmlElement;
    expect([getAttr(plugin, 'name'), getAttr(plugin, 'type'), getAttr(plugin, 'url')]).toEqual(['dangjian', 'wps', 'https://localhost:3000/']);
    const offline = parseXml(readFileSync(join(ROOT, 'src/wps/addin/publish.xml'), 'utf8')).root;
    const local = childElements(offline, 'jsplugin')[0] as XmlElement;
    expect([getAttr(local, 'name'), getAttr(local, 'type'), getAttr(local, 'url')]).toEqual(['dangjian', 'wps', 'dangjian_VERSION']);
  });
});
