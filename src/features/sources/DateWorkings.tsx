import type { SourceCardModel } from './sourceCards.ts';
import { formatDay } from './formatDay.ts';

/**
 * "How this date was worked out": the pipeline's note on resolving the date expression, then what it
 * was resolved against, the page's capture day, with the evidence for that day and any doubts about it.
 */
export function DateWorkings({ card }: { card: SourceCardModel }) {
  const { source, article, page, quote } = card;
  return (
    <details className="source-workings">
      <summary>How this date was worked out</summary>
      <div className="source-workings-body">
        <p>{source.dateNote || 'The pipeline recorded no note on how this date was resolved.'}</p>
        {!quote.dateHighlighted && (
          <p className="source-warning">
            The date expression {source.dateText ? `“${source.dateText}” ` : ''}could not be located in the
            quote at its recorded position, so it is not highlighted.
          </p>
        )}
        {article?.publishedOn && (
          <>
            <p>
              {'The article was published on '}
              <time dateTime={article.publishedOn}>{formatDay(article.publishedOn)}</time>
              {': its relative dates ("on Friday") count from that day.'}
            </p>
            {article.publishedOnEvidence.length > 0 && (
              <ul
                className="source-evidence"
                aria-label={`Evidence for the publication day of ${article.headline}`}
              >
                {article.publishedOnEvidence.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </>
        )}
        {page ? (
          <>
            <p>
              {'The page '}
              <span className="source-file">{page.file}</span>
              {page.capturedOn ? (
                <>
                  {' was captured on '}
                  <time dateTime={page.capturedOn}>{formatDay(page.capturedOn)}</time>.
                </>
              ) : (
                ': capture day not known.'
              )}
            </p>
            {page.evidence.length > 0 && (
              <ul className="source-evidence" aria-label={`Evidence for the capture day of ${page.file}`}>
                {page.evidence.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
            {card.captureWarnings.length > 0 && (
              <ul className="source-warnings" aria-label={`Warnings about the capture day of ${page.file}`}>
                {card.captureWarnings.map((w, i) => (
                  <li key={i}>
                    <strong>Warning: </strong>
                    {w.line ? `Line ${w.line}: ` : ''}
                    {w.message}
                  </li>
                ))}
              </ul>
            )}
          </>
        ) : (
          <p className="source-warning">
            {article
              ? `The page ${article.file} is not in the dataset: capture day not known.`
              : 'The article is not in the dataset, so its page and capture day are not known.'}
          </p>
        )}
      </div>
    </details>
  );
}
