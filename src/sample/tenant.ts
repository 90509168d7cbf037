/** The people, places, devices and policies of the embedded Contoso sample tenant. */

export const TENANT_DOMAIN = 'contoso.com';

export interface SamplePerson {
  key: string;
  givenName: string;
  surname: string;
  roles?: string[];
  guestOf?: string;
  disabled?: boolean;
  place: string;
  device: string;
  /** The computer a phone user runs desktop-only apps on (OneDrive SyncEngine), when they use any. */
  laptop?: string;
  /** App display names this person uses, most used first. */
  apps: string[];
}

const OFFICE = ['Microsoft Teams', 'Microsoft Office', 'Office 365 Exchange Online', 'OfficeHome'];
const MOBILE = [
  'Microsoft Teams',
  'Outlook Mobile',
  'Office 365 SharePoint Online',
  'Microsoft Authentication Broker',
];
const ADMIN = ['Azure Portal', 'Microsoft Azure CLI', 'Azure Active Directory PowerShell', 'Microsoft Teams'];

/** Apps that exist only on a Windows or macOS computer: they sign in as desktop clients, never in a browser. */
export const DESKTOP_APPS = new Set([
  'OneDrive SyncEngine',
  'Microsoft Azure CLI',
  'Azure Active Directory PowerShell',
]);

export const PEOPLE: SamplePerson[] = [
  {
    key: 'megan.bowen',
    givenName: 'Megan',
    surname: 'Bowen',
    place: 'utrecht',
    device: 'iphone',
    apps: [...MOBILE, 'Office 365 Exchange Online', 'OfficeHome'],
  },
  {
    key: 'adele.vance',
    givenName: 'Adele',
    surname: 'Vance',
    place: 'amsterdam',
    device: 'win-managed',
    apps: [...OFFICE, 'Contoso Expenses'],
  },
  {
    key: 'alex.wilber',
    givenName: 'Alex',
    surname: 'Wilber',
    place: 'seattle',
    device: 'mac',
    apps: [...ADMIN, 'Office 365 Exchange Online'],
  },
  {
    key: 'diego.siciliani',
    givenName: 'Diego',
    surname: 'Siciliani',
    place: 'rotterdam',
    device: 'win-byod',
    apps: ['Office 365 SharePoint Online', ...OFFICE],
  },
  {
    key: 'grady.archie',
    givenName: 'Grady',
    surname: 'Archie',
    place: 'amsterdam',
    device: 'win-managed',
    apps: [...OFFICE, 'Contoso HR Portal'],
  },
  {
    key: 'henrietta.mueller',
    givenName: 'Henrietta',
    surname: 'Mueller',
    place: 'antwerp',
    device: 'win-managed',
    apps: [...OFFICE, 'Contoso Expenses', 'My Apps'],
  },
  {
    key: 'isaiah.langer',
    givenName: 'Isaiah',
    surname: 'Langer',
    roles: ['Global Administrator'],
    place: 'seattle',
    device: 'win-managed',
    apps: [...ADMIN, 'Microsoft Office'],
  },
  {
    key: 'johanna.lorenz',
    givenName: 'Johanna',
    surname: 'Lorenz',
    place: 'eindhoven',
    device: 'win-managed',
    apps: [...OFFICE, 'Office 365 SharePoint Online'],
  },
  {
    key: 'joni.sherman',
    givenName: 'Joni',
    surname: 'Sherman',
    place: 'amsterdam',
    device: 'mac',
    apps: [...OFFICE, 'Microsoft Azure CLI'],
  },
  { key: 'lee.gu', givenName: 'Lee', surname: 'Gu', place: 'seattle', device: 'win-managed', apps: OFFICE },
  {
    key: 'lidia.holloway',
    givenName: 'Lidia',
    surname: 'Holloway',
    place: 'utrecht',
    device: 'win-managed',
    apps: [...OFFICE, 'Contoso HR Portal'],
  },
  {
    key: 'lynne.robbins',
    givenName: 'Lynne',
    surname: 'Robbins',
    place: 'amsterdam',
    device: 'android',
    apps: MOBILE,
  },
  {
    key: 'miriam.graham',
    givenName: 'Miriam',
    surname: 'Graham',
    roles: ['Security Reader'],
    place: 'amsterdam',
    device: 'win-managed',
    apps: [...OFFICE, 'Azure Portal'],
  },
  {
    key: 'nestor.wilke',
    givenName: 'Nestor',
    surname: 'Wilke',
    place: 'rotterdam',
    device: 'win-managed',
    apps: OFFICE,
  },
  {
    key: 'patti.fernandez',
    givenName: 'Patti',
    surname: 'Fernandez',
    place: 'utrecht',
    device: 'win-managed',
    apps: [...OFFICE, 'OneDrive SyncEngine'],
  },
  {
    key: 'pradeep.gupta',
    givenName: 'Pradeep',
    surname: 'Gupta',
    place: 'eindhoven',
    device: 'mac',
    apps: ['Contoso Expenses', 'Microsoft Azure CLI', 'Azure Portal', 'Microsoft Teams'],
  },
  {
    key: 'jane.visser',
    givenName: 'Jane',
    surname: 'Visser',
    place: 'amsterdam',
    device: 'win-managed',
    apps: [...OFFICE, 'My Apps'],
  },
  {
    key: 'daan.devries',
    givenName: 'Daan',
    surname: 'de Vries',
    place: 'utrecht',
    device: 'android',
    laptop: 'win-managed',
    apps: [...MOBILE, 'OneDrive SyncEngine'],
  },
  {
    key: 'sanne.jansen',
    givenName: 'Sanne',
    surname: 'Jansen',
    place: 'amsterdam',
    device: 'win-managed',
    apps: OFFICE,
  },
  {
    key: 'lars.bakker',
    givenName: 'Lars',
    surname: 'Bakker',
    place: 'rotterdam',
    device: 'iphone',
    laptop: 'win-managed',
    apps: [...MOBILE, 'OneDrive SyncEngine'],
  },
  {
    key: 'emma.dejong',
    givenName: 'Emma',
    surname: 'de Jong',
    place: 'eindhoven',
    device: 'win-managed',
    apps: [...OFFICE, 'Contoso Expenses'],
  },
  {
    key: 'thomas.peeters',
    givenName: 'Thomas',
    surname: 'Peeters',
    place: 'antwerp',
    device: 'mac',
    apps: OFFICE,
  },
  {
    key: 'noor.elamrani',
    givenName: 'Noor',
    surname: 'El Amrani',
    place: 'amsterdam',
    device: 'iphone',
    apps: MOBILE,
  },
  {
    key: 'sophie.vandenberg',
    givenName: 'Sophie',
    surname: 'van den Berg',
    place: 'utrecht',
    device: 'win-managed',
    apps: [...OFFICE, 'Contoso HR Portal'],
  },
  {
    key: 'ruben.smit',
    givenName: 'Ruben',
    surname: 'Smit',
    place: 'rotterdam',
    device: 'win-byod',
    apps: OFFICE,
  },
  {
    key: 'fleur.mulder',
    givenName: 'Fleur',
    surname: 'Mulder',
    place: 'amsterdam',
    device: 'android',
    apps: MOBILE,
  },
  {
    key: 'bram.hendriks',
    givenName: 'Bram',
    surname: 'Hendriks',
    place: 'eindhoven',
    device: 'win-managed',
    apps: [...OFFICE, 'Office 365 SharePoint Online'],
  },
  { key: 'eva.dekker', givenName: 'Eva', surname: 'Dekker', place: 'utrecht', device: 'mac', apps: OFFICE },
  {
    key: 'kevin.janssens',
    givenName: 'Kevin',
    surname: 'Janssens',
    place: 'antwerp',
    device: 'win-managed',
    apps: [...OFFICE, 'Contoso Expenses'],
  },
  {
    key: 'lotte.willems',
    givenName: 'Lotte',
    surname: 'Willems',
    place: 'antwerp',
    device: 'iphone',
    apps: MOBILE,
  },
  {
    key: 'hanna.hoek',
    givenName: 'Hanna',
    surname: 'Hoek',
    roles: ['Helpdesk Administrator', 'Reports Reader'],
    place: 'utrecht',
    device: 'win-managed',
    apps: [...OFFICE, 'Azure Portal', 'My Apps'],
  },
  {
    key: 'pieter.leeuw',
    givenName: 'Pieter',
    surname: 'Leeuw',
    disabled: true,
    place: 'rotterdam',
    device: 'win-managed',
    apps: OFFICE,
  },
  {
    key: 'tom.wouters',
    givenName: 'Tom',
    surname: 'Wouters',
    guestOf: 'fabrikam.com',
    place: 'antwerp',
    device: 'win-byod',
    apps: ['Office 365 SharePoint Online', 'Microsoft Teams'],
  },
];

export interface Place {
  city: string;
  state: string;
  countryOrRegion: string;
  /** First three octets of the office or home network. */
  network: string;
}

export const PLACES: Record<string, Place> = {
  amsterdam: { city: 'Amsterdam', state: 'Noord-Holland', countryOrRegion: 'NL', network: '145.53.112' },
  utrecht: { city: 'Utrecht', state: 'Utrecht', countryOrRegion: 'NL', network: '84.241.196' },
  rotterdam: { city: 'Rotterdam', state: 'Zuid-Holland', countryOrRegion: 'NL', network: '77.161.34' },
  eindhoven: { city: 'Eindhoven', state: 'Noord-Brabant', countryOrRegion: 'NL', network: '213.127.88' },
  antwerp: { city: 'Antwerpen', state: 'Antwerpen', countryOrRegion: 'BE', network: '81.82.204' },
  seattle: { city: 'Seattle', state: 'Washington', countryOrRegion: 'US', network: '131.107.147' },
  moscow: { city: 'Moscow', state: 'Moscow', countryOrRegion: 'RU', network: '185.220.101' },
};

export interface Device {
  operatingSystem: string;
  browser: string;
  isCompliant: boolean;
  isManaged: boolean;
  trustType: string | null;
  mobile: boolean;
  /** The user agent of the phone's own mail app, which syncs over Exchange ActiveSync. */
  mailAgent?: string;
}

export const DEVICES: Record<string, Device> = {
  'win-managed': {
    operatingSystem: 'Windows 11',
    browser: 'Edge 131.0.0',
    isCompliant: true,
    isManaged: true,
    trustType: 'Azure AD joined',
    mobile: false,
  },
  'win-byod': {
    operatingSystem: 'Windows 10',
    browser: 'Chrome 131.0.0',
    isCompliant: false,
    isManaged: false,
    trustType: null,
    mobile: false,
  },
  mac: {
    operatingSystem: 'MacOs',
    browser: 'Safari 18.1',
    isCompliant: true,
    isManaged: true,
    trustType: 'Azure AD registered',
    mobile: false,
  },
  iphone: {
    operatingSystem: 'Ios 18.1',
    browser: 'Mobile Safari 18.1',
    isCompliant: true,
    isManaged: true,
    trustType: 'Azure AD registered',
    mobile: true,
    mailAgent: 'iOS/18.1 (22B83) dataaccessd/1.0',
  },
  android: {
    operatingSystem: 'Android 15',
    browser: 'Chrome Mobile 131.0.0',
    isCompliant: false,
    isManaged: false,
    trustType: null,
    mobile: true,
  },
};

export const POLICIES = {
  mfaAll: {
    id: '0a6b8f3e-21c4-4d9a-9e57-3f1d6c2b7a10',
    displayName: 'Require MFA for all users',
    grant: 'Mfa',
  },
  blockLegacy: {
    id: '5c2e9d71-8a43-4f6b-b1d0-7e4a3c9f2b58',
    displayName: 'Block legacy authentication',
    grant: 'Block',
  },
  compliantSharePoint: {
    id: '9e1f4a2c-6d85-47b3-a0c9-2b7e5d1f8a36',
    displayName: 'Require compliant device for SharePoint',
    grant: 'RequireCompliantDevice',
  },
  mfaAdmins: {
    id: 'd4b7c2e9-13a6-4f58-8e0b-6c9a1d3f5e72',
    displayName: 'Require MFA for Azure management',
    grant: 'Mfa',
  },
  blockCountries: {
    id: '7f3a9c5e-2b81-4d6f-9a4c-1e8b6d2f0c93',
    displayName: 'Block sign-ins from outside NL, BE and US',
    grant: 'Block',
  },
  guestTerms: {
    id: '2e8d6b4a-9c17-4a3f-b5e2-8d0c7a1f6b49',
    displayName: 'Guests: accept terms of use',
    grant: 'TermsOfUse',
  },
} as const;

export type PolicyKey = keyof typeof POLICIES;
