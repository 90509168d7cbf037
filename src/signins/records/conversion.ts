import { SignIn } from '../signIn';

/** One source record turned into a sign-in, or the reason it cannot be one. */
export type Conversion = { signIn: SignIn } | { reason: string };

export function rejected(reason: string): Conversion {
  return { reason };
}

/** The fields every sign-in needs, checked once for all formats. */
export function accepted(signIn: SignIn): Conversion {
  if (!signIn.id) return rejected('it has no request ID');
  if (!signIn.createdDateTime) return rejected('its date is missing or not a date');
  if (!signIn.userPrincipalName && !signIn.userId)
    return rejected('it names no user (service principal and managed identity sign-ins are not imported)');
  if (!signIn.userId) signIn.userId = `upn:${signIn.userPrincipalName}`;
  return { signIn };
}
