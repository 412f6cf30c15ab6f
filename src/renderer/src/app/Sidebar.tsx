import { useRef, type KeyboardEvent } from 'react';
import { useAppStore } from '../store';
import { screens } from './screens';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);
export const shortcutModifier = isMac ? '⌘' : 'Ctrl+';

/**
 * Main navigation. Arrow keys move between entries (one tab stop for the whole list), Enter or
 * Space opens one, and Ctrl/⌘+1…6 open them from anywhere.
 */
export function Sidebar() {
  const current = useAppStore((s) => s.screen);
  const go = useAppStore((s) => s.go);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = screens.length - 1;
    const target =
      event.key === 'ArrowDown'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowUp'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    buttons.current[target]?.focus();
  };

  return (
    <nav className="sidebar" aria-label="Main">
      <div className="sidebar__brand">
        <span className="sidebar__logo" aria-hidden="true">
          ☎
        </span>
        Switchboard
      </div>
      <ul>
        {screens.map((screen, index) => {
          const active = screen.id === current;
          return (
            <li key={screen.id}>
              <button
                ref={(el) => {
                  buttons.current[index] = el;
                }}
                type="button"
                className={`nav-item${active ? ' nav-item--active' : ''}`}
                aria-current={active ? 'page' : undefined}
                tabIndex={active ? 0 : -1}
                onClick={() => go(screen.id)}
                onKeyDown={(event) => onKeyDown(event, index)}
                title={`${screen.summary} (${shortcutModifier}${index + 1})`}
              >
                <span>{screen.title}</span>
                <kbd aria-hidden="true">{`${shortcutModifier}${index + 1}`}</kbd>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
