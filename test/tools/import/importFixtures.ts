import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/host/config';

/** The downloads the import tests read: one per format an admin can download, and some that cannot be read. */
export const IMPORTS = path.join(PROJECT_ROOT, 'test', 'fixtures', 'imports');

/** The Entra portal's interactive sign-ins download, as it names the file. */
export const PORTAL = 'InteractiveSignIns_2026-11-16_2026-11-23.csv';

/** The path of one download in IMPORTS. */
export const importFixture = (name: string): string => path.join(IMPORTS, name);
