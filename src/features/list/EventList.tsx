import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { TimelineEvent } from '../../shared/schema.ts';
import { groupByMonth } from './groupByMonth.ts';
import { isPlainClick } from '../../ui/plainClick.ts';

type Props = {
  events: TimelineEvent[];
  selectedId: string | null;
  hrefFor: (id: string) => string;
  onOpen: (id: string) => void;
  /** Focus moved to an event (keyboard or pointer), so the timeline can reveal it. */
  onFocusEvent?: (id: string) => void;
};

/**
 * The accessible twin of the timeline: every event in order, grouped by month, as links. One item is
 * in the tab order at a time (roving focus); ↑ ↓ Home End move between items, Enter opens. The selected
 * event is marked and scrolled into view when it changes elsewhere (the timeline, a deep link).
 */
export function EventList({ events, selectedId, hrefFor, onOpen, onFocusEvent }: Props) {
  const groups = useMemo(() => groupByMonth(events), [events]);
  const order = useMemo(() => groups.flatMap((g) => g.events.map((e) => e.id)), [groups]);
  const [active, setActive] = useState<string | null>(null);
  const refs = useRef(new Map<string, HTMLAnchorElement>());
  const activeId =
    active && order.includes(active)
      ? active
      : ((selectedId && order.includes(selectedId) ? selectedId : order[0]) ?? null);

  const nav = useRef<HTMLElement>(null);
  // Reveal the selected item inside the list's own scroll box only: the page itself does not jump.
  useEffect(() => {
    const box = nav.current;
    const item = selectedId ? refs.current.get(selectedId) : undefined;
    if (!box || !item || box.scrollHeight <= box.clientHeight) return;
    const top = item.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    if (top < box.scrollTop || top + item.offsetHeight > box.scrollTop + box.clientHeight) {
      box.scrollTop = top - box.clientHeight / 3;
    }
  }, [selectedId]);

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
    refs.current.get(id)?.focus();
  };

  const open = (e: MouseEvent, id: string) => {
    if (!isPlainClick(e)) return;
    e.preventDefault();
    setActive(id);
    onOpen(id);
  };

  return (
    <nav ref={nav} className="event-list" aria-label="Events in order" onKeyDown={move}>
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`month-${g.key}`}>
          <h3 id={`month-${g.key}`} className="month">
            {g.label}
          </h3>
          <ol>
            {g.events.map((e) => (
              <li key={e.id}>
                <a
                  ref={(el) => {
                    if (el) refs.current.set(e.id, el);
                    else refs.current.delete(e.id);
                  }}
                  href={hrefFor(e.id)}
                  className={e.id === selectedId ? 'event-item selected' : 'event-item'}
                  aria-current={e.id === selectedId ? 'true' : undefined}
                  tabIndex={e.id === activeId ? 0 : -1}
                  onFocus={() => {
                    setActive(e.id);
                    onFocusEvent?.(e.id);
                  }}
                  onClick={(ev) => open(ev, e.id)}
                >
                  <span className="item-date">{e.date?.label ?? 'Undated'}</span>
                  <span className="item-title">{e.title}</span>
                  <span className="item-meta">
                    {e.status === 'planned' && <span className="badge">planned</span>}
                    {e.sources.length} source{e.sources.length === 1 ? '' : 's'}
                  </span>
                </a>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </nav>
  );
}
