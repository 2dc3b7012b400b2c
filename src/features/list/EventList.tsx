import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { EventSummary } from '../../shared/schema.ts';
import { isPlainClick } from '../../ui/plainClick.ts';
import { groupByMonth } from '../../shared/list/groupByMonth.ts';
import { listRows, visibleRows } from '../../shared/list/listRows.ts';

type Props = {
  events: EventSummary[];
  selectedId: string | null;
  hrefFor: (id: string) => string;
  onOpen: (id: string) => void;
  /** Focus moved to an event (keyboard or pointer), so the timeline can reveal it. */
  onFocusEvent?: (id: string) => void;
};

/** Rendered beyond the viewport on both sides: smooth scrolling, and small lists render whole. */
const OVERSCAN = 1600;

/**
 * The accessible twin of the timeline: every event in order, grouped by month, as links. Virtualised:
 * only the rows near the viewport are in the DOM (fixed row heights, so ten thousand events cost the
 * same as fifty). One item is in the tab order at a time (roving focus); ↑ ↓ Home End move between
 * items, scrolling them into view, Enter opens. The selected event is revealed when it changes elsewhere.
 */
export function EventList({ events, selectedId, hrefFor, onOpen, onFocusEvent }: Props) {
  const { rows, height } = useMemo(() => listRows(groupByMonth(events)), [events]);
  const order = useMemo(() => rows.flatMap((r) => (r.kind === 'event' ? [r.key] : [])), [rows]);
  const rowOf = useMemo(() => new Map(rows.map((r) => [r.key, r])), [rows]);
  const [active, setActive] = useState<string | null>(null);
  const [scroll, setScroll] = useState({ top: 0, viewport: 600 });
  const box = useRef<HTMLElement>(null);
  const links = useRef(new Map<string, HTMLAnchorElement>());
  const pendingFocus = useRef<string | null>(null);
  const activeId =
    (active && rowOf.has(active) ? active : selectedId && rowOf.has(selectedId) ? selectedId : order[0]) ??
    null;

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setScroll({ top: el.scrollTop, viewport: el.clientHeight || 600 });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const reveal = (id: string) => {
    const el = box.current;
    const row = rowOf.get(id);
    if (!el || !row) return;
    if (row.top < el.scrollTop || row.top + row.height > el.scrollTop + el.clientHeight) {
      el.scrollTop = Math.max(0, row.top - el.clientHeight / 3);
    }
  };

  // Reveal the selected item inside the list's own scroll box only: the page itself does not jump.
  useEffect(() => {
    if (selectedId) reveal(selectedId);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId, rowOf]);

  useEffect(() => {
    const id = pendingFocus.current;
    if (id && links.current.get(id)) {
      pendingFocus.current = null;
      links.current.get(id)?.focus({ preventScroll: true });
    }
  });

  const keep = useMemo(
    () => new Set([activeId, selectedId].filter((x): x is string => x !== null)),
    [activeId, selectedId],
  );
  const shown = visibleRows(rows, scroll.top, scroll.viewport, OVERSCAN, keep);

  const move = (e: KeyboardEvent) => {
    const at = activeId ? order.indexOf(activeId) : -1;
    const next =
      e.key === 'ArrowDown'
        ? at + 1
        : e.key === 'ArrowUp'
          ? at - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? order.length - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    const id = order[Math.max(0, Math.min(order.length - 1, next))];
    if (!id) return;
    setActive(id);
    reveal(id);
    pendingFocus.current = id;
    onFocusEvent?.(id);
  };

  const open = (e: MouseEvent, id: string) => {
    if (!isPlainClick(e)) return;
    e.preventDefault();
    setActive(id);
    onOpen(id);
  };

  return (
    <nav
      ref={box}
      className="event-list"
      aria-label="Events in order"
      onKeyDown={move}
      onScroll={(e) =>
        setScroll({ top: e.currentTarget.scrollTop, viewport: e.currentTarget.clientHeight || 600 })
      }
    >
      <div className="event-list-canvas" style={{ height }}>
        {shown.map((row) =>
          row.kind === 'month' ? (
            <h3 key={row.key} className="month" style={{ top: row.top, height: row.height }}>
              {row.label}
            </h3>
          ) : (
            <a
              key={row.key}
              ref={(el) => {
                if (el) links.current.set(row.key, el);
                else links.current.delete(row.key);
              }}
              href={hrefFor(row.key)}
              className={row.key === selectedId ? 'event-item selected' : 'event-item'}
              style={{ top: row.top, height: row.height }}
              aria-current={row.key === selectedId ? 'true' : undefined}
              tabIndex={row.key === activeId ? 0 : -1}
              onFocus={() => {
                setActive(row.key);
                onFocusEvent?.(row.key);
              }}
              onClick={(ev) => open(ev, row.key)}
            >
              <span className="item-date">{row.event.date?.label ?? 'Undated'}</span>
              <span className="item-title">{row.event.title}</span>
              <span className="item-meta">
                {row.event.status === 'planned' && <span className="badge">planned</span>}
                {row.event.sourceArticleIds.length} source{row.event.sourceArticleIds.length === 1 ? '' : 's'}{' '}
                · {row.position} of {order.length}
              </span>
            </a>
          ),
        )}
      </div>
    </nav>
  );
}
