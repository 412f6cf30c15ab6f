import { EmptyState } from '../components/EmptyState';
import { ScreenHeader } from '../components/ScreenHeader';
import type { ScreenInfo } from '../app/screens';

const plans: Record<string, string[]> = {
  compose: [
    'Drop Cowboy ringless voicemail from a recording, a hosted file or AI text-to-speech, and SMS.',
    'Octopush voice-SMS campaigns and Revicom voice one-time codes.',
  ],
  sends: [
    'A review of every send before it goes: who gets it, who is held for calling hours, who is excluded and why, and what it costs.',
    'Approval, progress and safe resumption after a crash, with no double sends.',
  ],
  results: ['Delivery results as they arrive from webhooks or polling, with filters and CSV export.'],
};

/** Screens not built yet say plainly what will come, rather than showing an empty page. */
export function PlaceholderScreen({ screen }: { screen: ScreenInfo }) {
  return (
    <>
      <ScreenHeader title={screen.title} summary={screen.summary} />
      <EmptyState title={`${screen.title} is coming soon`}>
        <p>This part of Switchboard is not built yet. It will offer:</p>
        <ul>
          {(plans[screen.id] ?? []).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>Meanwhile, set up your provider accounts under Accounts.</p>
      </EmptyState>
    </>
  );
}
