import { Component, type ReactNode } from 'react';

type Props = {
  /** Called by "Try again" before the boundary renders its children again. */
  onRetry: () => void;
  children: ReactNode;
};

type State = { failed: boolean };

/**
 * Keeps a failed timeline chunk (or a crash inside the widget) to the timeline's own box: the list and
 * the panels around it keep working, and "Try again" loads it afresh. Same reserved height as the
 * widget, so the page does not jump either way.
 */
export class TimelineErrorBoundary extends Component<Props, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  retry = (): void => {
    this.props.onRetry();
    this.setState({ failed: false });
  };

  render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="timeline-placeholder timeline-error" role="alert">
        <p>The timeline could not be loaded.</p>
        <button type="button" onClick={this.retry}>
          Try again
        </button>
      </div>
    );
  }
}
