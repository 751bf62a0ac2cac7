// One failing panel must never blank the app: each panel renders inside its own boundary,
// which shows what failed and offers to draw the panel again, while the rest keeps working.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface PanelBoundaryProps {
  /** Names the panel in the message, e.g. "The details". */
  readonly name: string;
  readonly children: ReactNode;
}

interface PanelBoundaryState {
  readonly error: Error | null;
}

export class PanelBoundary extends Component<PanelBoundaryProps, PanelBoundaryState> {
  override state: PanelBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): PanelBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`${this.props.name} failed and was replaced by a notice.`, error, info);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="notice notice-error" role="alert" data-error-code="panel">
        <strong>{this.props.name} could not be shown.</strong>
        <p>Something in this part of the page went wrong; the rest of Citescope still works.</p>
        <div className="notice-actions">
          <button type="button" onClick={() => this.setState({ error: null })}>
            Show it again
          </button>
        </div>
      </div>
    );
  }
}
