/**
 * Builds the Teams app package: the manifest template beside this file with the app id, the
 * bot's domain and the publisher filled in, its English localization and the two icons, zipped
 * flat (no folder inside), as the Teams admin center and "Upload a custom app" expect.
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';

export const TEAMS_DIR = __dirname;
/** Every file the package holds, besides manifest.json. */
export const PACKAGE_FILES = ['en.json', 'color.png', 'outline.png'] as const;

export interface TeamsPackageValues {
  /** The Entra app registration's client id, which is also the bot's id (MicrosoftAppId). */
  appId: string;
  /** Host name of the bot's web app, e.g. molnkoll-abc.azurewebsites.net. */
  domain: string;
  developerName: string;
  websiteUrl: string;
  privacyUrl?: string;
  termsUrl?: string;
  version: string;
}

export class TeamsPackageError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'TeamsPackageError';
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
// Teams accepts only three-part versions for an app (it compares them on upload).
const VERSION = /^\d+\.\d+\.\d+$/;

function checkValues(values: TeamsPackageValues): string[] {
  const problems: string[] = [];
  if (!GUID.test(values.appId)) problems.push(`MicrosoftAppId must be the app registration's client id (a GUID), got '${values.appId}'`);
  if (!HOST.test(values.domain)) problems.push(`--domain must be the bot's host name without https://, e.g. molnkoll-abc.azurewebsites.net, got '${values.domain}'`);
  if (values.developerName.trim() === '' || values.developerName.length > 32) problems.push(`--developer must be 1–32 characters (the organisation's name), got '${values.developerName}'`);
  for (const [flag, url] of [['--website', values.websiteUrl], ['--privacy', values.privacyUrl], ['--terms', values.termsUrl]] as const) {
    if (url !== undefined && !/^https:\/\/[^\s]+$/.test(url)) problems.push(`${flag} must be an https:// URL, got '${url}'`);
  }
  if (!VERSION.test(values.version)) problems.push(`the version must be MAJOR.MINOR.PATCH, got '${values.version}'`);
  return problems;
}

/** The manifest template with every {{PLACEHOLDER}} filled, as an object. */
export function fillManifest(template: string, values: TeamsPackageValues): Record<string, unknown> {
  const problems = checkValues(values);
  if (problems.length > 0) throw new TeamsPackageError(problems);
  const fills: Record<string, string> = {
    MicrosoftAppId: values.appId.toLowerCase(),
    BOT_DOMAIN: values.domain.toLowerCase(),
    DEVELOPER_NAME: values.developerName.trim(),
    WEBSITE_URL: values.websiteUrl,
    PRIVACY_URL: values.privacyUrl ?? values.websiteUrl,
    TERMS_URL: values.termsUrl ?? values.websiteUrl,
    VERSION: values.version,
  };
  // Values go in JSON-escaped, so a quote in a name cannot break the manifest.
  const filled = template.replace(/\{\{([A-Za-z_]+)\}\}/g, (whole, name: string) => {
    const value = fills[name];
    if (value === undefined) throw new TeamsPackageError([`the manifest template has an unknown placeholder ${whole}`]);
    return JSON.stringify(value).slice(1, -1);
  });
  return JSON.parse(filled) as Record<string, unknown>;
}

export async function buildTeamsPackage(values: TeamsPackageValues, dir: string = TEAMS_DIR): Promise<Buffer> {
  const manifest = fillManifest(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'), values);
  const zip = new JSZip();
  // A fixed date keeps the zip the same for the same inputs.
  const date = new Date('2024-01-01T00:00:00Z');
  zip.file('manifest.json', JSON.stringify(manifest, null, 2) + '\n', { date });
  for (const name of PACKAGE_FILES) zip.file(name, fs.readFileSync(path.join(dir, name)), { date });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
