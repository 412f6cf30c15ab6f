import { useEffect } from 'react';
import { Toasts } from '../components/Toasts';
import { AccountsScreen } from '../screens/accounts/AccountsScreen';
import { ContactsScreen } from '../screens/contacts/ContactsScreen';
import { PlaceholderScreen } from '../screens/PlaceholderScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { useAppStore } from '../store';
import { screens, type ScreenId } from './screens';
import { Sidebar } from './Sidebar';
import { useGlobalShortcuts } from './useGlobalShortcuts';

function CurrentScreen({ id }: { id: ScreenId }) {
  if (id === 'accounts') return <AccountsScreen />;
  if (id === 'contacts') return <ContactsScreen />;
  if (id === 'settings') return <SettingsScreen />;
  const info = screens.find((s) => s.id === id);
  return info ? <PlaceholderScreen screen={info} /> : null;
}

export function App() {
  const screen = useAppStore((s) => s.screen);
  const loadAccounts = useAppStore((s) => s.loadAccounts);
  useGlobalShortcuts();

  useEffect(() => {
    // The ready marker tests and tools wait for, instead of sleeping.
    void loadAccounts().finally(() => document.documentElement.setAttribute('data-app-state', 'loaded'));
  }, [loadAccounts]);

  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <Sidebar />
      <main id="content" className="content" data-screen={screen}>
        <CurrentScreen key={screen} id={screen} />
      </main>
      <Toasts />
    </div>
  );
}
