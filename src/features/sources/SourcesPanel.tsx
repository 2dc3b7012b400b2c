import { useId, useMemo } from 'react';
import type { Dataset, TimelineEvent } from '../../shared/schema.ts';
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
  event: TimelineEvent;
  dataset: Dataset;
  headingLevel?: HeadingLevel;
}) {
  const cards = useMemo(() => buildSourceCards(event, dataset), [event, dataset]);
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const cardHeading = `h${headingLevel + 1}` as HeadingTag;

  return (
    <section className="sources" aria-labelledby={headingId}>
      <Heading id={headingId} className="sources-heading">
        Sources
      </Heading>
      <p className="sources-summary">{outletSummary(cards)}</p>
      <ol className="sources-list">
        {cards.map((card, i) => (
          <li key={card.key}>
            <SourceCard card={card} position={i + 1} headingTag={cardHeading} />
          </li>
        ))}
      </ol>
    </section>
  );
}
