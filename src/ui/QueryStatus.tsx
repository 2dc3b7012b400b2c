/** Loading and error states shared by every view that waits on a query. */
export function LoadingMessage({ children }: { children: string }) {
  return (
    <p className="status" role="status" aria-live="polite">
      {children}
    </p>
  );
}

export function ErrorMessage({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <div className="error" role="alert">
      <p>{error.message}</p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
