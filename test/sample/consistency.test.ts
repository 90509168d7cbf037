import { expect } from 'chai';
import path from 'node:path';
import { readKnownApps } from '../../src/apps/knownApps';
import { DirectoryUser, signInName } from '../../src/directory/directoryUser';
import { PROJECT_ROOT } from '../../src/host/config';
import { generateSampleTenant, SampleTenant } from '../../src/sample/generator';
import { SignIn } from '../../src/signins/signIn';
import { NOW } from '../helpers/fixture';

/** Codes about the second factor: the MFA step failed, or was asked for and not (yet) given. */
const MFA_CODES = new Set([500121, 50074, 50076]);
/** Codes of a wrong, expired, locked or disabled password or account: the first step failed. */
const PASSWORD_CODES = new Set([50126, 50053, 50055, 50057]);
/** Conditional Access blocked the sign-in after the password was accepted. */
const CA_AFTER_PASSWORD = new Set([53003, 53000]);
/** What a step says when it succeeded (Microsoft's wording, howto-mfa-reporting and the beta signIn samples). */
const SATISFIED = /correct password|satisfied by (a )?claim|successfully completed|completed in azure ad/i;
const WEB_BROWSER = /^(Edge|Chrome|Chrome Mobile|Safari|Mobile Safari|Firefox) \d/;
const LEGACY_NO_BROWSER = new Set(['IMAP4', 'POP3', 'Authenticated SMTP']);
const DESKTOP_OS = /^(Windows|MacOs)/;
const PHONE_OS = /^(Ios|Android)/;

describe('sample tenant: every record agrees with itself', () => {
  let tenant: SampleTenant;
  let users: Map<string, DirectoryUser>;
  before(async () => {
    const apps = await readKnownApps(path.join(PROJECT_ROOT, 'data', 'apps.json'));
    tenant = generateSampleTenant(apps, NOW);
    users = new Map(tenant.directory.users.map((user) => [user.id, user]));
  });

  /** Runs `check` on every record and reports the first few that break it, with their code, app and time. */
  const everyRecord = (check: (signIn: SignIn) => string | undefined): void => {
    const broken = tenant.signIns.signIns.flatMap((signIn) => {
      const problem = check(signIn);
      return problem
        ? [`${signIn.createdDateTime} ${signIn.status.errorCode} ${signIn.appDisplayName}: ${problem}`]
        : [];
    });
    expect(broken.slice(0, 5), `${broken.length} records`).to.deep.equal([]);
  };
  const mfaStep = (signIn: SignIn) =>
    signIn.authenticationDetails?.find((step) => step.authenticationStepRequirement === 'MFA');

  describe('1. the authentication steps agree with the outcome', () => {
    it('a step succeeded exactly when its detail says it was satisfied', () =>
      everyRecord((signIn) => {
        const wrong = (signIn.authenticationDetails ?? []).find(
          (step) => step.succeeded !== SATISFIED.test(step.authenticationStepResultDetail),
        );
        return wrong && `"${wrong.authenticationStepResultDetail}" marked succeeded: ${wrong.succeeded}`;
      }));

    it('a success has only succeeded steps, and an MFA step when MFA was required', () =>
      everyRecord((signIn) => {
        if (signIn.status.errorCode !== 0) return undefined;
        if (signIn.authenticationDetails?.some((step) => !step.succeeded)) return 'a failed step';
        const needsStep =
          signIn.isInteractive && signIn.authenticationRequirement === 'multiFactorAuthentication';
        if (needsStep && !mfaStep(signIn)?.succeeded) return 'MFA required but no succeeded MFA step';
        return undefined;
      }));

    it('a failure has a failed step, unless it failed after every step succeeded', () =>
      everyRecord((signIn) => {
        const code = signIn.status.errorCode;
        if (code === 0) return undefined;
        const steps = signIn.authenticationDetails ?? [];
        const mfa = mfaStep(signIn);
        if (MFA_CODES.has(code)) {
          if (steps[0]?.authenticationMethod !== 'Password' || !steps[0].succeeded)
            return 'an MFA failure without a succeeded password step';
          if (mfa?.succeeded) return 'an MFA failure with a succeeded MFA step';
        }
        if (PASSWORD_CODES.has(code)) {
          if (steps[0]?.authenticationMethod !== 'Password' || steps[0].succeeded)
            return 'a password failure without a failed password step';
          if (mfa) return 'a password failure with an MFA step';
        }
        if (CA_AFTER_PASSWORD.has(code) && signIn.isInteractive && !steps[0]?.succeeded)
          return 'blocked by Conditional Access without a succeeded password step';
        if (mfa && !mfa.succeeded && !MFA_CODES.has(code) && ![50072, 50079].includes(code))
          return `a failed MFA step ("${mfa.authenticationStepResultDetail}") on a failure that is not about MFA`;
        if (steps.some((step, i) => !step.succeeded && i < steps.length - 1))
          return 'a step after a failed one';
        return undefined;
      }));
  });

  describe('2. client apps agree with devices and browsers', () => {
    it('"Browser" comes from a web browser, apps and mail clients do not', () =>
      everyRecord((signIn) => {
        const { browser } = signIn.deviceDetail;
        const isBrowser = WEB_BROWSER.test(browser);
        if (signIn.clientAppUsed === 'Browser') return isBrowser ? undefined : `Browser with "${browser}"`;
        return isBrowser ? `${signIn.clientAppUsed} with browser "${browser}"` : undefined;
      }));

    it('Exchange ActiveSync comes from a phone mail app; legacy mail protocols have no browser', () =>
      everyRecord((signIn) => {
        const { browser, operatingSystem } = signIn.deviceDetail;
        if (signIn.clientAppUsed === 'Exchange ActiveSync') {
          if (!PHONE_OS.test(operatingSystem)) return `ActiveSync on ${operatingSystem}`;
          if (/safari|chrome|edge/i.test(`${browser} ${signIn.userAgent ?? ''}`))
            return `ActiveSync with browser "${browser}" and user agent "${signIn.userAgent}"`;
        }
        if (LEGACY_NO_BROWSER.has(signIn.clientAppUsed) && browser !== '')
          return `${signIn.clientAppUsed} with browser "${browser}"`;
        return undefined;
      }));

    it('a browser runs on its own platform', () =>
      everyRecord((signIn) => {
        const { browser, operatingSystem: os } = signIn.deviceDetail;
        const fits =
          (!/^Mobile Safari/.test(browser) || /^Ios/.test(os)) &&
          (!/^Chrome Mobile/.test(browser) || /^Android/.test(os)) &&
          (!/^Safari/.test(browser) || /^MacOs/.test(os)) &&
          (!/^(Edge|Chrome) \d/.test(browser) || DESKTOP_OS.test(os));
        return fits ? undefined : `${browser} on ${os}`;
      }));

    it('OneDrive SyncEngine, Azure CLI and PowerShell are desktop clients on Windows or macOS', () =>
      everyRecord((signIn) => {
        const desktopOnly = [
          'OneDrive SyncEngine',
          'Microsoft Azure CLI',
          'Azure Active Directory PowerShell',
        ];
        if (!desktopOnly.includes(signIn.appDisplayName)) return undefined;
        const { browser, operatingSystem } = signIn.deviceDetail;
        if (!DESKTOP_OS.test(operatingSystem)) return `on ${operatingSystem}`;
        if (signIn.clientAppUsed !== 'Mobile Apps and Desktop clients') return `as "${signIn.clientAppUsed}"`;
        return WEB_BROWSER.test(browser) ? `in ${browser}` : undefined;
      }));

    it('Outlook Mobile and the Authentication Broker are apps on a phone', () =>
      everyRecord((signIn) => {
        if (!['Outlook Mobile', 'Microsoft Authentication Broker'].includes(signIn.appDisplayName))
          return undefined;
        const { operatingSystem } = signIn.deviceDetail;
        if (!PHONE_OS.test(operatingSystem)) return `on ${operatingSystem}`;
        return signIn.clientAppUsed === 'Mobile Apps and Desktop clients'
          ? undefined
          : `as ${signIn.clientAppUsed}`;
      }));
  });

  describe('3. a person has one sign-in name', () => {
    it("every record names its person as the log does: a guest by the home tenant's UPN, not the #EXT# one", () =>
      everyRecord((signIn) => {
        const user = users.get(signIn.userId);
        if (!user) return 'a person not in the directory';
        if (signIn.userPrincipalName !== signInName(user))
          return `${signIn.userPrincipalName}, the directory's ${user.userPrincipalName} signs in as ${signInName(user)}`;
        if (signIn.userPrincipalName !== signIn.userPrincipalName.toLowerCase()) return 'not in lower case';
        return signIn.userPrincipalName.includes('#') ? 'an #EXT# name' : undefined;
      }));

    it("the guest's directory entry is the B2B one, whose sign-in name is the home address", () => {
      const guests = tenant.directory.users.filter((user) => user.userType === 'guest');
      expect(guests.map((user) => [user.userPrincipalName, signInName(user), user.mail])).to.deep.equal([
        ['tom.wouters_fabrikam.com#EXT#@contoso.com', 'tom.wouters@fabrikam.com', 'tom.wouters@fabrikam.com'],
      ]);
    });
  });
});
