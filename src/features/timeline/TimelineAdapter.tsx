import { useEffect, useEffectEvent, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { format } from 'date-fns';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataInterfaceDataItem, type TimelineOptions } from 'vis-timeline/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import './timeline.css';
import type { EventSummary } from '../../shared/schema.ts';
import { aggregateItems, isAggregate, type VisibleWindow } from './aggregateItems.ts';
import { eventsToItems } from './eventsToItems.ts';
import { stepSelection, type SelectionMove } from './stepSelection.ts';
import { windowForItems } from './windowForItems.ts';
import { syncItems, textElement, type VisItem } from './visItems.ts';

export type TimelineAdapterProps = {
  /** The events to draw (already filtered); undated ones are skipped. */
  events: EventSummary[];
  selectedId: string | null;
  /** Called when the reader picks an event here: click, tap, arrow keys or the buttons. */
  onSelect: (id: string) => void;
  /** An event to bring into view without selecting it (the one focused in the list). */
  revealId?: string | null;
};

const DAY_MS = 24 * 60 * 60 * 1000;

const OPTIONS: TimelineOptions = {
  height: '100%',
  stack: true,
  editable: false,
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  orientation: { axis: 'bottom', item: 'bottom' },
  margin: { axis: 6, item: { horizontal: 6, vertical: 4 } },
  zoomMin: DAY_MS,
  zoomMax: 40 * 365 * DAY_MS,
  // The page scrolls under a plain wheel; Ctrl+wheel or a pinch zooms, dragging pans.
  zoomKey: 'ctrlKey',
  verticalScroll: true,
  showTooltips: true,
  tooltip: {
    followMouse: true,
    overflowMethod: 'cap',
    // Typed as returning a string, but vis-timeline's popup appends an Element as is (no HTML parse).
    template: ((item: { tooltip?: string }) => textElement('span', item.tooltip ?? '')) as unknown as (
      item: unknown,
    ) => string,
  },
};

/**
 * The only module that touches vis-timeline. Creates the widget once per mount (and destroys it, so
 * StrictMode's double mount is harmless), keeps one DataSet in step with `events` through
 * update/remove, and syncs the selection both ways. Keyboard: ←/→ previous/next event, Home/End the
 * first/last, with an aria-live line saying what is selected.
 */
export function TimelineAdapter({ events, selectedId, onSelect, revealId = null }: TimelineAdapterProps) {
  const items = useMemo(() => eventsToItems(events), [events]);
  // Ten thousand events are drawn as counts until few enough are in view (see aggregateItems; done in
  // the sync task below, not in this render, so the two share no long task).
  const [view, setView] = useState<VisibleWindow | null>(null);
  // Unknown until measured: the first batch is a single item.
  const msPerItem = useRef(ADD_BUDGET_MS);
  const memberIds = useRef<Set<string>>(new Set());
  const containerRef = useRef<HTMLDivElement>(null);
  const timelineRef = useRef<Timeline | null>(null);
  const dataRef = useRef<DataSet<VisItem, 'id'> | null>(null);
  /** Whether the window has been placed on the events yet (the first placement is not animated). */
  const placedRef = useRef(false);
  /** The id the window was last brought to (or the reader clicked), so re-renders do not re-centre. */
  const focusedRef = useRef<string | null>(null);
  const keysId = useId();

  const handleSelect = useEffectEvent((ids: unknown[]) => {
    const id = ids[0];
    const count = typeof id === 'string' && isAggregate(id) ? dataRef.current?.get(id) : null;
    if (count) {
      // A count stands for many events: selecting it zooms into its stretch instead.
      timelineRef.current?.setWindow(count.start, count.end ?? count.start, {
        animation: !prefersReducedMotion(),
      });
      timelineRef.current?.setSelection(
        selectedId !== null && dataRef.current?.get(selectedId) ? [selectedId] : [],
      );
      return;
    }
    if (typeof id === 'string' && dataRef.current?.get(id)) {
      focusedRef.current = id; // clicked, so already in view: selecting it must not move the window
      onSelect(id);
    } else if (selectedId !== null && dataRef.current?.get(selectedId)) {
      // A click on empty space: the app's selection stands, so keep it drawn.
      timelineRef.current?.setSelection([selectedId]);
    }
  });

  // Created in tasks of their own, not in the commit that mounts this component: the widget's first
  // draws measure the page (tens of milliseconds each on a phone), and one long task would hold them
  // all. The widget first, its (empty) items in the next task.
  const [created, setCreated] = useState(false);
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let timeline: Timeline | null = null;
    let task = setTimeout(() => {
      // The typings want items; vis-timeline accepts none and draws an empty axis.
      const widget = new Timeline(container, null as unknown as DataInterfaceDataItem, OPTIONS);
      timeline = widget;
      task = setTimeout(() => {
        const data = new DataSet<VisItem, 'id'>();
        // The typings want string content; vis-timeline appends element content as is.
        widget.setItems(data as unknown as DataInterfaceDataItem);
        widget.on('select', (props: { items: unknown[] }) => handleSelect(props.items));
        widget.on('rangechanged', (props: { start: Date; end: Date }) =>
          setView({ start: format(props.start, 'yyyy-MM-dd'), end: format(props.end, 'yyyy-MM-dd') }),
        );
        timelineRef.current = widget;
        dataRef.current = data;
        placedRef.current = false;
        focusedRef.current = null;
        setCreated(true);
      });
    });
    return () => {
      clearTimeout(task);
      timeline?.destroy();
      timelineRef.current = null;
      dataRef.current = null;
      setCreated(false);
    };
  }, []);

  useEffect(() => {
    // The sync waits for the next frame, so a filter's list and count are not held up by it, and lands
    // in that frame: removals, updates, the selection and the window. New items go in later, a few per
    // task, in tasks after a frame (vis-timeline draws and measures each added item on its own, about a
    // millisecond each): vis-timeline appends an added item at once but places it in its own next frame
    // callback, which then runs before the next paint, so no item is ever painted unplaced.
    let task: ReturnType<typeof setTimeout> | undefined;
    let frame = requestAnimationFrame(() => syncTimeline());
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };

    function syncTimeline(): void {
      if (!created) return;
      const timeline = timelineRef.current;
      const data = dataRef.current;
      if (!timeline || !data) return;
      let pending = syncItems(data, aggregateItems(items, view, selectedId), selectedId);
      // A newly drawn selected item goes in now, so it can be selected and brought into view.
      if (pending[0]?.id === selectedId) {
        data.add(pending.slice(0, 1));
        pending = pending.slice(1);
      }
      const addMore = () => {
        const t0 = performance.now();
        do {
          // As many as the time left allows at the last measured cost per item, at least one.
          const left = ADD_BUDGET_MS - (performance.now() - t0);
          const n = Math.max(1, Math.floor(left / msPerItem.current));
          const t = performance.now();
          data.add(pending.slice(0, n));
          pending = pending.slice(n);
          msPerItem.current = Math.max(0.05, (performance.now() - t) / n);
        } while (pending.length > 0 && performance.now() - t0 + msPerItem.current < ADD_BUDGET_MS);
        if (pending.length > 0) frame = requestAnimationFrame(() => (task = setTimeout(addMore)));
      };
      if (pending.length > 0) task = setTimeout(addMore);
      // Refit on a change of which events are drawn (filters), not on counts being split by zooming.
      const ids = new Set(items.map((i) => i.id));
      const membershipChanged =
        ids.size !== memberIds.current.size || [...ids].some((id) => !memberIds.current.has(id));
      memberIds.current = ids;
      const shown = selectedId !== null && data.get(selectedId) !== null ? selectedId : null;
      timeline.setSelection(shown === null ? [] : [shown]);
      if (items.length === 0) return;

      // Open on the events (never 1970 or today); refit when filters change what is drawn. Not fit():
      // it ignores point labels, so the last titles would be cut off at the right edge.
      const initial = !placedRef.current;
      const animation = !initial && !prefersReducedMotion() ? { duration: 400 } : false;
      const container = containerRef.current;
      const range = container ? windowForItems(items, container.clientWidth) : null;
      if (range && (initial || (membershipChanged && shown === null))) {
        timeline.setWindow(range.start, range.end, { animation });
      }
      placedRef.current = true;

      if (shown === null) focusedRef.current = null;
      else if (focusedRef.current !== shown) {
        focusedRef.current = shown;
        timeline.focus(shown, { zoom: false, animation });
      }
    }
  }, [items, view, selectedId, created]);

  // Focus moving through the list reveals that event here (no zoom, no selection change).
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline || revealId === null || revealId === selectedId || !dataRef.current?.get(revealId)) return;
    timeline.moveTo(dataRef.current.get(revealId)!.start, { animation: !prefersReducedMotion() });
  }, [revealId, selectedId]);

  const move = (to: SelectionMove): void => {
    const visible = timelineRef.current?.getWindow();
    const anchor = visible
      ? format(new Date((visible.start.valueOf() + visible.end.valueOf()) / 2), 'yyyy-MM-dd')
      : undefined;
    const id = stepSelection(items, selectedId, to, anchor);
    if (id !== null) onSelect(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const to = KEY_MOVES[event.key];
    if (!to) return;
    event.preventDefault();
    move(to);
  };

  const selected = selectedId === null ? undefined : events.find((event) => event.id === selectedId);
  const index = items.findIndex((item) => item.id === selectedId);
  const atStart = items.length === 0 || index === 0;
  const atEnd = items.length === 0 || index === items.length - 1;

  return (
    <div className="timeline">
      <div
        ref={containerRef}
        className="timeline-widget"
        role="region"
        aria-label="Timeline of events"
        aria-describedby={keysId}
        tabIndex={0}
        onKeyDown={onKeyDown}
      />
      <p id={keysId} className="timeline-visually-hidden">
        Use the left and right arrow keys to move between events, Home and End for the first and last.
      </p>
      <div className="timeline-controls">
        <button type="button" aria-disabled={atStart} onClick={() => move('previous')}>
          Previous event
        </button>
        <button type="button" aria-disabled={atEnd} onClick={() => move('next')}>
          Next event
        </button>
      </div>
      <p className="timeline-visually-hidden" aria-live="polite">
        {selected?.date ? `Selected: ${selected.title}, ${selected.date.label}` : ''}
      </p>
    </div>
  );
}

const KEY_MOVES: Partial<Record<string, SelectionMove>> = {
  ArrowLeft: 'previous',
  ArrowRight: 'next',
  Home: 'first',
  End: 'last',
};

/**
 * How long one task may spend adding new items. vis-timeline draws and measures each one as it is
 * added (about a millisecond each on a laptop, several on a slow phone), then restacks every item in
 * view: so the batch is as large as the budget allows at the cost per item last measured (msPerItem),
 * neither one by one (a restack each) nor all at once (a long task on a slow device). Under the 50 ms
 * of a long task, with room for a misestimate.
 */
const ADD_BUDGET_MS = 30;

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
