/**
 * The task pane: three places (模板, 检查, 台账) over one DocumentHost. It
 * never touches Office.js: Word, the in-memory host and tests all come in
 * through `host`. 模板 comes with the page; 检查 and 台账 are fetched after
 * the first paint, or at once when the pane opens on them.
 */
import { Suspense, lazy, useEffect, useRef, useState, type ComponentProps, type ComponentType } from 'react';
import type { Locale } from '../i18n/locale';
import type { DocumentHost } from '../word/host';
import { afterFirstPaint } from './after-paint';
import { PLACES, type Place } from './launch';
import { loadCheckPlace, loadRegisterPlace, preloadPlaces } from './places';
import type { PaneServices } from './services';
import { SHELL_CSS, shell } from './shell-styles';
import { PaneTextContext, type PaneText } from './text';
import { PlaceBoundary } from './components/PlaceBoundary';
import { PlaceTabs } from './components/PlaceTabs';
import { TemplatesPlace } from './components/TemplatesPlace';

const LazyCheckPlace = lazy(loadCheckPlace);
const LazyRegisterPlace = lazy(loadRegisterPlace);

export interface AppProps {
  readonly host: DocumentHost;
  readonly locale: Locale;
  /** The pane's strings in `locale`. */
  readonly text: PaneText;
  readonly services: PaneServices;
  readonly initialView?: Place;
  /** Run the check when the pane opens (ribbon 检查格式). */
  readonly runCheck?: boolean;
  /** Called once the pane has first rendered (downloads that can wait start then). */
  readonly onFirstRender?: () => void;
}

/** Marks the pane's first render, for bench/pane-size.js. */
export const FIRST_RENDER_MARK = 'pane-first-render';

export function App({ host, locale, text, services, initialView = 'templates', runCheck = false, onFirstRender }: AppProps): JSX.Element {
  const [place, setPlace] = useState<Place>(initialView);
  // Places stay mounted once visited, so check results survive a look at the catalog.
  const [visited, setVisited] = useState<ReadonlySet<Place>>(new Set([initialView]));

  const firstRender = useRef(onFirstRender);
  useEffect(() => {
    performance.mark(FIRST_RENDER_MARK);
    const after = firstRender.current;
    // Once only, even when StrictMode runs effects twice.
    firstRender.current = undefined;
    afterFirstPaint(() => {
      preloadPlaces();
      after?.();
    });
  }, []);

  function select(next: Place): void {
    setPlace(next);
    setVisited((previous) => new Set([...previous, next]));
  }

  // A place whose chunk has arrived (fetched after the first paint) renders at once; otherwise it waits in Suspense.
  // Chosen once, when the place is first shown: a component that changed type would be mounted afresh and lose its results.
  const chosen = useRef<{ check?: ComponentType<ComponentProps<typeof LazyCheckPlace>>; register?: ComponentType<ComponentProps<typeof LazyRegisterPlace>> }>({});
  if (visited.has('check')) chosen.current.check ??= loadCheckPlace.loaded() ?? LazyCheckPlace;
  if (visited.has('register')) chosen.current.register ??= loadRegisterPlace.loaded() ?? LazyRegisterPlace;
  const CheckPlace = chosen.current.check ?? LazyCheckPlace;
  const RegisterPlace = chosen.current.register ?? LazyRegisterPlace;

  const loading = (
    <p role="status" className={shell.loading}>
      {text.loadingPlace}
    </p>
  );

  const failed = (
    <p role="alert" className={shell.failed}>
      {text.placeFailed}
    </p>
  );

  return (
    <PaneTextContext.Provider value={text}>
      <style>{SHELL_CSS}</style>
      <main className={shell.app} lang={locale}>
        <PlaceTabs ids={PLACES} selected={place} labels={text.places} label={text.placesLabel} onSelect={select} />
        {PLACES.map((id) => (
          <div key={id} id={`panel-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={place !== id} className={shell.panel}>
            {visited.has(id) && id === 'templates' && <TemplatesPlace host={host} services={services} />}
            {visited.has(id) && id !== 'templates' && (
              <PlaceBoundary fallback={failed}>
                <Suspense fallback={loading}>
                  {id === 'check' && <CheckPlace host={host} services={services} locale={locale} runOnOpen={runCheck && initialView === 'check'} />}
                  {id === 'register' && <RegisterPlace host={host} locale={locale} />}
                </Suspense>
              </PlaceBoundary>
            )}
          </div>
        ))}
      </main>
    </PaneTextContext.Provider>
  );
}
