import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The heading of a screen. It takes focus when the screen opens, so keyboard and screen-reader
 * users land at the top of the new content.
 */
export function ScreenHeader({ title, summary, actions }: { title: string; summary: ReactNode; actions?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  return (
    <header className="screen-header">
      <div>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        <p className="screen-header__summary">{summary}</p>
      </div>
      {actions && <div className="screen-header__actions">{actions}</div>}
    </header>
  );
}
