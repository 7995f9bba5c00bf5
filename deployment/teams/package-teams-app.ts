/**
 * `npm run teams:package -- --domain HOST --developer NAME --website URL [--privacy URL]
 * [--terms URL] [--out FILE]`: writes the Teams app zip. The app id is MicrosoftAppId from the
 * environment (or .env), the variable the bot reads. This is a deployment tool, not the bot, so
 * it does not run loadConfig, which would also demand the bot's knowledge and data folders.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildTeamsPackage, TeamsPackageError } from './build-teams-package';

const USAGE = 'usage: npm run teams:package -- --domain HOST --developer NAME --website https://… [--privacy URL] [--terms URL] [--out FILE]\n' + '       (MicrosoftAppId from the environment or .env)\n';
const ROOT = path.resolve(__dirname, '../..');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      domain: { type: 'string' },
      developer: { type: 'string' },
      website: { type: 'string' },
      privacy: { type: 'string' },
      terms: { type: 'string' },
      out: { type: 'string', default: path.join('dist', 'molnkoll-teams.zip') },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (!values.domain || !values.developer || !values.website) {
    process.stderr.write(`--domain, --developer and --website are required\n${USAGE}`);
    return 2;
  }
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  const appId = process.env.MicrosoftAppId?.trim() ?? '';
  if (appId === '') {
    process.stderr.write('MicrosoftAppId is not set: set it to the app registration\'s client id (the Azure Bot\'s Microsoft App ID)\n');
    return 2;
  }
  const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const zip = await buildTeamsPackage({ appId, domain: values.domain, developerName: values.developer, websiteUrl: values.website, privacyUrl: values.privacy, termsUrl: values.terms, version });
  fs.mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
  fs.writeFileSync(values.out, zip);
  process.stdout.write(`wrote ${values.out} (${zip.length} bytes) for app ${appId}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof TeamsPackageError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
