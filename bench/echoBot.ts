import { CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } from 'botbuilder';
import restify from 'restify';

/**
 * The baseline of `npm run bench`: the bare botbuilder echo bot (as in the Bot Framework samples)
 * on the same restify + CloudAdapter stack as Hankeapu, in local mode (no app id, no token check).
 * It prints "listening on <url>" once it accepts requests; SIGTERM stops it.
 */
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const server = restify.createServer({ name: 'echo', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, async (ctx) => {
    if (ctx.activity.type === 'message') await ctx.sendActivity(MessageFactory.text(`Echo: ${ctx.activity.text ?? ''}`));
  });
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  process.stdout.write(`echo bot listening on http://127.0.0.1:${port}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
