import type { DatasetIndex } from '../../shared/schema.ts';
import { ArticlesByPage } from '../articles/ArticlesByPage.tsx';
import { AboutView } from './AboutView.tsx';

/** The "About the data" view: the dataset's scope and pages, then the articles page by page. */
export function AboutPage({ dataset }: { dataset: DatasetIndex }) {
  return (
    <>
      <AboutView dataset={dataset} />
      <ArticlesByPage />
    </>
  );
}
