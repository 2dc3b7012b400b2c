import type { DatasetIndex } from '../../shared/schema.ts';

/** The pages behind the timeline: capture days with their evidence, and everything the pipeline warned about. */
export function AboutView({ dataset }: { dataset: DatasetIndex }) {
  return (
    <section className="about" aria-labelledby="about-title">
      <h1 id="about-title">About the data</h1>
      <p>
        Every event on this timeline was found in the pages below by a build-time pipeline. Each event keeps
        the exact sentences that state it, with their position in the article, and says how its date was
        worked out. Relative dates (“on Thursday”) are resolved from the day a page was captured; when that
        day cannot be worked out, the events stay undated rather than guessed.
      </p>
      <h2>Pages</h2>
      <ul className="about-pages">
        {dataset.pages.map((p) => {
          const articles = dataset.articles.filter((a) => a.file === p.file);
          return (
            <li key={p.file}>
              <h3 className="page-file">{p.file}</h3>
              <p>
                {articles.length} articles ({articles.map((a) => a.outlet ?? 'outlet not stated').join(', ')}
                ). Captured on: <strong>{p.capturedOn ?? 'not known'}</strong>
              </p>
              <details>
                <summary>How the capture day was worked out</summary>
                <ul>
                  {p.evidence.map((e, i) => (
                    <li key={i}>{e}</li>
                  ))}
                </ul>
              </details>
              {p.warnings.length > 0 && (
                <ul className="warnings" aria-label={`Warnings for ${p.file}`}>
                  {p.warnings.map((w, i) => (
                    <li key={i}>
                      {w.line ? `Line ${w.line}: ` : ''}
                      {w.message}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      {dataset.skippedFiles.length > 0 && (
        <>
          <h2>Files not read as pages</h2>
          <ul>
            {dataset.skippedFiles.map((s) => (
              <li key={s.file}>
                {s.file}: {s.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Build</h2>
      <p>
        Built {dataset.generatedAt} from inputs with digest{' '}
        <code className="digest">{dataset.inputDigest}</code>.
      </p>
    </section>
  );
}
