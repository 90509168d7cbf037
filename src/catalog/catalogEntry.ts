export const FIXERS = ['user', 'helpdesk', 'admin', 'appOwner', 'microsoft'] as const;
export const ESCALATIONS = ['no', 'ifPersists', 'yes'] as const;

export type Fixer = (typeof FIXERS)[number];
export type Escalation = (typeof ESCALATIONS)[number];
/** An AADSTS error code, an MFA result code (seed 002), or the MFA result detail text of a sign-in. */
export type EntryKind = 'aadsts' | 'mfaResult' | 'mfaDetail';

/** Guidance shared by the entries of one kind of problem that have no steps of their own. */
export interface CatalogCategory {
  id: string;
  label: string;
  fixedBy: Fixer;
  escalate: Escalation;
  userSteps: string[];
  adminSteps: string[];
  synonyms: string[];
}

/** One code explained for the helpdesk, in the project's own words, with its category's defaults filled in. */
export interface CatalogEntry {
  /** "50126", "FAILED_PHONE_APP_DENIED" or "userDeclinedTheAuthentication". */
  code: string;
  kind: EntryKind;
  /** Microsoft's name for the code; empty when it has none. */
  name: string;
  category: CatalogCategory;
  /** What happened, in one line an end user understands. */
  title: string;
  cause: string;
  userSteps: string[];
  adminSteps: string[];
  fixedBy: Fixer;
  /** An interrupt is a normal step of the sign-in (MFA prompt, "stay signed in?"), not a failure. */
  interrupt: boolean;
  escalate: Escalation;
  related: string[];
  synonyms: string[];
  /** One of the codes helpdesks meet most, with phrasings in English and Dutch. */
  common: boolean;
  /** True when the steps were written for this code, not borrowed from its category. */
  handWritten: boolean;
}

/** Microsoft's public error lookup page; only AADSTS codes have one. */
export function errorPageLink(entry: Pick<CatalogEntry, 'code' | 'kind'>): string | undefined {
  return entry.kind === 'aadsts' ? `https://login.microsoftonline.com/error?code=${entry.code}` : undefined;
}
