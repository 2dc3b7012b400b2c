import { useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { detailsKeyOf } from '../../shared/dataPaths.ts';
import type { DatasetIndex, EventSummary, Source } from '../../shared/schema.ts';
import { ErrorMessage, LoadingMessage } from '../../ui/QueryStatus.tsx';
import { eventDetailsQueryOptions } from '../dataset/queries.ts';
import { outletSummary } from './outletSummary.ts';
import { buildSourceCards } from './sourceCards.ts';
import { SourceCard, type HeadingTag } from './SourceCard.tsx';
import './sources.css';

type HeadingLevel = 2 | 3 | 4 | 5;

/**
 * The event's sources, one card each, under a "Reported by …" line: the proof behind every fact the
 * event panel shows. `headingLevel` is the level of the "Sources" heading (card headlines sit one below);
 * it defaults to 3, for a panel inside an event section headed by an h2.
 */
export function SourcesPanel({
  event,
  dataset,
  headingLevel = 3,
}: {
  event: EventSummary;
  dataset: DatasetIndex;
  headingLevel?: HeadingLevel;
}) {
  const details = useQuery(eventDetailsQueryOptions(detailsKeyOf(event)));
  const sources = details.data?.sources[event.id];
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const cardHeading = `h${headingLevel + 1}` as HeadingTag;

  return (
    <section className="sources" aria-labelledby={headingId}>
      <Heading id={headingId} className="sources-heading">
        Sources
      </Heading>
      {details.error ? (
        <ErrorMessage error={details.error} onRetry={() => void details.refetch()} />
      ) : details.isPending ? (
        <LoadingMessage>Loading the sources…</LoadingMessage>
      ) : sources ? (
        <SourceCards sources={sources} dataset={dataset} headingTag={cardHeading} />
      ) : (
        <p className="warning" role="note">
          The sources of this event are missing from the data (the build is incomplete).
        </p>
      )}
    </section>
  );
}

function SourceCards({
  sources,
  dataset,
  headingTag,
}: {
  sources: readonly Source[];
  dataset: DatasetIndex;
  headingTag: HeadingTag;
}) {
  const cards = useMemo(() => buildSourceCards(sources, dataset), [sources, dataset]);
  return (
    <>
      <p className="sources-summary">{outletSummary(cards)}</p>
      <ol className="sources-list">
        {cards.map((card, i) => (
          <li key={card.key}>
            <SourceCard card={card} position={i + 1} headingTag={headingTag} />
          </li>
        ))}
      </ol>
    </>
  );
}
