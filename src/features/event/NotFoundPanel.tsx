import type { EventSummary } from '../../shared/schema.ts';
import { isPlainClick } from '../../ui/plainClick.ts';

/** An unknown event id: say so, and offer the nearest events instead of a blank page. */
export function NotFoundPanel({
  id,
  nearest,
  hrefFor,
  onOpen,
}: {
  id: string;
  nearest: EventSummary[];
  hrefFor: (id: string) => string;
  onOpen: (id: string) => void;
}) {
  return (
    <section className="event-panel not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">No event with this link</h1>
      <p>
        There is no event with the id <code>{id}</code> in this timeline. It may have been renamed or removed.
      </p>
      {nearest.length > 0 && (
        <>
          <p>Nearest events:</p>
          <ul>
            {nearest.map((e) => (
              <li key={e.id}>
                <a
                  href={hrefFor(e.id)}
                  onClick={(ev) => {
                    if (!isPlainClick(ev)) return;
                    ev.preventDefault();
                    onOpen(e.id);
                  }}
                >
                  {e.title}
                </a>{' '}
                <span className="muted">{e.date?.label ?? 'Undated'}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
