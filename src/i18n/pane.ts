/**
 * The task pane's strings alone, one language at a time. The pane page
 * reads nothing else of the message table, so it does not download the
 * rest: the Chinese section comes with the page, the English one is
 * fetched when Office speaks English.
 */
import type { Locale } from './locale';
import { pane as zhPane } from './zh-CN/pane';

export type PaneMessages = typeof zhPane;

const loaded: Partial<Record<Locale, PaneMessages>> = { 'zh-CN': zhPane };

/** The pane's strings in `locale`, if they have been loaded. */
export function paneMessagesLoaded(locale: Locale): PaneMessages | undefined {
  return loaded[locale];
}

/** The pane's strings in `locale`, fetched the first time another language than Chinese is asked for. */
export async function loadPaneMessages(locale: Locale): Promise<PaneMessages> {
  const ready = loaded[locale];
  if (ready) return ready;
  const { pane } = await import(/* webpackChunkName: "pane-en-US" */ './en-US/pane');
  loaded[locale] = pane;
  return pane;
}

/** The Chinese strings, which the pane always has. */
export const zhPaneMessages: PaneMessages = zhPane;
