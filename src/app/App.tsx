import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import {
  datasetQueryOptions,
  eventDetailsQueryOptions,
  searchTextQueryOptions,
} from '../features/dataset/queries.ts';
import { findEvent } from '../features/event/findEvent.ts';
import { NotFoundPanel } from '../features/event/NotFoundPanel.tsx';
import { nearestEvents } from '../features/event/nearestEvents.ts';
import { FiltersBar } from '../features/filters/FiltersBar.tsx';
import { filterEvents } from '../features/filters/filterEvents.ts';
import { EventList } from '../features/list/EventList.tsx';
import { compareEvents } from '../shared/list/groupByMonth.ts';
import { ScopeLine } from '../features/scope/ScopeLine.tsx';
import { LazyTimeline } from '../features/timeline/LazyTimeline.tsx';
import { detailsKeyOf } from '../shared/dataPaths.ts';
import type { DatasetIndex } from '../shared/schema.ts';
import { ErrorMessage, LoadingMessage } from '../ui/QueryStatus.tsx';
import { hasFilters, NO_FILTERS, type ViewState } from './urlState.ts';
import { useTakeOver } from './takeOver.ts';
import { useViewState } from './useViewState.ts';
import { LazyAboutPage, LazyEventPanel } from './lazyViews.tsx';
import { isPlainClick } from '../ui/plainClick.ts';

const SITE = 'News timeline';

export function App() {
  const { state, navigate, replace, href } = useViewState();
  const { data, error, isPending, refetch } = useQuery(datasetQueryOptions());
  useTakeOver(!isPending);
  const home: ViewState = { route: { kind: 'home' }, filters: state.filters };
  const about: ViewState = { route: { kind: 'about' }, filters: state.filters };
  const go = (e: React.MouseEvent, next: ViewState) => {
    if (!isPlainClick(e)) return;
    e.preventDefault();
    navigate(next);
  };
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <p className="site-name">
          <a href={href(home)} onClick={(e) => go(e, home)}>
            {SITE}
          </a>
        </p>
        <nav aria-label="Site">
          <a
            href={href(home)}
            onClick={(e) => go(e, home)}
            aria-current={state.route.kind !== 'about' ? 'page' : undefined}
          >
            Timeline
          </a>
          <a
            href={href(about)}
            onClick={(e) => go(e, about)}
            aria-current={state.route.kind === 'about' ? 'page' : undefined}
          >
            About the data
          </a>
        </nav>
        <ScopeLine dataset={data} />
      </header>
      <main id="main" tabIndex={-1}>
        {isPending ? (
          <LoadingMessage>Loading the timeline…</LoadingMessage>
        ) : error ? (
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        ) : state.route.kind === 'about' ? (
          <LazyAboutPage dataset={data} />
        ) : (
          <Explorer state={state} navigate={navigate} replace={replace} href={href} dataset={data} />
        )}
      </main>
    </>
  );
}

type ExplorerProps = {
  state: ViewState;
  navigate: (next: ViewState) => void;
  replace: (next: ViewState) => void;
  href: (next: ViewState) => string;
  dataset: DatasetIndex;
};

function Explorer({ state, navigate, replace, href, dataset }: ExplorerProps) {
  // The quotes for the text filter are fetched on the first search; until then titles are searched.
  const searching = state.filters.q.trim() !== '';
  const { data: search, isFetching: loadingQuotes } = useQuery({
    ...searchTextQueryOptions(),
    enabled: searching,
  });
  const quotes = search?.quotes;
  const filtered = useMemo(
    () => filterEvents(dataset, state.filters, undefined, quotes).sort(compareEvents),
    [dataset, state.filters, quotes],
  );
  const queryClient = useQueryClient();
  const linkedId = state.route.kind === 'event' ? state.route.id : null;
  // An id from before a correction (an alias) shows its event; the effect below fixes the address.
  const selected = linkedId ? findEvent(dataset, linkedId) : null;
  const selectedId = selected?.id ?? linkedId;
  const at = selected ? filtered.findIndex((e) => e.id === selected.id) : -1;
  const open = (id: string) => navigate({ route: { kind: 'event', id }, filters: state.filters });
  const eventHref = (id: string) => href({ route: { kind: 'event', id }, filters: state.filters });
  const [revealId, setRevealId] = useState<string | null>(null);
  // A row the reader moves to is likely opened next: fetch its month's sources ahead.
  useEffect(() => {
    const event = revealId ? dataset.events.find((e) => e.id === revealId) : undefined;
    if (event) void queryClient.prefetchQuery(eventDetailsQueryOptions(detailsKeyOf(event)));
  }, [revealId, dataset, queryClient]);

  useEffect(() => {
    if (selected && linkedId !== selected.id) {
      replace({ route: { kind: 'event', id: selected.id }, filters: state.filters });
    }
  }, [selected, linkedId, state.filters, replace]);

  useEffect(() => {
    document.title = selected
      ? `${selected.title} · ${selected.date?.label ?? 'Undated'} — ${SITE}`
      : selectedId
        ? `Event not found — ${SITE}`
        : SITE;
  }, [selected, selectedId]);

  return (
    <>
      <FiltersBar
        dataset={dataset}
        filters={state.filters}
        quotes={quotes}
        onChange={(filters, mode) => (mode === 'push' ? navigate : replace)({ ...state, filters })}
      />
      <p className="result-count" role="status" aria-live="polite">
        {hasFilters(state.filters)
          ? `${filtered.length} of ${dataset.events.length} events match`
          : `${dataset.events.length} events`}
        {searching && loadingQuotes && !quotes ? ' (titles searched; loading the quotes…)' : ''}
      </p>
      {filtered.length === 0 && (
        <div className="empty">
          <p>No events match these filters.</p>
          <button type="button" onClick={() => navigate({ ...state, filters: NO_FILTERS })}>
            Show all events
          </button>
        </div>
      )}
      <LazyTimeline events={filtered} selectedId={selectedId} onSelect={open} revealId={revealId} />
      <div className="columns">
        <section className="list-column" aria-label="Event list">
          <EventList
            events={filtered}
            selectedId={selectedId}
            hrefFor={eventHref}
            onOpen={open}
            onFocusEvent={setRevealId}
          />
        </section>
        <section className="panel-column" aria-label="Selected event">
          {selected ? (
            <LazyEventPanel
              key={selected.id}
              event={selected}
              dataset={dataset}
              previous={at > 0 ? (filtered[at - 1] ?? null) : null}
              next={at >= 0 ? (filtered[at + 1] ?? null) : null}
              hrefFor={eventHref}
              canonicalUrl={`${window.location.origin}${href({ route: { kind: 'event', id: selected.id }, filters: NO_FILTERS })}`}
              onOpen={open}
              onAddFilter={(facet, id) =>
                navigate({
                  ...state,
                  filters: { ...state.filters, [facet]: [...new Set([...state.filters[facet], id])] },
                })
              }
            />
          ) : selectedId ? (
            <NotFoundPanel
              id={selectedId}
              nearest={nearestEvents(selectedId, dataset.events)}
              hrefFor={eventHref}
              onOpen={open}
            />
          ) : (
            <>
              <h1 className="visually-hidden">News timeline: events, who was involved, who reported them</h1>
              <p className="panel-hint">Select an event to see who reported it, in their exact words.</p>
            </>
          )}
        </section>
      </div>
    </>
  );
}
