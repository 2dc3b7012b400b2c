import { Component, type ReactNode } from 'react';

type Props = {
  /** What failed, for the message: "The event view". */
  what: string;
  /** Called by "Try again" before the boundary renders its children again (forget the failed load). */
  onRetry: () => void;
  /** Classes of the message box, e.g. to keep the reserved height of what failed. */
  className?: string;
  children: ReactNode;
};

type State = { failed: boolean };

/**
 * Keeps a view whose code failed to load (a lazy chunk on a flaky network) or crashed to its own box:
 * the rest of the page keeps working (the list without the timeline, say), and "Try again" loads it
 * afresh.
 */
export class ChunkBoundary extends Component<Props, State> {
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
      <div className={this.props.className ?? 'error'} role="alert">
        <p>{this.props.what} could not be loaded. Check the connection and try again.</p>
        <button type="button" onClick={this.retry}>
          Try again
        </button>
      </div>
    );
  }
}
