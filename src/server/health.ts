import type { BotAuth } from '../config/config.js';

export interface HealthStatus {
  status: 'ok';
  mode: BotAuth['mode'];
  knowledge: { documents: number; passages?: number };
}

/** GET /healthz: enough to tell a load balancer and a person that the bot is up and what it knows. */
export function healthStatus(mode: BotAuth['mode'], knowledge: { documents: number; passages?: number }): HealthStatus {
  return { status: 'ok', mode, knowledge };
}
