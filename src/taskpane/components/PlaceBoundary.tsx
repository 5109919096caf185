/** A place whose code could not be fetched (offline, or left out of this build) shows `fallback` instead of an empty pane. */
import { Component, type ReactNode } from 'react';

interface BoundaryState {
  readonly failed: boolean;
}

export class PlaceBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { failed: false };

  static getDerivedStateFromError(): BoundaryState {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
