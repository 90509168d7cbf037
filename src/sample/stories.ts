/**
 * Scripted sign-ins that make the demo tell a story, on days relative to the anchor day (0 = today, -1 = yesterday).
 * Background traffic adds no failures for these people on these days, so the stories stay exactly as written.
 */
export interface Story {
  person: string;
  day: number;
  /** UTC time of the first attempt. */
  time: string;
  app: string;
  code: number;
  count?: number;
  gapMinutes?: number;
  clientApp?: string;
  place?: string;
  device?: string;
  interactive?: boolean;
}

export const STORIES: Story[] = [
  // Megan's phone mail app still uses Exchange ActiveSync, which the legacy-auth policy blocks.
  {
    person: 'megan.bowen',
    day: -1,
    time: '07:42',
    app: 'Office 365 Exchange Online',
    code: 53003,
    count: 2,
    gapMinutes: 95,
    clientApp: 'Exchange ActiveSync',
  },
  {
    person: 'megan.bowen',
    day: -1,
    time: '08:15',
    app: 'Microsoft Teams',
    code: 0,
    count: 3,
    gapMinutes: 120,
  },
  // Jane mistypes her new password until smart lockout locks her out.
  {
    person: 'jane.visser',
    day: -1,
    time: '07:55',
    app: 'Microsoft Teams',
    code: 50126,
    count: 3,
    gapMinutes: 1,
  },
  {
    person: 'jane.visser',
    day: -1,
    time: '08:01',
    app: 'Microsoft Teams',
    code: 50053,
    count: 2,
    gapMinutes: 4,
  },
  { person: 'adele.vance', day: 0, time: '06:10', app: 'OfficeHome', code: 50055 },
  {
    person: 'alex.wilber',
    day: -2,
    time: '16:20',
    app: 'Azure Portal',
    code: 500121,
    count: 2,
    gapMinutes: 3,
  },
  {
    person: 'diego.siciliani',
    day: -1,
    time: '09:30',
    app: 'Office 365 SharePoint Online',
    code: 53000,
    count: 2,
    gapMinutes: 20,
  },
  { person: 'grady.archie', day: 0, time: '05:45', app: 'Contoso HR Portal', code: 50105 },
  { person: 'henrietta.mueller', day: -1, time: '12:05', app: 'Contoso Expenses', code: 65001 },
  {
    person: 'pieter.leeuw',
    day: -1,
    time: '07:30',
    app: 'Microsoft Office',
    code: 50057,
    count: 3,
    gapMinutes: 2,
  },
  { person: 'lee.gu', day: 0, time: '05:30', app: 'Microsoft Teams', code: 0, count: 2, gapMinutes: 30 },
  { person: 'lynne.robbins', day: 0, time: '06:40', app: 'Microsoft Teams', code: 50079 },
  { person: 'nestor.wilke', day: 0, time: '05:50', app: 'Microsoft Teams', code: 50074 },
  { person: 'nestor.wilke', day: 0, time: '05:52', app: 'Microsoft Teams', code: 50140 },
  {
    person: 'patti.fernandez',
    day: -2,
    time: '08:10',
    app: 'Microsoft Office',
    code: 81010,
    interactive: false,
  },
  { person: 'joni.sherman', day: -3, time: '10:00', app: 'Microsoft Azure CLI', code: 530032 },
  { person: 'pradeep.gupta', day: -1, time: '13:10', app: 'Contoso Expenses', code: 700016 },
  {
    person: 'pradeep.gupta',
    day: -1,
    time: '13:40',
    app: 'Contoso Expenses',
    code: 7000215,
    interactive: false,
  },
  { person: 'johanna.lorenz', day: -2, time: '09:05', app: 'Office 365 SharePoint Online', code: 50158 },
  { person: 'johanna.lorenz', day: -4, time: '08:30', app: 'Microsoft Office', code: 50097 },
  { person: 'lidia.holloway', day: -1, time: '10:20', app: 'Contoso HR Portal', code: 500011 },
  { person: 'tom.wouters', day: -3, time: '14:00', app: 'Office 365 SharePoint Online', code: 50020 },
  { person: 'tom.wouters', day: -2, time: '14:10', app: 'Microsoft Teams', code: 90072 },
  { person: 'sanne.jansen', day: -1, time: '08:45', app: 'Microsoft Office', code: 16000 },
  { person: 'daan.devries', day: -5, time: '07:20', app: 'Microsoft Authentication Broker', code: 53004 },
  {
    person: 'daan.devries',
    day: -1,
    time: '06:50',
    app: 'OneDrive SyncEngine',
    code: 50133,
    interactive: false,
  },
  { person: 'emma.dejong', day: -1, time: '09:00', app: 'Microsoft Office', code: 50072 },
  {
    person: 'lars.bakker',
    day: -1,
    time: '11:15',
    app: 'OneDrive SyncEngine',
    code: 50173,
    interactive: false,
  },
  { person: 'lars.bakker', day: -6, time: '11:15', app: 'Outlook Mobile', code: 700082, interactive: false },
  { person: 'kevin.janssens', day: -2, time: '07:05', app: 'Contoso Expenses', code: 50089 },
  {
    person: 'fleur.mulder',
    day: -3,
    time: '18:30',
    app: 'Office 365 Exchange Online',
    code: 53003,
    place: 'moscow',
  },
  // A password spray from one foreign address against many accounts.
  ...[
    'bram.hendriks',
    'eva.dekker',
    'ruben.smit',
    'sophie.vandenberg',
    'thomas.peeters',
    'noor.elamrani',
    'lotte.willems',
    'kevin.janssens',
  ].map((person, index): Story => ({
    person,
    day: -5,
    time: `02:${String(10 + index * 3).padStart(2, '0')}`,
    app: 'Office 365 Exchange Online',
    code: 50126,
    clientApp: 'Authenticated SMTP',
    place: 'moscow',
    device: 'win-byod',
  })),
  {
    person: 'bram.hendriks',
    day: -5,
    time: '02:40',
    app: 'Office 365 Exchange Online',
    code: 50053,
    clientApp: 'Authenticated SMTP',
    place: 'moscow',
    device: 'win-byod',
  },
  // Someone abroad has Ruben's password and keeps pushing MFA prompts at night, hoping he approves one.
  {
    person: 'ruben.smit',
    day: -1,
    time: '21:10',
    app: 'OfficeHome',
    code: 500121,
    count: 4,
    gapMinutes: 4,
    place: 'moscow',
    device: 'win-byod',
  },
];
