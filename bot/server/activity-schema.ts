/**
 * The shape an activity must have before a turn runs: what the adapter and the bot read, with
 * the types they assume. A wrong type (`text: 12345`, `entities: "x"`) would otherwise surface
 * as a TypeError deep inside the turn. Unknown fields pass through; channels add their own.
 */
import { z } from 'zod';
import type { Activity } from 'botbuilder';

const id = z.string().min(1).max(1024);
const optionalText = z.string().max(100_000).optional();

/** Replies go to `serviceUrl`, so it must at least be an http(s) URL. */
const serviceUrl = z.string().max(2048).refine((raw) => {
  try {
    return ['http:', 'https:'].includes(new URL(raw).protocol);
  } catch {
    return false;
  }
}, 'must be an http(s) URL');

const account = z.looseObject({
  id,
  name: z.string().max(1024).nullish(),
  aadObjectId: z.string().max(1024).nullish(),
  role: z.string().max(64).nullish(),
});

const conversation = z.looseObject({
  id,
  name: z.string().max(1024).nullish(),
  conversationType: z.string().max(64).nullish(),
  tenantId: z.string().max(1024).nullish(),
  isGroup: z.boolean().nullish(),
});

/** Dates arrive as ISO strings; the SDK's own check turns them into Dates and keeps the raw text. */
const timestamp = z.union([z.string().max(64), z.date()]).optional();

const ActivitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(1024).optional(),
  serviceUrl,
  channelId: z.string().max(64).optional(),
  from: account,
  recipient: account,
  conversation,
  text: optionalText.nullable(),
  textFormat: z.string().max(64).optional(),
  locale: z.string().max(64).nullish(),
  timestamp,
  localTimestamp: timestamp,
  expiration: timestamp,
  replyToId: z.string().max(1024).nullish(),
  name: z.string().max(1024).nullish(),
  channelData: z.record(z.string(), z.unknown()).nullish(),
  entities: z.array(z.looseObject({ type: z.string().max(256) })).max(100).nullish(),
  attachments: z.array(z.looseObject({ contentType: z.string().max(256) })).max(100).nullish(),
  membersAdded: z.array(account).max(1000).nullish(),
  membersRemoved: z.array(account).max(1000).nullish(),
});

export type ActivityCheck = { ok: true; activity: Activity } | { ok: false; problems: string[] };

/**
 * Checks `body` and, when it is an activity, returns it with its dates as Date objects.
 * The problems name fields and what they should be, never the values sent.
 */
export function checkActivity(body: unknown): ActivityCheck {
  const parsed = ActivitySchema.safeParse(body);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || 'body'}: ${describeIssue(issue)}`);
    return { ok: false, problems };
  }
  const activity = parsed.data as unknown as Activity & Record<string, unknown>;
  for (const field of ['timestamp', 'localTimestamp', 'expiration'] as const) {
    const raw = activity[field];
    if (typeof raw !== 'string') continue;
    const raws = { timestamp: 'rawTimestamp', localTimestamp: 'rawLocalTimestamp', expiration: 'rawExpiration' } as const;
    activity[raws[field]] = raw;
    activity[field] = new Date(raw);
  }
  return { ok: true, activity };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `must be ${article(issue.expected)}`;
  if (issue.code === 'too_big') return 'is too long';
  if (issue.code === 'too_small') return 'must not be empty';
  if (issue.code === 'custom') return issue.message;
  return 'has the wrong form';
}

function article(expected: string): string {
  const names: Record<string, string> = { string: 'text', object: 'an object', record: 'an object', array: 'a list', boolean: 'true or false', number: 'a number' };
  return names[expected] ?? expected;
}
