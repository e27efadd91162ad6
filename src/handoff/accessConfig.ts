import type { AccessList } from './routing.js';

/**
 * Reads ADVISER_IDS and COORDINATOR_IDS from the environment the config module passes in.
 * Each is a list separated by commas, semicolons or whitespace; an entry is an Azure AD object id
 * (a GUID, as Teams sends in `from.aadObjectId`) or a user principal name ("maija@liitto.fi").
 * Unset means nobody: the bot then cannot register channels or act on tickets, which is safe.
 */
export interface AccessConfigIssue {
  variable: string;
  message: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UPN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function parseAccessEnv(env: Readonly<Record<string, string | undefined>>): { ok: true; access: AccessList } | { ok: false; errors: AccessConfigIssue[] } {
  const errors: AccessConfigIssue[] = [];
  const list = (variable: string): string[] => {
    const entries = (env[variable] ?? '').split(/[\s,;]+/).filter((e) => e !== '');
    for (const e of entries) {
      if (!GUID.test(e) && !UPN.test(e)) errors.push({ variable, message: `"${e}" is neither an Azure AD object id (GUID) nor a user principal name (name@domain)` });
    }
    return entries;
  };
  const access: AccessList = { advisers: list('ADVISER_IDS'), coordinators: list('COORDINATOR_IDS') };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, access };
}

/** What the operator should know at start-up about the access lists; empty when all is well. */
export function accessWarnings(access: AccessList): string[] {
  if (access.advisers.length > 0 || access.coordinators.length > 0) return [];
  return ["ADVISER_IDS and COORDINATOR_IDS are empty: nobody can register advisers' channels or act on forwarded questions, so forwarded questions wait in the queue"];
}
