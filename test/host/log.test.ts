import { expect } from 'chai';
import { createLogger } from '../../src/host/log';

describe('logging personal data', () => {
  const LINE = "lookup of 'jane' by jane.visser@contoso.com from 84.241.196.7 failed";

  it('keeps UPNs, IPs and quoted text out of the log by default', () => {
    const log = createLogger('silent');
    expect(log.redact(LINE)).to.equal('lookup of <value> by <email> from <ip> failed');
    expect(log.pseudonym('jane.visser@contoso.com')).to.match(/^[0-9a-f]{12}$/);
  });

  it('writes them as they are with LOG_PII=true', () => {
    const log = createLogger('silent', { pii: true });
    expect(log.redact(LINE)).to.equal(LINE);
    expect(log.pseudonym('jane.visser@contoso.com')).to.equal('jane.visser@contoso.com');
  });

  it('keeps the choice with each logger: a plain one does not make another plain', () => {
    const careful = createLogger('silent');
    createLogger('silent', { pii: true });
    expect(careful.redact(LINE)).to.equal('lookup of <value> by <email> from <ip> failed');
  });
});
