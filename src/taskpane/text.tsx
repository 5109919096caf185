/** The pane's strings for the current locale, handed down through context. */
import { createContext, useContext } from 'react';
import { zhPaneMessages, type PaneMessages } from '../i18n/pane';

export type PaneText = PaneMessages;

export const PaneTextContext = createContext<PaneText>(zhPaneMessages);

export function usePaneText(): PaneText {
  return useContext(PaneTextContext);
}
