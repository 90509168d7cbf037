import { expect } from 'chai';
import { NameMatcher } from '../../src/catalog/nameMatcher';

const NAMES = [
  'IdsLocked',
  'UserStrongAuthEnrollmentRequired',
  'UserStrongAuthEnrollmentRequiredInterrupt',
  'FAILED_SMS_OTP_INCORRECT',
  'FAILED_SMS_NOT_SENT',
  'InvalidUserNameOrPassword',
  'Mobile App Denied',
];

describe('NameMatcher', () => {
  const matcher = new NameMatcher(NAMES.map((name) => ({ name, item: name })));

  const cases: [string, string | undefined][] = [
    ['IdsLockd', 'IdsLocked'],
    ['idslocked', 'IdsLocked'],
    ['UserStrongAuthEnrolmentRequired', 'UserStrongAuthEnrollmentRequired'],
    ['UserStrongAuthEnrolmentRequiredInterupt', 'UserStrongAuthEnrollmentRequiredInterrupt'],
    ['FAILD_SMS_OTP_INCORECT', 'FAILED_SMS_OTP_INCORRECT'],
    ['failed_sms_not_sennt', 'FAILED_SMS_NOT_SENT'],
    ['InvalidUserNameOrPasword', 'InvalidUserNameOrPassword'],
    ['mobileappdenid', 'Mobile App Denied'],
    ['SUCCESS_PIZZA_DELIVERED', undefined],
    ['thanks', undefined],
    ['Locked', 'IdsLocked'],
  ];
  for (const [word, name] of cases)
    it(`reads ${word} as ${name ?? 'no name'}`, () => {
      expect(matcher.find(word)).to.equal(name);
    });

  it('finds nothing among no names', () => {
    expect(new NameMatcher<string>([]).find('IdsLocked')).to.equal(undefined);
  });
});
