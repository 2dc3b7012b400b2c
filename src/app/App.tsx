import { ArticlesByPage } from '../features/articles/ArticlesByPage.tsx';

export function App() {
  return (
    <>
      <header className="site-header">
        <h1>News timeline</h1>
        <p className="tagline">Captured news pages, every article traced to its page.</p>
      </header>
      <main id="main">
        <ArticlesByPage />
      </main>
    </>
  );
}
