import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import type { Source } from '../../shared/schema.ts';
import { articleTextQueryOptions } from '../dataset/queries.ts';
import { highlightArticle } from './highlightSource.ts';
import { HighlightedText } from './HighlightedText.tsx';

export const QUOTE_MISMATCH = 'This quote does not match the article text at its recorded position';

/**
 * The full article text, fetched when first shown (react-query caches it for every card quoting the
 * article), with the quote marked and scrolled to the middle of the view. Loading and failure stay inside
 * this card. The quote is marked only after checking the text at its offsets is the quote.
 */
export function ArticleText({ source, label }: { source: Source; label: string }) {
  const { data, error, isFetching, refetch } = useQuery(articleTextQueryOptions(source.articleId));
  const highlight = useMemo(() => (data ? highlightArticle(data.text, source) : null), [data, source]);
  const quoteRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (highlight?.status !== 'matched') return;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    quoteRef.current?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  }, [highlight]);

  if (error && !isFetching) {
    return (
      <div className="error source-error" role="alert">
        <p>The article text could not be loaded. {error.message}</p>
        <button type="button" onClick={() => void refetch()}>
          Try again
        </button>
      </div>
    );
  }
  if (!highlight) {
    return (
      <p className="status source-status" role="status">
        Loading the article…
      </p>
    );
  }
  return (
    <>
      {highlight.status === 'mismatch' && (
        <p className="source-warning">
          <span aria-hidden="true">⚠ </span>
          {QUOTE_MISMATCH}. It is shown without highlighting.
        </p>
      )}
      <div className="source-article-text" role="region" aria-label={label} tabIndex={0}>
        <HighlightedText segments={highlight.segments} quoteRef={quoteRef} />
      </div>
    </>
  );
}
