import type { DatasetIndex } from '../../shared/schema.ts';
import { scopeLine } from '../../shared/datasetScope.ts';

/**
 * "26 events from 8 articles by 7 outlets, 1 Feb 2022 – 31 Jul 2025 · built 22 Nov 2026". Before the
 * data is here the line is drawn empty at the same height, so the page below it does not move.
 */
export function ScopeLine({ dataset }: { dataset: DatasetIndex | undefined }) {
  if (!dataset) return <p className="scope" aria-hidden="true" />;
  const { text, built } = scopeLine(dataset);
  return (
    <p className="scope">
      {text} · built <time dateTime={dataset.generatedAt}>{built}</time>
    </p>
  );
}
