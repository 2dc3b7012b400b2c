import { useId } from 'react';
import type { Dataset } from '../../shared/schema.ts';
import { facetOptions, type EventFilters } from './filterEvents.ts';

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
  onChange,
}: {
  dataset: Dataset;
  filters: EventFilters;
  onChange: FiltersChange;
}) {
  const searchId = useId();
  const toggle = (facet: Facet, id: string) => {
    const current = filters[facet];
    const next = current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
    onChange({ ...filters, [facet]: next }, 'push');
  };
  const chips = FACETS.flatMap(({ facet, noun }) =>
    filters[facet].map((id) => ({ facet, id, noun, label: labelOf(dataset, facet, id) })),
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
        {FACETS.map(({ facet, label }) => {
          const options = facetOptions(dataset, filters, facet);
          return (
            <details key={facet} className="facet">
              <summary>
                {label}
                {filters[facet].length > 0 ? ` (${filters[facet].length})` : ''}
              </summary>
              <fieldset>
                <legend className="visually-hidden">{label}</legend>
                {options.length === 0 && <p className="muted">None</p>}
                {options.map((o) => (
                  <label key={o.id} className="facet-option">
                    <input
                      type="checkbox"
                      checked={filters[facet].includes(o.id)}
                      onChange={() => toggle(facet, o.id)}
                    />
                    <span>{o.label}</span> <span className="count">{o.count}</span>
                  </label>
                ))}
              </fieldset>
            </details>
          );
        })}
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

function labelOf(dataset: Dataset, facet: Facet, id: string): string {
  if (facet === 'people') return dataset.people.find((p) => p.id === id)?.name ?? id;
  if (facet === 'countries') return dataset.countries.find((c) => c.id === id)?.name ?? id;
  return id;
}
