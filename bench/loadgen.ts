import { Agent, request } from 'node:http';

/**
 * A closed-loop HTTP load generator: `connections` keep-alive connections, each sending its next
 * request as soon as the previous answer arrived, for `durationMs`. Plain node:http, so that the
 * client costs little of the CPU the server needs (the bench runs both on one machine).
 */
export interface LoadOptions {
  url: string;
  connections: number;
  durationMs: number;
  /** The request body for request number `i` of connection `c`. */
  body: (c: number, i: number) => string;
  /** Is this response what the server should have answered? Others count as errors. */
  accept: (status: number, body: string) => boolean;
}

export interface LoadResult {
  requests: number;
  errors: number;
  /** The first few errors, for the report. */
  errorSamples: string[];
  elapsedMs: number;
  /** Milliseconds per request, in completion order. */
  latencies: number[];
}

export interface PostResponse {
  status: number;
  body: string;
}

export function post(agent: Agent, url: URL, body: string): Promise<PostResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { agent, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const url = new URL('/api/messages', options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + options.durationMs;
  const worker = async (c: number): Promise<void> => {
    for (let i = 0; performance.now() < until; i += 1) {
      const t0 = performance.now();
      try {
        const res = await post(agent, url, options.body(c, i));
        latencies.push(performance.now() - t0);
        if (!options.accept(res.status, res.body)) {
          errors += 1;
          if (errorSamples.length < 3) errorSamples.push(`${res.status} ${res.body.slice(0, 200)}`);
        }
      } catch (err) {
        errors += 1;
        if (errorSamples.length < 3) errorSamples.push(err instanceof Error ? err.message : String(err));
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, (_, c) => worker(c)));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  return { requests: latencies.length, errors, errorSamples, elapsedMs, latencies };
}
