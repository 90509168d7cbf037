import { DirectoryFile, DirectoryUser } from '../directory/directoryUser';
import { SignIn } from '../signins/signIn';
import { SignInFileData } from '../signins/signInFile';
import { BACKGROUND_CODES, NON_INTERACTIVE_CODES } from './failureProfiles';
import { Random } from './random';
import { Attempt, buildSignIn, SampleApp } from './recordBuilder';
import { SAMPLE_APPS } from './sampleApps';
import { STORIES, Story } from './stories';
import { DESKTOP_APPS, DEVICES, PEOPLE, SamplePerson, PLACES, TENANT_DOMAIN } from './tenant';

export const SAMPLE_SEED = 20181113;
export const SAMPLE_DAYS = 30;

export interface KnownApp {
  appId: string;
  displayName: string;
}

export interface SampleTenant {
  signIns: SignInFileData;
  directory: DirectoryFile;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const RESOURCES: Record<string, [string, string]> = {
  'Microsoft Office': ['00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'],
  'Outlook Mobile': ['00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'],
  'OneDrive SyncEngine': ['00000003-0000-0ff1-ce00-000000000000', 'Office 365 SharePoint Online'],
  'Azure Portal': ['797f4846-ba00-4fd7-ba43-dac1f8f63013', 'Windows Azure Service Management API'],
  'Microsoft Azure CLI': ['797f4846-ba00-4fd7-ba43-dac1f8f63013', 'Windows Azure Service Management API'],
  'Azure Active Directory PowerShell': ['00000003-0000-0000-c000-000000000000', 'Microsoft Graph'],
  'Microsoft Authentication Broker': ['00000003-0000-0000-c000-000000000000', 'Microsoft Graph'],
};

/**
 * Builds the sample tenant for the day `today` (UTC); the same seed and day always give the same files. Its people use
 * Microsoft's apps (`microsoftApps`, from data/apps.json) and the sample's own (SAMPLE_APPS).
 */
export function generateSampleTenant(
  microsoftApps: KnownApp[],
  today: Date,
  seed = SAMPLE_SEED,
): SampleTenant {
  const random = new Random(seed);
  const anchor = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const apps = new Map([...microsoftApps, ...SAMPLE_APPS].map((app) => [app.displayName, toSampleApp(app)]));
  const users = peopleOf(random);
  const deviceIds = new Map(PEOPLE.map((person) => [person.key, random.uuid()]));
  // Drawn from a stream of their own, so that adding them did not shift any draw of `random`.
  const laptopRandom = new Random(seed + 0x1a9709);
  const laptopIds = new Map(
    PEOPLE.filter((person) => person.laptop).map((person) => [person.key, laptopRandom.uuid()]),
  );
  const storyApps = new Map<string, Set<string>>();
  for (const story of STORIES) {
    const key = `${story.person}|${story.day}`;
    storyApps.set(key, new Set([...(storyApps.get(key) ?? []), story.app]));
  }
  const attempt = (
    person: SamplePerson,
    app: string,
    at: number,
    code: number,
    extra: Partial<Attempt> = {},
  ): SignIn => {
    const sampleApp = apps.get(app);
    if (!sampleApp)
      throw new Error(
        `[sample] app "${app}" is neither in data/apps.json nor among the sample's own (sampleApps.ts)`,
      );
    // A phone signs in through apps; a computer through its browser, except for desktop-only apps, which a phone
    // user runs on their laptop.
    const desktopApp = DESKTOP_APPS.has(app);
    const onLaptop = desktopApp && DEVICES[person.device].mobile;
    if (onLaptop && !person.laptop)
      throw new Error(`[sample] ${person.key} uses the desktop app "${app}" but has no laptop (tenant.ts)`);
    const device = DEVICES[onLaptop ? person.laptop! : person.device];
    return buildSignIn(random, {
      user: users.get(person.key)!,
      app: sampleApp,
      at: new Date(at),
      code,
      interactive: true,
      clientApp: desktopApp || device.mobile ? 'Mobile Apps and Desktop clients' : 'Browser',
      place: PLACES[person.place],
      hostOctet: 10 + ((PEOPLE.indexOf(person) * 7) % 240),
      device,
      deviceId: onLaptop ? laptopIds.get(person.key)! : deviceIds.get(person.key)!,
      ...extra,
    });
  };

  const signIns: SignIn[] = [];
  for (let day = -(SAMPLE_DAYS - 1); day <= 0; day++) {
    const dayStart = anchor + day * DAY_MS;
    const weekend = [0, 6].includes(new Date(dayStart).getUTCDay());
    for (const person of PEOPLE) {
      const reserved = storyApps.get(`${person.key}|${day}`);
      const count = person.disabled ? 0 : weekend ? random.int(0, 2) : random.int(5, 10);
      for (let i = 0; i < count; i++) {
        const at = dayStart + random.int(6 * 60, 17 * 60) * 60_000 + random.int(0, 59_999);
        const app = random.weighted(
          person.apps.map((name, rank) => [name, person.apps.length - rank] as const),
        );
        const interactive = random.chance(0.7);
        const code = backgroundCode(random, interactive);
        if (reserved?.has(app)) continue;
        signIns.push(attempt(person, app, at, reserved ? 0 : code, { interactive }));
      }
    }
  }
  for (const story of STORIES) signIns.push(...tell(story, anchor, attempt));
  signIns.sort((a, b) => b.createdDateTime.localeCompare(a.createdDateTime));

  return {
    signIns: {
      meta: {
        kind: 'sample',
        anchorDate: new Date(anchor).toISOString().slice(0, 10),
        includesNonInteractive: true,
        generatedAt: new Date(anchor).toISOString(),
      },
      signIns,
    },
    directory: { users: [...users.values()] },
  };
}

/**
 * The sample tenant's people, as its sign-ins name them: the same object IDs as generateSampleTenant's for that seed,
 * because their IDs are the first thing drawn from it.
 */
export function sampleDirectory(seed = SAMPLE_SEED): DirectoryFile {
  return { users: [...peopleOf(new Random(seed)).values()] };
}

function peopleOf(random: Random): Map<string, DirectoryUser> {
  return new Map(PEOPLE.map((person) => [person.key, toDirectoryUser(random, person)]));
}

function backgroundCode(random: Random, interactive: boolean): number {
  if (!random.chance(interactive ? 0.12 : 0.04)) return 0;
  return interactive ? random.weighted(BACKGROUND_CODES) : random.pick(NON_INTERACTIVE_CODES);
}

type AttemptFn = (
  person: SamplePerson,
  app: string,
  at: number,
  code: number,
  extra?: Partial<Attempt>,
) => SignIn;

function tell(story: Story, anchor: number, attempt: AttemptFn): SignIn[] {
  const person = PEOPLE.find((candidate) => candidate.key === story.person);
  if (!person) throw new Error(`[sample] story names unknown person "${story.person}"`);
  const [hours, minutes] = story.time.split(':').map(Number);
  const first = anchor + story.day * DAY_MS + (hours * 60 + minutes) * 60_000;
  const extra: Partial<Attempt> = {
    interactive: story.interactive ?? true,
    ...(story.clientApp && { clientApp: story.clientApp }),
    ...(story.place && { place: PLACES[story.place], hostOctet: 77 }),
    ...(story.device && { device: DEVICES[story.device] }),
  };
  return Array.from({ length: story.count ?? 1 }, (_, i) =>
    attempt(person, story.app, first + i * (story.gapMinutes ?? 5) * 60_000 + i * 7_000, story.code, extra),
  );
}

function toSampleApp(app: KnownApp): SampleApp {
  const [resourceId, resourceDisplayName] = RESOURCES[app.displayName] ?? [app.appId, app.displayName];
  return { appId: app.appId, displayName: app.displayName, resourceId, resourceDisplayName };
}

function toDirectoryUser(random: Random, person: SamplePerson): DirectoryUser {
  const id = random.uuid();
  const guestMail = person.guestOf ? `${person.key}@${person.guestOf}` : undefined;
  return {
    id,
    userPrincipalName: guestMail
      ? `${guestMail.replace('@', '_')}#EXT#@${TENANT_DOMAIN}`
      : `${person.key}@${TENANT_DOMAIN}`,
    displayName: `${person.givenName} ${person.surname}`,
    givenName: person.givenName,
    surname: person.surname,
    mail: guestMail ?? `${person.key}@${TENANT_DOMAIN}`,
    userType: person.guestOf ? 'guest' : 'member',
    accountEnabled: !person.disabled,
    roles: person.roles ?? [],
  };
}
