import { lazy, Suspense, useState, type ComponentType } from 'react';
import './timeline.css';
import type { TimelineAdapterProps } from './TimelineAdapter.tsx';
import { ChunkBoundary } from '../../ui/ChunkBoundary.tsx';

/**
 * A fresh lazy component per attempt: React.lazy remembers a rejected import, so retrying needs a new
 * one. The import itself is the only reference to the adapter, which keeps vis-timeline (and its CSS)
 * out of the initial bundle.
 */
function loadTimeline(): ComponentType<TimelineAdapterProps> {
  return lazy(() => import('./TimelineAdapter.tsx').then((m) => ({ default: m.TimelineAdapter })));
}

/**
 * The timeline as the app uses it: loaded on demand behind a placeholder of the same height, and
 * contained by an error boundary with "Try again" if the chunk fails to load.
 */
export function LazyTimeline(props: TimelineAdapterProps) {
  const [Timeline, setTimeline] = useState(loadTimeline);
  return (
    <div className="timeline-slot">
      <ChunkBoundary
        what="The timeline"
        className="timeline-placeholder timeline-error"
        onRetry={() => setTimeline(loadTimeline)}
      >
        <Suspense
          fallback={
            <div className="timeline-placeholder" role="status">
              <p>Loading timeline…</p>
            </div>
          }
        >
          <Timeline {...props} />
        </Suspense>
      </ChunkBoundary>
    </div>
  );
}
