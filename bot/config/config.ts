/** The bot's settings, read once from the environment by `loadConfig`. */

export const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;
export type AppType = (typeof APP_TYPES)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Bot Framework credentials; an empty `appId` runs open for the Emulator. */
export interface AuthConfig {
  appId: string;
  appPassword: string;
  appType: AppType;
  tenantId: string;
}

export interface Config {
  port: number;
  /** Absolute path of the knowledge folder. */
  knowledgeDir: string;
  /** Absolute path where the index cache and the SQLite store live. */
  dataDir: string;
  /** PostgreSQL for state shared by several instances; undefined keeps SQLite under dataDir. */
  databaseUrl?: string;
  auth: AuthConfig;
  logLevel: LogLevel;
  rateLimitPerMinute: number;
  maxQuestionChars: number;
  /** How long a turn that arrives before the index is loaded waits for it (ms). */
  startupWaitMs: number;
  /** How long SIGTERM waits for requests already received before the process exits (ms). */
  shutdownGraceMs: number;
  azureLanguage: { endpoint?: string; key?: string };
  /**
   * The helpdesk's Teams channel (both or neither) and the Entra object ids allowed to act on
   * tickets even where the channel's roster cannot be read.
   */
  /** Files over the per-file or the total size (bytes) are reported and left out of the index. */
  knowledgeLimits: { maxFileBytes: number; maxTotalBytes: number };
  /** How often the knowledge folder is rescanned besides watching it; 0: never. */
  knowledgeRescanSeconds: number;
  helpdesk: { conversationId?: string; serviceUrl?: string; members: string[]; tenantId?: string };
  /** Keys users' hashes (HMAC-SHA-256); generated and kept under DATA_DIR when unset. */
  userHashSecret?: string;
  /** How long a follow-up may lean on the previous answer of its conversation. */
  conversationContextMinutes: number;
  /** Answers, their feedback and conversation contexts older than this are deleted. */
  answerLogRetentionDays: number;
  /** The admin page (`/admin`) exists only with a token; documents older than the review age are flagged. */
  admin: { token?: string; reviewAgeMonths: number };
}
