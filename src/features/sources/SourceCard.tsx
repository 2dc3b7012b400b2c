import { useId, useState } from 'react';
import { ArticleText } from './ArticleText.tsx';
import { DateWorkings } from './DateWorkings.tsx';
import { copiesLine } from './copiesLine.ts';
import { formatDay } from './formatDay.ts';
import { HighlightedText } from './HighlightedText.tsx';
import type { SourceCardModel } from './sourceCards.ts';
import { authorsLine, originalLink } from '../../shared/originalLink.ts';

export type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/**
 * One source: who reported it, in which article, the verbatim quote with its date marked, how the date
 * was worked out, and a disclosure that fetches the whole article and shows the quote in place.
 */
export function SourceCard({
  card,
  position,
  headingTag,
}: {
  card: SourceCardModel;
  /** 1-based place in the panel: names the article text region apart from another card's. */
  position: number;
  headingTag: HeadingTag;
}) {
  const id = useId();
  const headlineId = `${id}-headline`;
  const regionId = `${id}-article`;
  const [open, setOpen] = useState(false);
  const { source, article } = card;
  const headline = article?.headline ?? `Article ${source.articleId} (not listed in the dataset)`;
  const Heading = headingTag;
  const link = originalLink(article?.url);
  const byAuthors = authorsLine(article?.authors ?? []);
  const copies = copiesLine(article?.copies);
  const modifiedOn =
    article?.modifiedOn && article.modifiedOn !== article.publishedOn ? article.modifiedOn : null;

  return (
    <article className="source-card" aria-labelledby={headlineId}>
      <p className="source-byline">
        <span className={card.outletStated ? 'source-outlet' : 'source-outlet source-outlet-missing'}>
          {card.outletLabel}
        </span>
        {!card.outletStated && article && (
          <>
            {' · page '}
            <span className="source-file">{article.file}</span>
          </>
        )}
        {article?.syndicatedFrom && <span className="source-syndicated"> via {article.syndicatedFrom}</span>}
        {byAuthors && <span className="source-authors"> · {byAuthors}</span>}
      </p>
      <Heading id={headlineId} className="source-headline">
        {headline}
      </Heading>
      {article && (article.ageText || article.publishedOn || modifiedOn) && (
        <p className="source-when">
          {[
            article.ageText && <span key="age">{article.ageText} when captured</span>,
            article.publishedOn && (
              <span key="published">
                published <time dateTime={article.publishedOn}>{formatDay(article.publishedOn)}</time>
              </span>
            ),
            modifiedOn && (
              <span key="modified">
                updated <time dateTime={modifiedOn}>{formatDay(modifiedOn)}</time>
              </span>
            ),
          ]
            .filter(Boolean)
            .flatMap((part, i) => (i === 0 ? [part] : [' · ', part]))}
        </p>
      )}
      {link && (
        <p className="source-original">
          <a href={link.href} target="_blank" rel="noopener noreferrer">
            Original article at {link.host}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        </p>
      )}
      {copies && <p className="source-copies">{copies}</p>}
      <blockquote className="source-quote">
        <p>
          <HighlightedText segments={card.quote.segments} />
        </p>
      </blockquote>
      <DateWorkings card={card} />
      <button
        type="button"
        className="source-toggle"
        aria-expanded={open}
        aria-controls={regionId}
        aria-describedby={headlineId}
        onClick={() => setOpen((o) => !o)}
      >
        Show in article
      </button>
      <div id={regionId} className="source-article" hidden={!open}>
        {open && <ArticleText source={source} label={`Full text of source ${position}: ${headline}`} />}
      </div>
    </article>
  );
}
