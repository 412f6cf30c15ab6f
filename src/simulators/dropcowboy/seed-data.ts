/** The sandbox account's brands, recordings, media and pools, shaped as GET /brand etc. return them. */
export const seedBrands = [
  {
    brand_id: '5d3f4a2e-1b7c-4e8a-9f21-0c6b7d8e9a10',
    company_name: 'Acme Dental LLC',
    dba_name: 'Acme Dental',
    registered: true,
    api_allowed: true,
  },
  {
    brand_id: '8a9b0c1d-2e3f-4a5b-8c7d-9e0f1a2b3c4d',
    company_name: 'Acme Dental Holdings Inc',
    dba_name: 'Acme Smiles',
    registered: false,
    api_allowed: false,
  },
];

const day = 86_400_000;
const epoch = Date.UTC(2026, 5, 1);
export const seedRecordings = [
  { media_id: 'b6f1c2d3-4e5f-4a6b-8c9d-0e1f2a3b4c5d', name: 'Spring cleaning offer', created_at: epoch, api_allowed: true },
  {
    media_id: 'c7a2d3e4-5f6a-4b7c-9d0e-1f2a3b4c5d6e',
    name: 'Appointment reminder',
    created_at: epoch + 3 * day,
    api_allowed: true,
  },
  {
    media_id: 'd8b3e4f5-6a7b-4c8d-8e1f-2a3b4c5d6e7f',
    name: 'Holiday hours (awaiting approval)',
    created_at: epoch + 9 * day,
    api_allowed: false,
  },
];

export const seedMedia = [
  { media_id: 'e9c4f5a6-7b8c-4d9e-9f2a-3b4c5d6e7f80', name: 'Logo jingle.mp3', created_at: epoch + day, api_allowed: true },
  { media_id: 'fad5a6b7-8c9d-4e0f-8a3b-4c5d6e7f8091', name: 'Hold music.wav', created_at: epoch + 2 * day, api_allowed: false },
];

export const seedPools = [
  {
    pool_id: '1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b',
    name: 'Local presence (RVM)',
    brand_id: seedBrands[0]!.brand_id,
    service_type: 'rvm',
    number_count: 24,
  },
  { pool_id: 'text', name: 'Texting pool', brand_id: seedBrands[0]!.brand_id, service_type: 'sms', number_count: 4 },
];
