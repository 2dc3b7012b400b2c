import { format, parseISO } from 'date-fns';
import type { DatasetIndex } from '../../shared/schema.ts';
import { datasetScope } from './datasetScope.ts';

/** "26 events from 8 articles by 7 outlets, Feb 2022 – Jul 2025 · built 22 Nov 2026" */
export function ScopeLine({ dataset }: { dataset: DatasetIndex }) {
  const s = datasetScope(dataset);
  const span =
    s.from && s.to
      ? `, ${format(parseISO(s.from), 'd MMM yyyy')} – ${format(parseISO(s.to), 'd MMM yyyy')}`
      : '';
  return (
    <p className="scope">
      {s.events} events from {s.articles} articles by {s.outlets} outlets{span} · built{' '}
      <time dateTime={dataset.generatedAt}>{format(parseISO(dataset.generatedAt), 'd MMM yyyy')}</time>
    </p>
  );
}
