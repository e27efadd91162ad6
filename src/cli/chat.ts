import { createInterface } from 'node:readline';
import { z } from 'zod';
import { installActivity, newIdentity, postActivity, submitActivity, textActivity, type OutgoingActivity } from '../devtools/chatClient.js';
import { startLocalConnector, type RecordedRequest } from '../devtools/connector.js';
import { formatButtons, renderForTerminal, type TerminalButton } from '../devtools/render.js';
import { parseCli, UsageError } from './args.js';

const USAGE = `Usage: npm run chat [-- --bot <url>] [--conversation personal|groupChat|channel] [--name <name>]

Chat with a running Hankeapu (start it first with "npm start", no MicrosoftAppId) over the real
Bot Framework protocol. Replies, including proactive ones, arrive at a local connector emulator.
Type a question; type a number to press that card button; /quit or Ctrl-D to leave.

  --bot           the bot's endpoint (default http://127.0.0.1:3978/api/messages)
  --conversation  where the chat happens (default personal; in the others the bot is @mentioned)
  --name          your display name (default "Paikallinen testaaja")`;

const argsSchema = z.object({
  bot: z.string().url('must be a URL like http://127.0.0.1:3978/api/messages').default('http://127.0.0.1:3978/api/messages'),
  conversation: z.enum(['personal', 'groupChat', 'channel']).default('personal'),
  name: z.string().min(1).default('Paikallinen testaaja'),
  help: z.boolean().default(false),
  positionals: z.array(z.string()).max(0, 'takes no positional arguments'),
});

const LABELS: Record<RecordedRequest['kind'], string> = {
  create_conversation: 'Hankeapu (new conversation)',
  send: 'Hankeapu',
  reply: 'Hankeapu',
  update: 'Hankeapu (updated a message)',
  delete: 'Hankeapu (deleted a message)',
  get_members: '',
  unknown: '',
};

async function main(argv: string[]): Promise<number> {
  const args = parseCli(argv, { bot: { type: 'string' }, conversation: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, argsSchema);
  if (args.help) {
    console.log(USAGE);
    return 0;
  }

  const connector = await startLocalConnector({ members: [] });
  const who = newIdentity(connector.serviceUrl, args.conversation, args.name);
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: '> ' });
  // Iterate from the start: lines read while the welcome is on its way must not be lost.
  const lines = rl[Symbol.asyncIterator]();
  let pressable: TerminalButton[] = [];

  const print = (lines: readonly string[]): void => {
    // On a terminal, clear the prompt line first so that replies do not run into it.
    process.stdout.write(`${process.stdout.isTTY ? '\r\x1b[K' : ''}${lines.join('\n')}\n`);
    rl.prompt(true);
  };

  connector.onRequest((r) => {
    if (r.activity === undefined || LABELS[r.kind] === '') return;
    if (r.activity.type === 'typing') return print(['  Hankeapu is typing…']);
    const view = renderForTerminal(r.activity);
    const submits = view.buttons.filter((b) => b.kind === 'submit');
    if (submits.length > 0) pressable = submits;
    print([`${LABELS[r.kind]}:`, ...view.lines.map((l) => `  ${l}`), ...formatButtons(view.buttons).map((l) => `  ${l}`), '']);
  });

  const send = async (activity: OutgoingActivity): Promise<void> => {
    const outcome = await postActivity(args.bot, activity);
    if (!outcome.ok) print([`! ${outcome.message}`]);
  };

  console.log(`Chatting with ${args.bot} as "${args.name}" (${args.conversation}); replies arrive at ${connector.serviceUrl}`);
  console.log('Type a question, a number to press a button, or /quit.\n');
  await send(installActivity(who));
  rl.prompt();

  for await (const line of { [Symbol.asyncIterator]: () => lines }) {
    const input = line.trim();
    if (input === '/quit' || input === '/exit') break;
    if (input === '') {
      rl.prompt();
      continue;
    }
    if (/^\d+$/.test(input)) {
      const button = pressable[Number(input) - 1];
      if (button === undefined || button.kind !== 'submit') print([`! no button ${input}; the last card has ${pressable.length}`]);
      else await send(submitActivity(who, button.data));
      continue;
    }
    await send(textActivity(who, input));
  }
  rl.close();
  await connector.close();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      console.error(`chat: ${err.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else {
      console.error('chat failed:', err);
      process.exitCode = 1;
    }
  },
);
