import { KnownAppEntry } from '../apps/knownApps';

/**
 * The sample tenant's own apps and the words its people use for them. Their IDs are made up and exist only in the
 * sample, so the bot knows these words only while the sign-in store holds the sample tenant. Microsoft's own apps,
 * whose IDs are the same in every tenant, are in data/apps.json.
 */
export const SAMPLE_APPS: KnownAppEntry[] = [
  {
    appId: '0c5e4a1d-7b39-4f0e-9d2a-6a1e5c3b8f47',
    displayName: 'Contoso Expenses',
    aliases: ['expenses', 'expense app', 'declaraties', 'onkosten'],
  },
  {
    appId: '8f2b6d93-41ce-4a57-b0e8-3c9d7f1a2e65',
    displayName: 'Contoso HR Portal',
    aliases: ['hr portal', 'personeelsportaal', 'workday'],
  },
];
