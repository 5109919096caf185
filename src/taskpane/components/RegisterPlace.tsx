/**
 * 台账: the register panel, loaded only when this place is opened so the
 * sign-in and Graph code stay out of the pane's first download. A panel
 * that fails to load (offline, or not part of this build) shows the note.
 */
import { Suspense, lazy } from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Locale } from '../../i18n';
import type { DocumentHost } from '../../word/host';
import { usePaneText } from '../text';
import { Busy } from './Busy';
import { PlaceBoundary } from './PlaceBoundary';

const RegisterPanel = lazy(() => import(/* webpackChunkName: "register" */ '../../register/ui/RegisterPanel'));

export function RegisterPlace({ host, locale }: { host: DocumentHost; locale: Locale }): JSX.Element {
  const text = usePaneText();
  const note = (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{text.register.pending}</MessageBarBody>
    </MessageBar>
  );
  return (
    <PlaceBoundary fallback={note}>
      <Suspense fallback={<Busy label={text.register.loading} />}>
        <RegisterPanel host={host} locale={locale} />
      </Suspense>
    </PlaceBoundary>
  );
}
