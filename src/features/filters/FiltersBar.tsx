import { useId, useState } from 'react';
import type { DatasetIndex } from '../../shared/schema.ts';
import { facetLabel, facetOptions, type EventFilters, type QuoteText } from './filterEvents.ts';

type Facet = 'people' | 'countries' | 'outlets';
const FACETS: { facet: Facet; label: string; noun: string }[] = [
  { facet: 'people', label: 'People', noun: 'Person' },
  { facet: 'countries', label: 'Countries', noun: 'Country' },
  { facet: 'outlets', label: 'Outlets', noun: 'Outlet' },
];

export type FiltersChange = (next: EventFilters, mode: 'push' | 'replace') => void;

/** Search box, facet pickers with counts, and the active filters as removable chips. */
export function FiltersBar({
  dataset,
  filters,
  quotes,
  onChange,
}: {
  dataset: DatasetIndex;
  filters: EventFilters;
  /** The quotes for the text filter, once loaded (see searchTextQueryOptions). */
  quotes?: QuoteText | undefined;
  onChange: FiltersChange;
}) {
  const searchId = useId();
  const toggle = (facet: Facet, id: string) => {
    const current = filters[facet];
    const next = current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
    onChange({ ...filters, [facet]: next }, 'push');
  };
  const chips = FACETS.flatMap(({ facet, noun }) =>
    filters[facet].map((id) => ({ facet, id, noun, label: facetLabel(dataset, facet, id) })),
  );
  return (
    <section className="filters" aria-label="Filters">
      <div className="filters-row">
        <label htmlFor={searchId} className="search-label">
          Search
        </label>
        <input
          id={searchId}
          type="search"
          className="search"
          placeholder="Titles and quotes"
          value={filters.q}
          onChange={(e) => onChange({ ...filters, q: e.target.value }, 'replace')}
        />
        {FACETS.map(({ facet, label }) => (
          <FacetPicker
            key={facet}
            facet={facet}
            label={label}
            dataset={dataset}
            filters={filters}
            quotes={quotes}
            onToggle={toggle}
          />
        ))}
      </div>
      {chips.length > 0 && (
        <ul className="chips" aria-label="Active filters">
          {chips.map((c) => (
            <li key={`${c.facet}:${c.id}`}>
              <button
                type="button"
                className="chip"
                aria-label={`Remove filter ${c.noun}: ${c.label}`}
                onClick={() => toggle(c.facet, c.id)}
              >
                {c.label} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              className="chip-clear"
              onClick={() => onChange({ people: [], countries: [], outlets: [], q: '' }, 'push')}
            >
              Clear all
            </button>
          </li>
        </ul>
      )}
    </section>
  );
}

/**
 * One facet's options with counts. They are counted and drawn only while the picker is open: at ten
 * thousand events a closed picker would otherwise redraw a thousand checkboxes on every filter change.
 */
function FacetPicker({
  facet,
  label,
  dataset,
  filters,
  quotes,
  onToggle,
}: {
  facet: Facet;
  label: string;
  dataset: DatasetIndex;
  filters: EventFilters;
  quotes: QuoteText | undefined;
  onToggle: (facet: Facet, id: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const options = open ? facetOptions(dataset, filters, facet, quotes) : [];
  return (
    <details className="facet" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {label}
        {filters[facet].length > 0 ? ` (${filters[facet].length})` : ''}
      </summary>
      <fieldset>
        <legend className="visually-hidden">{label}</legend>
        {open && options.length === 0 && <p className="muted">None</p>}
        {options.map((o) => (
          <label key={o.id} className="facet-option">
            <input
              type="checkbox"
              checked={filters[facet].includes(o.id)}
              onChange={() => onToggle(facet, o.id)}
            />
            <span>{o.label}</span> <span className="count">{o.count}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
