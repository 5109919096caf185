/**
 * The places the pane opens on demand. 模板 is the first screen and comes
 * with the page (its messages excepted); 检查 and 台账 are chunks of their own, fetched after the
 * first paint (so a click rarely waits) or at once when the ribbon opens
 * the pane on them.
 */
import type { CheckPlace as CheckPlaceComponent } from './components/CheckPlace';
import type { RegisterPlace as RegisterPlaceComponent } from './components/RegisterPlace';
import type TemplatesNoticeComponent from './components/TemplatesNotice';

interface Loaded<Component> {
  readonly default: Component;
}

interface Loader<Component> {
  (): Promise<Loaded<Component>>;
  /** The component once downloaded: rendered straight away, without a round through Suspense. */
  loaded(): Component | undefined;
}

/** One download per place; a failed one (offline) is tried again on the next visit. */
function once<Component>(load: () => Promise<Loaded<Component>>): Loader<Component> {
  let loading: Promise<Loaded<Component>> | undefined;
  let component: Component | undefined;
  const loader = (): Promise<Loaded<Component>> => {
    if (!loading) {
      loading = load();
      loading.then(
        (module) => {
          component = module.default;
        },
        () => {
          loading = undefined;
        },
      );
    }
    return loading;
  };
  return Object.assign(loader, { loaded: () => component });
}

export const loadCheckPlace = once<typeof CheckPlaceComponent>(() =>
  import(/* webpackChunkName: "check-place" */ './components/CheckPlace').then((module) => ({ default: module.CheckPlace })),
);

export const loadRegisterPlace = once<typeof RegisterPlaceComponent>(() =>
  import(/* webpackChunkName: "register-place" */ './components/RegisterPlace').then((module) => ({ default: module.RegisterPlace })),
);

/** The 模板 place's messages (inserting, inserted, an error): Fluent's message bar and spinner. */
export const loadTemplatesNotice = once<typeof TemplatesNoticeComponent>(() => import(/* webpackChunkName: "templates-notice" */ './components/TemplatesNotice'));

/** Starts the places' downloads once the first screen is painted; a failure is left for the visit to report. */
export function preloadPlaces(): void {
  loadTemplatesNotice().catch(() => undefined);
  loadCheckPlace().catch(() => undefined);
  loadRegisterPlace().catch(() => undefined);
}
