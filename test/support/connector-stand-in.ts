/**
 * A stand-in for the Bot Connector service (Teams, Slack, the Emulator): a real HTTP server on
 * 127.0.0.1 that records what the bot posts to `{serviceUrl}/v3/conversations/...` and answers
 * `{ id }` like the real one. Activities sent to the bot carry `serviceUrl` = `standIn.url(prefix)`.
 * It also serves a Teams roster (`GET .../members/{userId}` and `.../pagedmembers`) from the
 * members a test adds, answering 404 MemberNotFoundInConversation for anyone else, as Teams does.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';

export interface ReceivedActivity {
  method: 'POST' | 'PUT';
  /** The part of the path before `/v3/`, e.g. `/teams-prefix`; '' for none. */
  prefix: string;
  conversationId: string;
  /** The activity replied to (POST) or updated (PUT), decoded; undefined for a plain send. */
  activityId?: string;
  authorization?: string;
  activity: Partial<Activity>;
  /** ms since the epoch, when the request arrived */
  at: number;
  /** The id the stand-in answered with: the new activity's id (POST) or the updated one's (PUT). */
  assignedId?: string;
}

type Waiter = { predicate: (a: ReceivedActivity) => boolean; resolve: (a: ReceivedActivity) => void };

/** The fields of a TeamsChannelAccount the roster returns. */
export interface RosterMember {
  id: string;
  name: string;
  aadObjectId?: string;
  email?: string;
  userPrincipalName?: string;
}

export interface RosterRequest {
  conversationId: string;
  /** Undefined for a paged listing. */
  userId?: string;
  authorization?: string;
}

const ACTIVITY_PATH = /^(.*)\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;
const CREATE_CONVERSATION_PATH = /^(.*)\/v3\/conversations\/?$/;
const MEMBER_PATH = /^(.*)\/v3\/conversations\/([^/]+)\/members\/([^/]+)\/?$/;
const PAGED_MEMBERS_PATH = /^(.*)\/v3\/conversations\/([^/]+)\/pagedmembers\/?$/;

export class ConnectorStandIn {
  readonly received: ReceivedActivity[] = [];
  private readonly waiters = new Set<Waiter>();
  /** Delay before each answer, to keep a bot's turn in flight (a slow connector). */
  replyDelayMs = 0;
  /** Every roster lookup, in order. */
  readonly rosterRequests: RosterRequest[] = [];
  /** When set, every roster lookup fails with this status (e.g. 500, 401). */
  rosterFailureStatus: number | undefined;
  /** Delay before each roster answer, for timeouts. */
  rosterDelayMs = 0;
  /** When set, every activity POST or PUT is refused with this status (e.g. 503: the connector is down). */
  activityFailureStatus: number | undefined;
  /** With `activityFailureStatus`: refuse only activities under this service-URL prefix (e.g. the helpdesk's). */
  activityFailurePrefix: string | undefined;
  /** Every 1:1 conversation the bot asked for (POST /v3/conversations), in order. */
  readonly createdConversations: { prefix: string; id: string; memberIds: string[]; tenantId?: string }[] = [];
  private readonly rosters = new Map<string, RosterMember[]>();
  private nextId = 1;
  /** Activity requests refused while `activityFailureStatus` was set. */
  refused = 0;

  private readonly server = http.createServer((req, res) => this.handle(req, res));
  private port = 0;

  private constructor() {}

  static async start(): Promise<ConnectorStandIn> {
    const standIn = new ConnectorStandIn();
    await new Promise<void>((resolve) => standIn.server.listen(0, '127.0.0.1', resolve));
    standIn.port = (standIn.server.address() as AddressInfo).port;
    return standIn;
  }

  /** The serviceUrl to put on activities; a prefix mimics e.g. `https://smba.trafficmanager.net/emea`. */
  url(prefix = ''): string {
    return `http://127.0.0.1:${this.port}${prefix}`;
  }

  /** Resolves with the first activity, already received or still to come, that matches. */
  waitFor(predicate: (a: ReceivedActivity) => boolean, timeoutMs = 5000): Promise<ReceivedActivity> {
    const found = this.received.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve: (a) => {
          clearTimeout(timer);
          resolve(a);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`no matching activity within ${timeoutMs} ms; received: ${JSON.stringify(this.received.map(summary))}`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Activities received for one conversation, in order of arrival. */
  inConversation(conversationId: string): ReceivedActivity[] {
    return this.received.filter((a) => a.conversationId === conversationId);
  }

  clear(): void {
    this.received.length = 0;
  }

  /** Puts someone on the roster of a conversation (a team's channel), by id or Entra object id. */
  addMember(conversationId: string, member: RosterMember): void {
    this.rosters.set(conversationId, [...(this.rosters.get(conversationId) ?? []), member]);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0];
      if (req.method === 'GET') {
        this.handleRoster(req, res, path);
        return;
      }
      const create = CREATE_CONVERSATION_PATH.exec(path);
      if (create && req.method === 'POST') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { members?: { id: string }[]; tenantId?: string };
        const memberIds = (body.members ?? []).map((m) => m.id);
        // Teams gives the same 1:1 chat back for the same user.
        const id = `a:1created-${memberIds.join(',')}`;
        this.createdConversations.push({ prefix: create[1], id, memberIds, tenantId: body.tenantId });
        reply(res, 201, { id });
        return;
      }
      const match = ACTIVITY_PATH.exec(path);
      if (!match || (req.method !== 'POST' && req.method !== 'PUT')) {
        reply(res, 404, { error: { code: 'NotFound', message: path } });
        return;
      }
      if (this.activityFailureStatus !== undefined && (this.activityFailurePrefix === undefined || this.activityFailurePrefix === match[1])) {
        this.refused += 1;
        reply(res, this.activityFailureStatus, { error: { code: 'ServiceUnavailable', message: 'the connector is down' } });
        return;
      }
      const received: ReceivedActivity = {
        method: req.method,
        prefix: match[1],
        conversationId: decodeURIComponent(match[2]),
        activityId: match[3] === undefined ? undefined : decodeURIComponent(match[3]),
        authorization: req.headers.authorization,
        activity: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Partial<Activity>,
        at: Date.now(),
      };
      this.received.push(received);
      for (const waiter of [...this.waiters]) {
        if (waiter.predicate(received)) {
          this.waiters.delete(waiter);
          waiter.resolve(received);
        }
      }
      const id = received.method === 'PUT' ? received.activityId : `stand-in-${this.nextId++}`;
      received.assignedId = id;
      setTimeout(() => reply(res, 200, { id }), this.replyDelayMs);
    });
  }

  private handleRoster(req: http.IncomingMessage, res: http.ServerResponse, path: string): void {
    const one = MEMBER_PATH.exec(path);
    const paged = one ? null : PAGED_MEMBERS_PATH.exec(path);
    if (!one && !paged) {
      reply(res, 404, { error: { code: 'NotFound', message: path } });
      return;
    }
    const conversationId = decodeURIComponent((one ?? paged)![2]);
    const userId = one ? decodeURIComponent(one[3]) : undefined;
    this.rosterRequests.push({ conversationId, userId, authorization: req.headers.authorization });
    // Teams answers for a channel's thread (`…;messageid=…`) with the channel's roster.
    const roster = this.rosters.get(conversationId.split(';')[0]) ?? [];
    const answer = (): void => {
      if (this.rosterFailureStatus !== undefined) {
        reply(res, this.rosterFailureStatus, { error: { code: 'ServiceError', message: 'roster unavailable' } });
      } else if (!userId) {
        reply(res, 200, { members: roster });
      } else {
        const member = roster.find((m) => m.id === userId || m.aadObjectId === userId);
        if (member) reply(res, 200, member);
        else reply(res, 404, { error: { code: 'MemberNotFoundInConversation', message: 'The member is not in the conversation.' } });
      }
    };
    setTimeout(answer, this.rosterDelayMs);
  }
}

/** Not chained: restify, loaded in the same process, replaces writeHead with one that returns nothing. */
function reply(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function summary(a: ReceivedActivity): string {
  return `${a.method} ${a.conversationId} ${a.activity.type}: ${(a.activity.text ?? '').slice(0, 40)}`;
}
