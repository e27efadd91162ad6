import { describe, expect, it } from 'vitest';
import { accessWarnings, parseAccessEnv } from '../../src/handoff/accessConfig.js';

describe('parseAccessEnv', () => {
  it('reads lists separated by commas, semicolons or spaces', () => {
    expect(parseAccessEnv({ ADVISER_IDS: '0b7a1c2e-1111-4a4a-9b9b-123456789abc, maija@liitto.fi;pekka@liitto.fi', COORDINATOR_IDS: ' kaisa@liitto.fi ' })).toEqual({
      ok: true,
      access: { advisers: ['0b7a1c2e-1111-4a4a-9b9b-123456789abc', 'maija@liitto.fi', 'pekka@liitto.fi'], coordinators: ['kaisa@liitto.fi'] },
    });
  });

  it('unset means nobody', () => {
    expect(parseAccessEnv({})).toEqual({ ok: true, access: { advisers: [], coordinators: [] } });
  });

  it('names the variable and the entry that is neither a GUID nor a UPN', () => {
    const r = parseAccessEnv({ COORDINATOR_IDS: 'Maija Meikäläinen' });
    expect(r).toEqual({
      ok: false,
      errors: [
        { variable: 'COORDINATOR_IDS', message: '"Maija" is neither an Azure AD object id (GUID) nor a user principal name (name@domain)' },
        { variable: 'COORDINATOR_IDS', message: '"Meikäläinen" is neither an Azure AD object id (GUID) nor a user principal name (name@domain)' },
      ],
    });
  });
});

describe('accessWarnings', () => {
  it('warns when nobody may act on tickets, and only then', () => {
    expect(accessWarnings({ advisers: [], coordinators: [] })[0]).toContain('ADVISER_IDS and COORDINATOR_IDS are empty');
    expect(accessWarnings({ advisers: [], coordinators: ['kaisa@liitto.fi'] })).toEqual([]);
  });
});
