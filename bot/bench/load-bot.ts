/**
 * Puts a bot under load the way a busy tenant would: autocannon posts Teams messages to
 * /api/messages from many connections, each a new activity with the next question in turn.
 */
import autocannon from 'autocannon';
import { teamsActivity } from './teams-activity';

export interface LoadOptions {
  url: string;
  serviceUrl: string;
  questions: string[];
  connections: number;
  seconds: number;
  /** Distinct users the messages come from, so no one user meets the rate limit. */
  users: number;
}

export interface LoadResult {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

export async function loadBot(options: LoadOptions): Promise<LoadResult> {
  let sent = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: 'POST',
        path: '/api/messages',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => {
          const n = sent++;
          return { ...request, body: JSON.stringify(teamsActivity(options.serviceUrl, options.questions[n % options.questions.length], n % options.users)) };
        },
      },
    ],
  });
  return {
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}
