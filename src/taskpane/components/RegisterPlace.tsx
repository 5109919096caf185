/**
 * 台账: the register panel, loaded only when this place is opened so the
 * sign-in and Graph code stay out of the pane's first download.
 */
import { Component, Suspense, lazy, type ReactNode } from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Locale } from '../../i18n';
import type { DocumentHost } from '../../word/host';
import { usePaneText } from '../text';
import { Busy } from './Busy';

const RegisterPanel = lazy(() => import(/* webpackChunkName: "register" */ '../../register/ui/RegisterPanel'));

interface BoundaryState {
  readonly failed: boolean;
}

/** A chunk that fails to load (offline, or the panel is not part of this build) shows the note instead. */
class RegisterBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { failed: false };

  static getDerivedStateFromError(): BoundaryState {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

export function RegisterPlace({ host, locale }: { host: DocumentHost; locale: Locale }): JSX.Element {
  const text = usePaneText();
  const note = (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>{text.register.pending}</MessageBarBody>
    </MessageBar>
  );
  return (
    <RegisterBoundary fallback={note}>
      <Suspense fallback={<Busy label={text.register.loading} />}>
        <RegisterPanel host={host} locale={locale} />
      </Suspense>
    </RegisterBoundary>
  );
}
