import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '../dataset/queries.ts';
import { ErrorMessage, LoadingMessage } from '../../ui/QueryStatus.tsx';
import { groupArticlesByPage, outletLabel } from './groupArticlesByPage.ts';

/** Every article of every page, grouped by page: the shell the explorer grows on. */
export function ArticlesByPage() {
  const { data, error, isPending, refetch } = useQuery(datasetQueryOptions());
  if (isPending) return <LoadingMessage>Loading the dataset…</LoadingMessage>;
  if (error) return <ErrorMessage error={error} onRetry={() => void refetch()} />;

  const groups = groupArticlesByPage(data);
  return (
    <section aria-labelledby="pages-heading">
      <h2 id="pages-heading">
        {data.articles.length} articles from {data.pages.length} pages
      </h2>
      {groups.map(({ page, articles }) => (
        <section key={page.file} className="page" aria-label={`Page ${page.file}`}>
          <h3 className="page-file">{page.file}</h3>
          <ol className="articles">
            {articles.map((a) => (
              <li key={a.id} className="article" data-article-id={a.id}>
                <p className="article-meta">
                  <span className={a.outlet ? 'outlet' : 'outlet outlet-missing'}>{outletLabel(a)}</span>
                  {a.syndicatedFrom && <span className="syndicated"> via {a.syndicatedFrom}</span>}
                  {a.ageText && <span className="age"> · {a.ageText}</span>}
                  <span className="role"> · {a.role === 'main' ? 'main article' : 'related'}</span>
                </p>
                <p className="article-headline">{a.headline}</p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
