/**
 * The WPS加载项 entry page (index.html at the add-in's root, beside
 * ribbon.xml, manifest.xml and the pages): WPS loads it at
 * start-up, reads ribbon.xml beside it and calls the callbacks it names as
 * globals — `OnAddinLoad(ribbonUI)` once, `OnAction(control)` on a click,
 * `GetImage(control)` for each button's icon (wpsjs's templates, ribbon.js).
 * Each button opens the task pane on its place with
 * `Application.CreateTaskPane(url)`; a pane once made is shown again (its
 * `ID` kept in `Application.PluginStorage`, `GetTaskPane(id).Visible`), and
 * the other places' panes are hidden, so one pane shows at a time.
 *
 * Nothing else is loaded here: the pane's code is the task pane page's.
 */
import type { WpsApplication, WpsTaskPane } from '../object-model';

/** What WPS passes to a control's callback. */
export interface RibbonControl {
  readonly Id: string;
}

/** Button id → the pane's place, as manifest.xml's buttons open taskpane.html. */
export const BUTTON_PLACES: Readonly<Record<string, string>> = {
  djInsertTemplate: 'view=templates',
  djCheckFormat: 'view=check&run=1',
  djSubmitRegister: 'view=register',
};

const PANE_KEY = 'dangjianPane:';

function application(): WpsApplication | undefined {
  return (globalThis as { Application?: WpsApplication }).Application;
}

/** The WPS task pane page, beside this entry page (and beside config/, which the pane reads). */
export function paneUrl(entryHref: string, place: string): string {
  return new URL(`wps-taskpane.html?${place}`, entryHref).toString();
}

function paneFor(app: WpsApplication, place: string, url: string): WpsTaskPane {
  const id = Number(app.PluginStorage.getItem(PANE_KEY + place) ?? 0);
  if (id > 0) return app.GetTaskPane(id);
  const pane = app.CreateTaskPane(url);
  app.PluginStorage.setItem(PANE_KEY + place, pane.ID);
  return pane;
}

/** Called once when WPS has read ribbon.xml; `true` tells WPS the add-in loaded (wpsjs's template returns the same). */
export function OnAddinLoad(_ribbonUI: unknown): boolean {
  application()?.PluginStorage.setItem('dangjianLoaded', true);
  return true;
}

export function OnAction(control: RibbonControl): boolean {
  const app = application();
  const place = BUTTON_PLACES[control.Id];
  if (!app || !place) return false;
  for (const other of Object.values(BUTTON_PLACES)) {
    if (other === place) continue;
    const id = Number(app.PluginStorage.getItem(PANE_KEY + other) ?? 0);
    if (id > 0) app.GetTaskPane(id).Visible = false;
  }
  const here = globalThis.location?.href;
  paneFor(app, place, here ? paneUrl(here, place) : `wps-taskpane.html?${place}`).Visible = true;
  return true;
}

/** The same icon as the Office ribbon's (assets/ beside the entry page). */
export function GetImage(control: RibbonControl): string {
  return BUTTON_PLACES[control.Id] ? 'assets/icon-32.png' : '';
}

export const RIBBON_CALLBACKS = { OnAddinLoad, OnAction, GetImage } as const;

// WPS calls the callbacks by name on the page's global object.
Object.assign(globalThis, RIBBON_CALLBACKS);
