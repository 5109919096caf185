/** The pane's strings for the current locale, handed down through context. */
import { createContext, useContext } from 'react';
import { messages, type Messages } from '../i18n';

export type PaneText = Messages['pane'];

export const PaneTextContext = createContext<PaneText>(messages('zh-CN').pane);

export function usePaneText(): PaneText {
  return useContext(PaneTextContext);
}
