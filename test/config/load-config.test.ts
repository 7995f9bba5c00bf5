import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../bot/config/load-config';
import { ConfigError } from '../../bot/config/config-error';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.variable}: ${p.message}`);
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('gives the Emulator defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.knowledgeDir).toBe(path.resolve('knowledge'));
    expect(config.dataDir).toBe(path.resolve('data'));
    expect(config.auth).toEqual({ appId: '', appPassword: '', appType: 'MultiTenant', tenantId: '' });
    expect(config.logLevel).toBe('info');
    expect(config.rateLimitPerMinute).toBe(20);
    expect(config.maxQuestionChars).toBe(2000);
    expect(config.startupWaitMs).toBe(30_000);
    expect(config.shutdownGraceMs).toBe(10_000);
    expect(config.helpdesk.members).toEqual([]);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      KNOWLEDGE_DIR: os.tmpdir(),
      DATA_DIR: '/srv/data',
      MicrosoftAppId: 'app-id',
      MicrosoftAppPassword: 'secret',
      MicrosoftAppType: 'singletenant',
      MicrosoftAppTenantId: 'tenant',
      LOG_LEVEL: 'debug',
      RATE_LIMIT_PER_MINUTE: '5',
      MAX_QUESTION_CHARS: '500',
      STARTUP_WAIT_SECONDS: '12',
      SHUTDOWN_GRACE_SECONDS: '25',
      AZURE_LANGUAGE_ENDPOINT: 'https://lang.cognitiveservices.azure.com/',
      AZURE_LANGUAGE_KEY: 'key',
      HELPDESK_CONVERSATION_ID: '19:abc@thread.tacv2',
      HELPDESK_SERVICE_URL: 'https://smba.trafficmanager.net/emea/',
      HELPDESK_MEMBERS: ' a@kommun.se, ,b@kommun.se ',
      HELPDESK_TENANT_ID: 'helpdesk-tenant',
      USER_HASH_SECRET: 's'.repeat(32),
      CONVERSATION_CONTEXT_MINUTES: '15',
      ANSWER_LOG_RETENTION_DAYS: '365',
      ADMIN_TOKEN: 'a'.repeat(16),
      ADMIN_REVIEW_AGE_MONTHS: '12',
    });
    expect(config).toEqual({
      conversationContextMinutes: 15,
      answerLogRetentionDays: 365,
      port: 8080,
      knowledgeDir: path.resolve(os.tmpdir()),
      dataDir: '/srv/data',
      auth: { appId: 'app-id', appPassword: 'secret', appType: 'SingleTenant', tenantId: 'tenant' },
      logLevel: 'debug',
      rateLimitPerMinute: 5,
      maxQuestionChars: 500,
      startupWaitMs: 12_000,
      shutdownGraceMs: 25_000,
      azureLanguage: { endpoint: 'https://lang.cognitiveservices.azure.com', key: 'key' },
      helpdesk: {
        conversationId: '19:abc@thread.tacv2',
        serviceUrl: 'https://smba.trafficmanager.net/emea',
        members: ['a@kommun.se', 'b@kommun.se'],
        tenantId: 'helpdesk-tenant',
      },
      knowledgeLimits: { maxFileBytes: 10_485_760, maxTotalBytes: 209_715_200 },
      knowledgeRescanSeconds: 60,
      userHashSecret: 's'.repeat(32),
      admin: { token: 'a'.repeat(16), reviewAgeMonths: 12 },
    });
  });

  it('leaves the admin page off without ADMIN_TOKEN and refuses a short one', () => {
    expect(loadConfig({}).admin).toEqual({ token: undefined, reviewAgeMonths: 36 });
    expect(problemsOf({ ADMIN_TOKEN: 'short', ADMIN_REVIEW_AGE_MONTHS: '0' })).toEqual([
      'ADMIN_TOKEN: ADMIN_TOKEN must be at least 16 characters (e.g. openssl rand -base64 24), got 5',
      "ADMIN_REVIEW_AGE_MONTHS: ADMIN_REVIEW_AGE_MONTHS must be a whole number 1–600, got '0'",
    ]);
  });

  it('takes the helpdesk tenant from MicrosoftAppTenantId when HELPDESK_TENANT_ID is unset', () => {
    const env = { MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 'bot-tenant' };
    expect(loadConfig(env).helpdesk.tenantId).toBe('bot-tenant');
    expect(loadConfig({}).helpdesk.tenantId).toBeUndefined();
  });

  it('refuses a short USER_HASH_SECRET, saying how to make one', () => {
    expect(problemsOf({ USER_HASH_SECRET: 'short' })).toEqual([
      'USER_HASH_SECRET: USER_HASH_SECRET must be at least 32 characters (e.g. openssl rand -base64 32), got 5',
    ]);
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ PORT: '  ', MicrosoftAppId: '', MicrosoftAppPassword: '' }).port).toBe(3978);
  });

  it('names the variable, what it should be and the value it got', () => {
    expect(problemsOf({ PORT: 'abc' })).toEqual(["PORT: PORT must be a whole number 1–65535, got 'abc'"]);
    expect(problemsOf({ PORT: '70000' })).toEqual(["PORT: PORT must be a whole number 1–65535, got '70000'"]);
    expect(problemsOf({ RATE_LIMIT_PER_MINUTE: '2.5' })[0]).toMatch(/^RATE_LIMIT_PER_MINUTE: .*got '2.5'/);
    expect(problemsOf({ LOG_LEVEL: 'loud' })[0]).toMatch(/LOG_LEVEL must be one of fatal, error, warn, info/);
    expect(problemsOf({ AZURE_LANGUAGE_ENDPOINT: 'http://insecure' })[0]).toMatch(/must use https \(http is only allowed for 127.0.0.1, localhost or \[::1\]\)/);
    expect(loadConfig({ AZURE_LANGUAGE_ENDPOINT: 'http://127.0.0.1:5000/', AZURE_LANGUAGE_KEY: 'k' }).azureLanguage.endpoint).toBe('http://127.0.0.1:5000');
  });

  it('needs an existing knowledge folder', () => {
    expect(problemsOf({ KNOWLEDGE_DIR: '/no/such/folder' })).toEqual([
      "KNOWLEDGE_DIR: KNOWLEDGE_DIR must be an existing folder of knowledge documents, got '/no/such/folder'",
    ]);
  });

  it('names a knowledge folder that is a symbolic link loop, and the fix', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-loop-'));
    const loop = path.join(dir, 'knowledge');
    fs.symlinkSync(loop, loop);
    try {
      expect(problemsOf({ KNOWLEDGE_DIR: loop })).toEqual([
        `KNOWLEDGE_DIR: KNOWLEDGE_DIR '${loop}' is a symbolic link loop: point the link at a real folder, or set KNOWLEDGE_DIR to one [ELOOP]`,
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('bounds the start-up wait and the shutdown grace', () => {
    expect(loadConfig({ STARTUP_WAIT_SECONDS: '0' }).startupWaitMs).toBe(0);
    expect(problemsOf({ STARTUP_WAIT_SECONDS: '601', SHUTDOWN_GRACE_SECONDS: '0' })).toEqual([
      "STARTUP_WAIT_SECONDS: STARTUP_WAIT_SECONDS must be a whole number 0–600, got '601'",
      "SHUTDOWN_GRACE_SECONDS: SHUTDOWN_GRACE_SECONDS must be a whole number 1–600, got '0'",
    ]);
  });

  it('reports every problem at once, cross-field ones included', () => {
    const problems = problemsOf({ PORT: 'abc', MAX_QUESTION_CHARS: '-1', MicrosoftAppType: 'SingleTenant' });
    expect(problems.map((p) => p.split(':')[0])).toEqual(['PORT', 'MAX_QUESTION_CHARS', 'MicrosoftAppId', 'MicrosoftAppTenantId']);
  });

  it('lists all problems in the error message', () => {
    expect(() => loadConfig({ PORT: 'abc', LOG_LEVEL: 'x' })).toThrow(/2 configuration problems[\s\S]*PORT[\s\S]*LOG_LEVEL/);
  });

  it('needs a password with an app id unless a managed identity signs in', () => {
    expect(problemsOf({ MicrosoftAppId: 'id' })).toEqual([expect.stringMatching(/^MicrosoftAppPassword: .*must be set/)]);
    expect(loadConfig({ MicrosoftAppId: 'id', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 't' }).auth.appType).toBe(
      'UserAssignedMSI',
    );
    expect(problemsOf({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'p', MicrosoftAppType: 'UserAssignedMsi', MicrosoftAppTenantId: 't' })).toEqual([
      expect.stringMatching(/^MicrosoftAppPassword: .*must be empty/),
    ]);
  });

  it('needs an app id when a password is set', () => {
    expect(problemsOf({ MicrosoftAppPassword: 'p' })).toEqual([expect.stringMatching(/^MicrosoftAppId: /)]);
  });

  it('never repeats a secret in a message', () => {
    const messages = problemsOf({ MicrosoftAppPassword: 'hunter2', MicrosoftAppType: 'UserAssignedMSI' }).join('\n');
    expect(messages).not.toContain('hunter2');
  });

  it('needs an endpoint for a language key', () => {
    expect(problemsOf({ AZURE_LANGUAGE_KEY: 'k' })).toEqual([expect.stringMatching(/^AZURE_LANGUAGE_ENDPOINT: /)]);
  });

  it('reads DATABASE_URL only as a PostgreSQL URL, never echoing it, and only with a shared USER_HASH_SECRET', () => {
    const secret = 'k'.repeat(32);
    const url = 'postgres://molnkoll:s3cret@db.example:5432/molnkoll?sslmode=require';
    expect(loadConfig({ DATABASE_URL: url, USER_HASH_SECRET: secret }).databaseUrl).toBe(url);
    expect(loadConfig({}).databaseUrl).toBeUndefined();
    const wrong = problemsOf({ DATABASE_URL: 'mysql://molnkoll:s3cret@db.example/molnkoll', USER_HASH_SECRET: secret });
    expect(wrong).toEqual([expect.stringMatching(/^DATABASE_URL: DATABASE_URL must be a PostgreSQL URL \(postgres:\/\//)]);
    expect(wrong.join('\n')).not.toContain('s3cret');
    expect(problemsOf({ DATABASE_URL: url })).toEqual([expect.stringMatching(/^USER_HASH_SECRET: USER_HASH_SECRET must be set when DATABASE_URL is/)]);
  });
});
