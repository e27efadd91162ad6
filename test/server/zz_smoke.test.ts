import { test, expect } from 'vitest';
import { startTestBot } from '../helpers/testBot.js';
import { message } from '../helpers/activities.js';
test('smoke', async () => {
  const bot = await startTestBot();
  try {
    const r = await bot.post({ ...message('Paljonko omarahoitusta tarvitaan?'), deliveryMode: 'expectReplies' });
    console.log(r.status, JSON.stringify(r.json, null, 1).slice(0, 3000));
    const h = await fetch(bot.url + '/healthz'); console.log(h.status, await h.text());
    const bad = await bot.post('{not json'); console.log(bad.status, bad.text);
  } finally { await bot.close(); }
  const auth = await startTestBot({ auth: { mode: 'bot-framework', appId: '11111111-1111-1111-1111-111111111111', appPassword: 'x', appType: 'MultiTenant' } });
  try {
    const r = await auth.post(message('hei')); console.log('noauth', r.status, r.text);
    const r2 = await auth.post(message('hei'), { authorization: 'Bearer garbage' }); console.log('garbage', r2.status, r2.text);
    const r3 = await auth.post(message('hei'), { authorization: 'Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIiwiYXVkIjoiMTExIn0.c2ln' }); console.log('jwtish', r3.status, r3.text);
    const r4 = await auth.post(message('hei')); console.log('again', r4.status);
  } finally { await auth.close(); }
});
