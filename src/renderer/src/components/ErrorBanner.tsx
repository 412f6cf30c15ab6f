/** A failure in words, announced to screen readers as it appears; nothing when there is none. */
export function ErrorBanner({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="banner banner--error" role="alert">
      {message}
    </p>
  );
}
