/**
 * The task pane: three places (模板, 检查, 台账) over one DocumentHost. It
 * never touches Office.js: Word, the in-memory host and tests all come in
 * through `host`.
 */
import { useEffect, useRef, useState } from 'react';
import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { messages, type Locale } from '../i18n';
import type { DocumentHost } from '../word/host';
import { afterFirstPaint } from './after-paint';
import { PLACES, type Place } from './launch';
import type { PaneServices } from './services';
import { PaneTextContext } from './text';
import { CheckPlace } from './components/CheckPlace';
import { RegisterPlace } from './components/RegisterPlace';
import { TemplatesPlace } from './components/TemplatesPlace';

export interface AppProps {
  readonly host: DocumentHost;
  readonly locale: Locale;
  readonly services: PaneServices;
  readonly initialView?: Place;
  /** Run the check when the pane opens (ribbon 检查格式). */
  readonly runCheck?: boolean;
  /** Called once the pane has first rendered (downloads that can wait start then). */
  readonly onFirstRender?: () => void;
}

const useStyles = makeStyles({
  app: { display: 'flex', flexDirection: 'column', minHeight: '100%', boxSizing: 'border-box' },
  tabs: { position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  panel: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
});

/** Marks the pane's first render, for bench/pane-size.js. */
export const FIRST_RENDER_MARK = 'pane-first-render';

export function App({ host, locale, services, initialView = 'templates', runCheck = false, onFirstRender }: AppProps): JSX.Element {
  const text = messages(locale).pane;
  const styles = useStyles();
  const [place, setPlace] = useState<Place>(initialView);
  // Places stay mounted once visited, so check results survive a look at the catalog.
  const [visited, setVisited] = useState<ReadonlySet<Place>>(new Set([initialView]));

  const firstRender = useRef(onFirstRender);
  useEffect(() => {
    performance.mark(FIRST_RENDER_MARK);
    const after = firstRender.current;
    // Once only, even when StrictMode runs effects twice.
    firstRender.current = undefined;
    if (after) afterFirstPaint(after);
  }, []);

  function select(next: Place): void {
    setPlace(next);
    setVisited((previous) => new Set([...previous, next]));
  }

  return (
    <PaneTextContext.Provider value={text}>
      <main className={styles.app} lang={locale}>
        <TabList
          className={styles.tabs}
          selectedValue={place}
          onTabSelect={(_, data) => select(data.value as Place)}
          aria-label={text.placesLabel}
        >
          {PLACES.map((id) => (
            <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
              {text.places[id]}
            </Tab>
          ))}
        </TabList>
        {PLACES.map((id) => (
          <div key={id} id={`panel-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={place !== id} className={styles.panel}>
            {visited.has(id) && id === 'templates' && <TemplatesPlace host={host} services={services} />}
            {visited.has(id) && id === 'check' && <CheckPlace host={host} services={services} locale={locale} runOnOpen={runCheck && initialView === 'check'} />}
            {visited.has(id) && id === 'register' && <RegisterPlace host={host} locale={locale} />}
          </div>
        ))}
      </main>
    </PaneTextContext.Provider>
  );
}
