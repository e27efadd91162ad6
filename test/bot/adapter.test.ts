import { describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { createAdapter } from '../../src/bot/adapter.js';
import { activity } from '../helpers/activities.js';

describe('HankeapuAdapter', () => {
  it('reuses one connector client per service URL and audience across turns, and builds another for another URL', async () => {
    const adapter = createAdapter({ mode: 'local' });
    const turn = async (serviceUrl: string) => {
      const auth = await adapter.authenticate(activity('message', { serviceUrl }) as unknown as Activity, '');
      return auth.connectorFactory?.create(serviceUrl, 'https://api.botframework.com');
    };
    const first = await turn('http://127.0.0.1:9/');
    const second = await turn('http://127.0.0.1:9/');
    const other = await turn('http://127.0.0.1:10/');
    expect(first).toBeDefined();
    expect(second).toBe(first);
    expect(other).not.toBe(first);
  });
});
