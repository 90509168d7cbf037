import { expect } from 'chai';
import { createLogger, pseudonym, redact } from '../../src/host/log';

describe('logging personal data', () => {
  after(() => createLogger('silent'));

  const LINE = "lookup of 'jane' by jane.visser@contoso.com from 84.241.196.7 failed";

  it('keeps UPNs, IPs and quoted text out of the log by default', () => {
    createLogger('silent');
    expect(redact(LINE)).to.equal('lookup of <value> by <email> from <ip> failed');
    expect(pseudonym('jane.visser@contoso.com')).to.match(/^[0-9a-f]{12}$/);
  });

  it('writes them as they are with LOG_PII=true', () => {
    createLogger('silent', { pii: true });
    expect(redact(LINE)).to.equal(LINE);
    expect(pseudonym('jane.visser@contoso.com')).to.equal('jane.visser@contoso.com');
  });
});
