import { AuditLog, outcomeOf } from '../src/access/auditLog';
import { BlobAuditLog } from '../src/azure/blobAuditLog';
import { containerOf } from '../src/azure/blobContainer';
import { loadSettings } from '../src/host/config';
import { peopleInUse } from '../src/tenant/tenantFiles';

const USAGE = `Usage:
  npm run audit                          every lookup of someone's sign-ins, oldest first
  npm run audit -- --user <upn or id>    only lookups of that person's sign-ins
  npm run audit -- --last <n>            only the newest n entries`;

/** Prints the audit trail with names: who looked up whose sign-ins, when, with which filter, and the outcome. */
async function main(args: string[]): Promise<number> {
  const config = loadSettings();
  const option = (name: string): string | undefined => {
    const at = args.indexOf(name);
    return at === -1 ? undefined : args[at + 1];
  };
  const last = option('--last') === undefined ? Infinity : Number(option('--last'));
  if (!(last > 0) || args.some((arg) => arg.startsWith('--') && !['--user', '--last'].includes(arg))) {
    console.error(USAGE);
    return 2;
  }
  const directory = await peopleInUse(config.files);
  const wanted = option('--user');
  const target = wanted ? (directory.findById(wanted) ?? directory.findByUpn(wanted)) : undefined;
  if (wanted && !target) {
    console.error(
      `Nobody called ${wanted} is known in the tenant whose sign-ins ${config.files.signIns} holds.`,
    );
    return 1;
  }
  const name = (id: string): string => {
    const user = directory.findById(id);
    return user ? `${user.displayName} <${user.userPrincipalName}>` : id;
  };
  const where = config.blobStore ? `container ${config.blobStore.container} (audit/)` : config.files.audit;
  const trail = config.blobStore
    ? new BlobAuditLog(containerOf(config.blobStore))
    : new AuditLog(config.files.audit);
  const entries = (await trail.read()).filter((entry) => !target || entry.target === target.id);
  const shown = entries.slice(Math.max(0, entries.length - last));
  if (shown.length === 0)
    console.log(`No lookups recorded in ${where}${target ? ` for ${name(target.id)}` : ''}.`);
  else console.log(`Lookups recorded in ${where}, oldest first:`);
  for (const entry of shown) {
    const filter = [
      entry.appId && `app ${entry.appId}`,
      entry.from && `from ${entry.from}`,
      entry.to && `to ${entry.to}`,
    ]
      .filter(Boolean)
      .join(', ');
    const outcome = {
      shown: `allowed, ${entry.shown} shown${entry.matched === undefined ? '' : ` of ${entry.matched} found`}`,
      refused: 'REFUSED',
      error: 'ERROR (the sign-in log could not be read)',
    }[outcomeOf(entry)];
    console.log(
      `${entry.at}  ${name(entry.askedBy)} looked up ${name(entry.target)}  [${outcome}]${filter ? `  ${filter}` : ''}`,
    );
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
