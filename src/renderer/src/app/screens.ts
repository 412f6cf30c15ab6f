export const screenIds = ['accounts', 'contacts', 'compose', 'sends', 'results', 'settings'] as const;
export type ScreenId = (typeof screenIds)[number];

export interface ScreenInfo {
  readonly id: ScreenId;
  readonly title: string;
  readonly summary: string;
}

export const screens: readonly ScreenInfo[] = [
  { id: 'accounts', title: 'Accounts', summary: 'Provider profiles and their credentials' },
  { id: 'contacts', title: 'Contacts', summary: 'Import and prepare contact lists' },
  { id: 'compose', title: 'Compose', summary: 'Voicemail, SMS, voice SMS and voice codes' },
  { id: 'sends', title: 'Sends', summary: 'Review, approve and follow sends' },
  { id: 'results', title: 'Results', summary: 'Delivery results and exports' },
  { id: 'settings', title: 'Settings', summary: 'Data folder, keychain and app details' },
];
