/**
 * Reads and validates the environment once, at start-up. The environment is a parameter so
 * tests pass a plain object; every problem is collected into one `ConfigError`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { APP_TYPES, AppType, Config, LOG_LEVELS, LogLevel } from './config';
import { ConfigError, ConfigProblem } from './config-error';
import { describeFolderError } from './describe-folder-error';
import { InvalidLanguageEndpointError, validateEndpoint } from '../analyzer/validate-endpoint';

export type Env = Record<string, string | undefined>;

/** Blank values count as unset, as they do in most `.env` files. */
const optionalText = z.string().optional().transform((raw) => {
  const trimmed = raw?.trim();
  return trimmed ? trimmed : undefined;
});

function wholeNumber(name: string, min: number, max: number, fallback: number) {
  return optionalText.transform((raw, ctx) => {
    if (raw === undefined) return fallback;
    const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (Number.isSafeInteger(value) && value >= min && value <= max) return value;
    ctx.addIssue({ code: 'custom', message: `${name} must be a whole number ${min}–${max}, got '${raw}'` });
    return z.NEVER;
  });
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T) {
  return optionalText.transform((raw, ctx): T => {
    if (raw === undefined) return fallback;
    // Case-insensitive: the Bot Framework SDK itself accepts `UserAssignedMsi` and `multitenant`.
    const match = allowed.find((a) => a.toLowerCase() === raw.toLowerCase());
    if (match) return match;
    ctx.addIssue({ code: 'custom', message: `${name} must be one of ${allowed.join(', ')}, got '${raw}'` });
    return z.NEVER;
  });
}

function httpUrl(name: string, protocols: readonly string[]) {
  return optionalText.transform((raw, ctx) => {
    if (raw === undefined) return undefined;
    let url: URL | undefined;
    try {
      url = new URL(raw);
    } catch {
      url = undefined;
    }
    if (url && protocols.includes(url.protocol)) return raw.replace(/\/+$/, '');
    const wanted = protocols.map((p) => `${p}//`).join(' or ');
    ctx.addIssue({ code: 'custom', message: `${name} must be a URL starting with ${wanted}, got '${raw}'` });
    return z.NEVER;
  });
}

/** The analyzer's own rule, so the bot and the CLI refuse the same endpoints: https, or http to loopback. */
const languageEndpoint = optionalText.transform((raw, ctx) => {
  if (raw === undefined) return undefined;
  try {
    return validateEndpoint(raw).url;
  } catch (error) {
    if (!(error instanceof InvalidLanguageEndpointError)) throw error;
    ctx.addIssue({ code: 'custom', message: `${error.message}, got '${raw}'` });
    return z.NEVER;
  }
});

const directory = (fallback: string) => optionalText.transform((raw) => path.resolve(raw ?? fallback));

/** The knowledge folder is read at start-up, so a wrong path is a configuration problem. */
function existingFolder(name: string, fallback: string) {
  return directory(fallback).transform((dir, ctx) => {
    let found: fs.Stats | undefined;
    try {
      found = fs.statSync(dir, { throwIfNoEntry: false });
    } catch (error) {
      // A symlink loop or a folder this user may not enter: say which, not just "missing".
      ctx.addIssue({ code: 'custom', message: describeFolderError(name, dir, error) });
      return z.NEVER;
    }
    if (found?.isDirectory()) return dir;
    ctx.addIssue({ code: 'custom', message: `${name} must be an existing folder of knowledge documents, got '${dir}'` });
    return z.NEVER;
  });
}

const commaList = optionalText.transform((raw) =>
  (raw ?? '').split(',').map((item) => item.trim()).filter((item) => item.length > 0),
);

const EnvSchema = z.object({
  PORT: wholeNumber('PORT', 1, 65535, 3978),
  KNOWLEDGE_DIR: existingFolder('KNOWLEDGE_DIR', 'knowledge'),
  DATA_DIR: directory('data'),
  DATABASE_URL: optionalText.transform((raw, ctx) => {
    if (raw === undefined || /^postgres(ql)?:\/\//.test(raw)) return raw;
    // The value may hold a password: name the scheme, never echo the URL.
    ctx.addIssue({ code: 'custom', message: 'DATABASE_URL must be a PostgreSQL URL (postgres://USER:PASSWORD@HOST:5432/DATABASE?sslmode=require), or empty for SQLite under DATA_DIR' });
    return z.NEVER;
  }),
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: oneOf<AppType>('MicrosoftAppType', APP_TYPES, 'MultiTenant'),
  MicrosoftAppTenantId: optionalText,
  LOG_LEVEL: oneOf<LogLevel>('LOG_LEVEL', LOG_LEVELS, 'info'),
  RATE_LIMIT_PER_MINUTE: wholeNumber('RATE_LIMIT_PER_MINUTE', 1, 10_000, 20),
  MAX_QUESTION_CHARS: wholeNumber('MAX_QUESTION_CHARS', 10, 100_000, 2000),
  STARTUP_WAIT_SECONDS: wholeNumber('STARTUP_WAIT_SECONDS', 0, 600, 30),
  SHUTDOWN_GRACE_SECONDS: wholeNumber('SHUTDOWN_GRACE_SECONDS', 1, 600, 10),
  AZURE_LANGUAGE_ENDPOINT: languageEndpoint,
  AZURE_LANGUAGE_KEY: optionalText,
  HELPDESK_CONVERSATION_ID: optionalText,
  HELPDESK_SERVICE_URL: httpUrl('HELPDESK_SERVICE_URL', ['https:', 'http:']),
  HELPDESK_MEMBERS: commaList,
  KNOWLEDGE_MAX_FILE_MB: wholeNumber('KNOWLEDGE_MAX_FILE_MB', 1, 1000, 10),
  KNOWLEDGE_MAX_TOTAL_MB: wholeNumber('KNOWLEDGE_MAX_TOTAL_MB', 1, 100_000, 200),
  KNOWLEDGE_RESCAN_SECONDS: wholeNumber('KNOWLEDGE_RESCAN_SECONDS', 0, 86_400, 60),
  HELPDESK_TENANT_ID: optionalText,
  CONVERSATION_CONTEXT_MINUTES: wholeNumber('CONVERSATION_CONTEXT_MINUTES', 1, 1440, 30),
  ANSWER_LOG_RETENTION_DAYS: wholeNumber('ANSWER_LOG_RETENTION_DAYS', 1, 3650, 90),
  ADMIN_TOKEN: optionalText.transform((raw, ctx) => {
    if (raw === undefined || raw.length >= 16) return raw;
    ctx.addIssue({ code: 'custom', message: `ADMIN_TOKEN must be at least 16 characters (e.g. openssl rand -base64 24), got ${raw.length}` });
    return z.NEVER;
  }),
  ADMIN_REVIEW_AGE_MONTHS: wholeNumber('ADMIN_REVIEW_AGE_MONTHS', 1, 600, 36),
  USER_HASH_SECRET: optionalText.transform((raw, ctx) => {
    if (raw === undefined || raw.length >= 32) return raw;
    ctx.addIssue({ code: 'custom', message: `USER_HASH_SECRET must be at least 32 characters (e.g. openssl rand -base64 32), got ${raw.length}` });
    return z.NEVER;
  }),
});

type ParsedEnv = z.infer<typeof EnvSchema>;

const MEGABYTE = 1024 * 1024;

export function loadConfig(env: Env = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  const problems: ConfigProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ variable: String(issue.path[0]), message: issue.message }));
  problems.push(...crossFieldProblems(env));
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  return toConfig(parsed.data);
}

/** Combinations the Bot Framework would reject later, with a less helpful message. */
function crossFieldProblems(env: Env): ConfigProblem[] {
  const has = (name: string) => Boolean(env[name]?.trim());
  const appType = APP_TYPES.find((t) => t.toLowerCase() === (env.MicrosoftAppType?.trim() || 'MultiTenant').toLowerCase());
  const problems: ConfigProblem[] = [];
  const need = (variable: string, message: string) => problems.push({ variable, message });

  if (appType === 'SingleTenant' || appType === 'UserAssignedMSI') {
    if (!has('MicrosoftAppId')) need('MicrosoftAppId', `MicrosoftAppId must be set when MicrosoftAppType is ${appType}`);
    if (!has('MicrosoftAppTenantId')) {
      need('MicrosoftAppTenantId', `MicrosoftAppTenantId must be set (the Entra tenant id) when MicrosoftAppType is ${appType}`);
    }
  }
  if (appType === 'UserAssignedMSI' && has('MicrosoftAppPassword')) {
    need('MicrosoftAppPassword', 'MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI (the managed identity signs in)');
  }
  if (appType !== 'UserAssignedMSI' && has('MicrosoftAppId') && !has('MicrosoftAppPassword')) {
    need('MicrosoftAppPassword', 'MicrosoftAppPassword must be set (the client secret of MicrosoftAppId) unless MicrosoftAppType is UserAssignedMSI');
  }
  if (!has('MicrosoftAppId') && has('MicrosoftAppPassword')) {
    need('MicrosoftAppId', 'MicrosoftAppId must be set when MicrosoftAppPassword is (or leave both empty for the Emulator)');
  }
  if (has('AZURE_LANGUAGE_KEY') && !has('AZURE_LANGUAGE_ENDPOINT')) {
    need('AZURE_LANGUAGE_ENDPOINT', 'AZURE_LANGUAGE_ENDPOINT must be set when AZURE_LANGUAGE_KEY is (e.g. https://NAME.cognitiveservices.azure.com)');
  }
  if (has('DATABASE_URL') && !has('USER_HASH_SECRET')) {
    need('USER_HASH_SECRET', 'USER_HASH_SECRET must be set when DATABASE_URL is: every instance must hash users with the same secret, or one instance cannot find what another stored');
  }
  if (has('HELPDESK_CONVERSATION_ID') !== has('HELPDESK_SERVICE_URL')) {
    const [missing, given] = has('HELPDESK_CONVERSATION_ID') ? ['HELPDESK_SERVICE_URL', 'HELPDESK_CONVERSATION_ID'] : ['HELPDESK_CONVERSATION_ID', 'HELPDESK_SERVICE_URL'];
    need(missing, `${missing} must be set when ${given} is: the helpdesk channel needs both (see the README's Helpdesk section)`);
  }
  return problems;
}

function toConfig(env: ParsedEnv): Config {
  return {
    port: env.PORT,
    knowledgeDir: env.KNOWLEDGE_DIR,
    dataDir: env.DATA_DIR,
    databaseUrl: env.DATABASE_URL,
    auth: {
      appId: env.MicrosoftAppId ?? '',
      appPassword: env.MicrosoftAppPassword ?? '',
      appType: env.MicrosoftAppType,
      tenantId: env.MicrosoftAppTenantId ?? '',
    },
    logLevel: env.LOG_LEVEL,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    maxQuestionChars: env.MAX_QUESTION_CHARS,
    startupWaitMs: env.STARTUP_WAIT_SECONDS * 1000,
    shutdownGraceMs: env.SHUTDOWN_GRACE_SECONDS * 1000,
    azureLanguage: { endpoint: env.AZURE_LANGUAGE_ENDPOINT, key: env.AZURE_LANGUAGE_KEY },
    helpdesk: {
      conversationId: env.HELPDESK_CONVERSATION_ID,
      serviceUrl: env.HELPDESK_SERVICE_URL,
      members: env.HELPDESK_MEMBERS,
      // The helpdesk's tenant is the bot's own unless set: a multi-tenant bot should set it.
      tenantId: env.HELPDESK_TENANT_ID ?? (env.MicrosoftAppTenantId || undefined),
    },
    knowledgeLimits: { maxFileBytes: env.KNOWLEDGE_MAX_FILE_MB * MEGABYTE, maxTotalBytes: env.KNOWLEDGE_MAX_TOTAL_MB * MEGABYTE },
    knowledgeRescanSeconds: env.KNOWLEDGE_RESCAN_SECONDS,
    userHashSecret: env.USER_HASH_SECRET,
    conversationContextMinutes: env.CONVERSATION_CONTEXT_MINUTES,
    answerLogRetentionDays: env.ANSWER_LOG_RETENTION_DAYS,
    admin: { token: env.ADMIN_TOKEN, reviewAgeMonths: env.ADMIN_REVIEW_AGE_MONTHS },
  };
}
