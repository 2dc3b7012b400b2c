import { useState } from 'react';
import type { DatasetIndex, EventSummary } from '../../shared/schema.ts';
import { SourcesPanel } from '../sources/SourcesPanel.tsx';
import { isPlainClick } from '../../ui/plainClick.ts';

type Props = {
  event: EventSummary;
  dataset: DatasetIndex;
  previous: EventSummary | null;
  next: EventSummary | null;
  hrefFor: (id: string) => string;
  canonicalUrl: string;
  onOpen: (id: string) => void;
  onAddFilter: (facet: 'people' | 'countries', id: string) => void;
};

/** One event: date at its precision, title, people and countries as filter chips, sources, neighbours. */
export function EventPanel({
  event,
  dataset,
  previous,
  next,
  hrefFor,
  canonicalUrl,
  onOpen,
  onAddFilter,
}: Props) {
  const people = event.people.map((id) => ({
    id,
    name: dataset.people.find((p) => p.id === id)?.name ?? id,
  }));
  const countries = event.countries.map((id) => ({
    id,
    name: dataset.countries.find((c) => c.id === id)?.name ?? id,
  }));
  return (
    <article className="event-panel static-event" aria-labelledby="event-title">
      <p className="event-date">
        {event.date ? <time dateTime={event.date.start}>{event.date.label}</time> : 'Undated'}
        {event.status === 'planned' && <span className="badge">planned at the time of writing</span>}
      </p>
      <h1 id="event-title" className="event-title">
        {event.title}
      </h1>
      {event.warnings.map((w) => (
        <p key={w} className="warning" role="note">
          {w}
        </p>
      ))}
      {(people.length > 0 || countries.length > 0) && (
        <ul className="entity-chips" aria-label="People and countries (select to filter)">
          {people.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="chip person"
                onClick={() => onAddFilter('people', p.id)}
                aria-label={`Filter by person: ${p.name}`}
              >
                {p.name}
              </button>
            </li>
          ))}
          {countries.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className="chip country"
                onClick={() => onAddFilter('countries', c.id)}
                aria-label={`Filter by country: ${c.name}`}
              >
                {c.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <CopyLink url={canonicalUrl} />
      <SourcesPanel event={event} dataset={dataset} headingLevel={2} />
      <nav className="prev-next" aria-label="Neighbouring events">
        {previous ? (
          <a href={hrefFor(previous.id)} onClick={(e) => follow(e, () => onOpen(previous.id))} rel="prev">
            ← {previous.title}
          </a>
        ) : (
          <span />
        )}
        {next && (
          <a href={hrefFor(next.id)} onClick={(e) => follow(e, () => onOpen(next.id))} rel="next">
            {next.title} →
          </a>
        )}
      </nav>
    </article>
  );
}

function follow(e: React.MouseEvent, go: () => void) {
  if (!isPlainClick(e)) return;
  e.preventDefault();
  go();
}

/** Copies the event's canonical URL; the panel is keyed by event, so the status resets per event. */
function CopyLink({ url }: { url: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span role="status" aria-live="polite" className="copy-status">
        {status === 'copied' ? 'Link copied' : ''}
      </span>
      {status === 'failed' && (
        <label className="copy-fallback">
          Copy this link: <input readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </div>
  );
}
