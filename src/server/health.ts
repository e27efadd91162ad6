import type { LoadedKnowledge } from '../bot/deps.js';
import type { BotAuth } from '../config/config.js';

export interface HealthStatus {
  status: 'ok';
  mode: BotAuth['mode'];
  /** The knowledge version serving: after a coordinator's edit, `version` and `loadedAt` change. */
  knowledge: { documents: number; passages?: number; version: string; loadedAt: string };
}

/** GET /healthz: enough to tell a load balancer and a person that the bot is up and what it knows. */
export function healthStatus(mode: BotAuth['mode'], knowledge: LoadedKnowledge): HealthStatus {
  const { summary, version, loadedAt } = knowledge;
  return {
    status: 'ok',
    mode,
    knowledge: {
      documents: summary.documents.length,
      ...(summary.passages === undefined ? {} : { passages: summary.passages }),
      version,
      loadedAt,
    },
  };
}
