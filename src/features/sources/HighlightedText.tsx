import { Fragment, type Ref } from 'react';
import { groupRuns, type Segment } from './splitHighlight.ts';

/**
 * Text with its highlights as React nodes (never HTML strings): a quote is one `<mark>` with its date as
 * a nested `<mark>`; a date on its own is a `<mark>`. `quoteRef` lands on the quote's mark, if any.
 */
export function HighlightedText({
  segments,
  quoteRef,
}: {
  segments: readonly Segment[];
  quoteRef?: Ref<HTMLElement>;
}) {
  return (
    <>
      {groupRuns(segments).map((run, i) => {
        if (run.kind === 'plain') return <Fragment key={i}>{run.text}</Fragment>;
        if (run.kind === 'date') {
          return (
            <mark key={i} className="source-date">
              {run.segments.map((s) => s.text).join('')}
            </mark>
          );
        }
        return (
          <mark key={i} ref={quoteRef} className="source-quote-mark">
            {run.segments.map((s, j) =>
              s.kind === 'date' ? (
                <mark key={j} className="source-date">
                  {s.text}
                </mark>
              ) : (
                <Fragment key={j}>{s.text}</Fragment>
              ),
            )}
          </mark>
        );
      })}
    </>
  );
}
