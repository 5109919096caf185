/**
 * What the ribbon asked for when it opened the pane. Each ribbon button opens
 * taskpane.html with a query (`?view=check&run=1`), which is the one channel
 * every Word (Windows, Mac, web) passes through unchanged.
 */
export const PLACES = ['templates', 'check', 'register'] as const;
export type Place = (typeof PLACES)[number];

export interface Launch {
  readonly view: Place;
  /** Start the check as soon as the pane opens (the 检查格式 button). */
  readonly run: boolean;
}

function isPlace(value: string | null): value is Place {
  return value !== null && (PLACES as readonly string[]).includes(value);
}

/** Reads `?view=…&run=1` (or the same after `#`); unknown views open 模板. */
export function parseLaunch(search: string, hash = ''): Launch {
  const query = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const fromHash = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const view = query.get('view') ?? fromHash.get('view');
  const run = (query.get('run') ?? fromHash.get('run')) === '1';
  return { view: isPlace(view) ? view : 'templates', run: isPlace(view) && view === 'check' && run };
}
