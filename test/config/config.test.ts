import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatConfigIssue, parseConfig } from '../../src/config/config.js';

describe('parseConfig', () => {
  it('defaults to local mode on 127.0.0.1:3978 with ./knowledge and ./data', () => {
    expect(parseConfig({})).toEqual({
      ok: true,
      config: {
        port: 3978,
        host: '127.0.0.1',
        auth: { mode: 'local' },
        knowledgeDir: './knowledge',
        dataDir: './data',
        handoff: { access: { advisers: [], coordinators: [] }, storage: { kind: 'file', dir: join('./data', 'handoff') } },
        rateLimit: { perMinute: 20 },
        retention: { days: 365 },
        rememberedDecisions: 500,
      },
    });
  });

  it('treats empty variables (as in .env.example) as unset', () => {
    const r = parseConfig({ MicrosoftAppId: '', MicrosoftAppPassword: '', PORT: '', HOST: ' ' });
    expect(r.ok && r.config.auth).toEqual({ mode: 'local' });
    expect(r.ok && r.config.port).toBe(3978);
  });

  it('reads Bot Framework settings when MicrosoftAppId is set, listening on all interfaces by default', () => {
    const r = parseConfig({ MicrosoftAppId: 'app-1', MicrosoftAppPassword: 'secret', PORT: '8080', KNOWLEDGE_DIR: '/kb', DATA_DIR: '/var/hankeapu' });
    expect(r).toEqual({
      ok: true,
      config: {
        port: 8080,
        host: '0.0.0.0',
        auth: { mode: 'bot-framework', appId: 'app-1', appPassword: 'secret', appType: 'MultiTenant' },
        knowledgeDir: '/kb',
        dataDir: '/var/hankeapu',
        handoff: { access: { advisers: [], coordinators: [] }, storage: { kind: 'file', dir: join('/var/hankeapu', 'handoff') } },
        rateLimit: { perMinute: 20 },
        retention: { days: 365 },
        rememberedDecisions: 500,
      },
    });
  });

  it('reads RETENTION_DAYS, 365 by default', () => {
    for (const [value, days] of [['30', 30], ['', 365], ['3650', 3650]] as const) {
      const r = parseConfig({ RETENTION_DAYS: value });
      expect(r.ok && r.config.retention).toEqual({ days });
    }
  });

  it('reads RATE_LIMIT_PER_MINUTE, 0 turning the limit off', () => {
    for (const [value, perMinute] of [['5', 5], ['0', 0], [' ', 20]] as const) {
      const r = parseConfig({ RATE_LIMIT_PER_MINUTE: value });
      expect(r.ok && r.config.rateLimit).toEqual({ perMinute });
    }
  });

  it('reads REMEMBERED_DECISIONS, 500 by default, 0 turning remembering off', () => {
    for (const [value, remembered] of [['50', 50], ['0', 0], ['', 500]] as const) {
      const r = parseConfig({ REMEMBERED_DECISIONS: value });
      expect(r.ok && r.config.rememberedDecisions).toBe(remembered);
    }
  });

  it('accepts PORT=0 (a free port, for tests)', () => {
    const r = parseConfig({ PORT: '0' });
    expect(r.ok && r.config.port).toBe(0);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ MicrosoftAppType: 'Anyone' }, 'MicrosoftAppType'],
    [{ MicrosoftAppId: 'app-1' }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppId: 'app-1', MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant' }, 'MicrosoftAppTenantId'],
    [{ MicrosoftAppId: 'app-1', MicrosoftAppType: 'UserAssignedMSI' }, 'MicrosoftAppTenantId'],
    [{ HOST: '0.0.0.0' }, 'HOST'],
    [{ RATE_LIMIT_PER_MINUTE: 'many' }, 'RATE_LIMIT_PER_MINUTE'],
    [{ RATE_LIMIT_PER_MINUTE: '-1' }, 'RATE_LIMIT_PER_MINUTE'],
    [{ RATE_LIMIT_PER_MINUTE: '2.5' }, 'RATE_LIMIT_PER_MINUTE'],
    [{ REMEMBERED_DECISIONS: 'kaikki' }, 'REMEMBERED_DECISIONS'],
    [{ REMEMBERED_DECISIONS: '1000000' }, 'REMEMBERED_DECISIONS'],
    [{ RETENTION_DAYS: '0' }, 'RETENTION_DAYS'],
    [{ RETENTION_DAYS: 'vuosi' }, 'RETENTION_DAYS'],
    [{ RETENTION_DAYS: '99999' }, 'RETENTION_DAYS'],
    [{ ADVISER_IDS: 'Maija Neuvoja' }, 'ADVISER_IDS'],
    [{ COORDINATOR_IDS: 'kaisa' }, 'COORDINATOR_IDS'],
    [{ STORAGE: 'sqlite' }, 'STORAGE'],
    [{ STORAGE: 'blobs' }, 'BLOB_CONNECTION_STRING'],
    [{ STORAGE: 'blobs', BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true', BLOB_CONTAINER: 'Tiketit' }, 'BLOB_CONTAINER'],
  ])('rejects %o naming %s', (env, variable) => {
    const r = parseConfig(env);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.variable)).toContain(variable);
    expect(r.errors.map(formatConfigIssue).join('\n')).toContain(`${variable}: `);
  });

  it('needs no password for a user-assigned managed identity', () => {
    const r = parseConfig({ MicrosoftAppId: 'msi-1', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 'tenant-1' });
    expect(r.ok && r.config.auth).toEqual({ mode: 'bot-framework', appId: 'msi-1', appType: 'UserAssignedMSI', tenantId: 'tenant-1' });
  });

  it('reads who may act on tickets and where tickets are kept', () => {
    const r = parseConfig({
      ADVISER_IDS: '0b7a1c2e-1111-4a4a-9b9b-123456789abc, maija@liitto.fi',
      COORDINATOR_IDS: 'kaisa@liitto.fi',
      STORAGE: 'blobs',
      BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true',
    });
    expect(r.ok && r.config.handoff).toEqual({
      access: { advisers: ['0b7a1c2e-1111-4a4a-9b9b-123456789abc', 'maija@liitto.fi'], coordinators: ['kaisa@liitto.fi'] },
      storage: { kind: 'blobs', connectionString: 'UseDevelopmentStorage=true', container: 'hankeapu' },
    });
  });

  it('keeps local mode on loopback even when HOST names it', () => {
    const r = parseConfig({ HOST: 'localhost' });
    expect(r.ok && r.config.host).toBe('127.0.0.1');
  });
});
