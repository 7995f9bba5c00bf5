/**
 * deployment/azure/main.bicep against .env.example: the web app's settings are exactly the
 * variables .env.example documents (less PORT, which App Service sets itself), so neither can
 * gain a variable the other lacks; secrets come from secure parameters; SQLite stays off the
 * Azure Files share. No Bicep compiler runs here, so the template is read as text.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const BICEP = fs.readFileSync(path.join(ROOT, 'deployment/azure/main.bicep'), 'utf8');
const EXAMPLE = fs.readFileSync(path.join(ROOT, '.env.example'), 'utf8');

/** Names App Service provides, or that configure App Service rather than the bot. */
const PLATFORM_SET = ['PORT'];
const isPlatformSetting = (name: string) => /^(SCM|WEBSITES?)_/.test(name);

function documentedVariables(): string[] {
  return [...EXAMPLE.matchAll(/^([A-Za-z_][A-Za-z0-9_]*)=/gm)].map((m) => m[1]);
}

/** `{ name: 'X', value: expr }` entries of the web app's appSettings list, in order. */
function appSettings(): { name: string; value: string }[] {
  const start = BICEP.indexOf('appSettings: [');
  const end = BICEP.indexOf('\n      ]', start);
  expect([start > 0, end > start]).toEqual([true, true]);
  return [...BICEP.slice(start, end).matchAll(/\{ name: '([^']+)', value: (.+) \}$/gm)].map((m) => ({ name: m[1], value: m[2] }));
}

/** The default of `param NAME type = default`, as written. */
function paramDefault(name: string): string {
  const match = new RegExp(`^param ${name} \\w+ = (.+)$`, 'm').exec(BICEP);
  if (!match) throw new Error(`main.bicep has no parameter ${name} with a default`);
  return match[1];
}

describe('deployment/azure/main.bicep', () => {
  it('sets exactly the variables .env.example documents, each once', () => {
    const documented = documentedVariables();
    expect(documented.length).toBeGreaterThanOrEqual(20);
    const set = appSettings().map((s) => s.name).filter((name) => !isPlatformSetting(name));
    expect(new Set(set).size).toBe(set.length);
    expect([...set].sort()).toEqual(documented.filter((name) => !PLATFORM_SET.includes(name)).sort());
  });

  it('reads the parsing right: a known setting with its value', () => {
    expect(appSettings()).toEqual(expect.arrayContaining([{ name: 'KNOWLEDGE_DIR', value: 'knowledgeMountPath' }, { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: "'true'" }]));
  });

  it('takes every secret from a @secure() parameter', () => {
    const secure = [...BICEP.matchAll(/@secure\(\)\nparam (\w+) /g)].map((m) => m[1]).sort();
    expect(secure).toEqual(['adminToken', 'databaseUrl', 'microsoftAppPassword', 'slackClientSecret', 'slackSigningSecret', 'slackVerificationToken', 'userHashSecret']);
    const values = Object.fromEntries(appSettings().map((s) => [s.name, s.value]));
    expect(values.MicrosoftAppPassword).toBe("useMsi ? '' : microsoftAppPassword");
    expect(values.USER_HASH_SECRET).toBe('userHashSecret');
    expect(values.ADMIN_TOKEN).toBe('adminToken');
    expect(values.DATABASE_URL).toBe('databaseUrl');
  });

  it('mounts the Azure Files share at KNOWLEDGE_DIR and keeps DATA_DIR (SQLite and its WAL) off it', () => {
    const mount = paramDefault('knowledgeMountPath').replace(/'/g, '');
    const data = paramDefault('dataDir').replace(/'/g, '');
    expect(mount).toBe('/mnt/knowledge');
    expect(data).toBe('/home/data');
    expect(data.startsWith(`${mount}/`)).toBe(false);
    expect(BICEP).toMatch(/type: 'AzureFiles'[\s\S]*mountPath: knowledgeMountPath/);
  });

  it('runs Node 22 LTS or later on Linux, one instance unless PostgreSQL is set, and points the Azure Bot at /api/messages with Teams and Slack', () => {
    expect(paramDefault('linuxFxVersion')).toBe("'NODE|22-lts'");
    expect(BICEP).toContain("kind: 'linux'");
    expect(BICEP).toContain('capacity: empty(databaseUrl) ? 1 : instanceCount');
    expect(paramDefault('instanceCount')).toBe('1');
    expect(paramDefault('databaseUrl')).toBe("''");
    expect(BICEP).toContain("endpoint: 'https://${web.properties.defaultHostName}/api/messages'");
    expect(BICEP).toContain("channelName: 'MsTeamsChannel'");
    expect(BICEP).toContain("channelName: 'SlackChannel'");
  });

  it('documents every parameter', () => {
    const lines = BICEP.split('\n');
    const undocumented = lines
      .map((line, i) => ({ line, i }))
      .filter(({ line }) => line.startsWith('param '))
      .filter(({ i }) => !lines.slice(Math.max(0, i - 4), i).some((above) => above.startsWith('@description(')))
      .map(({ line }) => line);
    expect(undocumented).toEqual([]);
  });

  it('has an example parameters file naming only parameters the template has', () => {
    const example = JSON.parse(fs.readFileSync(path.join(ROOT, 'deployment/azure/main.parameters.example.json'), 'utf8')) as { parameters: Record<string, unknown> };
    const params = [...BICEP.matchAll(/^param (\w+) /gm)].map((m) => m[1]);
    expect(Object.keys(example.parameters).filter((name) => !params.includes(name))).toEqual([]);
  });
});
