/**
 * The Teams app package as `npm run teams:package` writes it: the zip's files, the manifest
 * filled in and valid against the schema @microsoft/app-manifest ships for its version, the
 * English localization valid too, and the icons of the size and kind Teams asks for.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { buildTeamsPackage, fillManifest, TeamsPackageError, TeamsPackageValues } from '../../deployment/teams/build-teams-package';
import { drawColorIcon, drawOutlineIcon } from '../../deployment/teams/draw-icons';
import { TSX_NODE_ARGS } from '../support/bot-process';

const ROOT = path.resolve(__dirname, '../..');
const TEAMS = path.join(ROOT, 'deployment/teams');
const SCHEMAS = path.join(ROOT, 'node_modules/@microsoft/app-manifest/build/json-schemas/teams');
const APP_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const VALUES: TeamsPackageValues = { appId: APP_ID, domain: 'molnkoll-test.azurewebsites.net', developerName: 'Göteborgs Stad', websiteUrl: 'https://goteborg.se/molnkoll', version: '0.1.0' };

function validator(file: string) {
  // The Teams schemas are draft-04 and write their patterns for non-Unicode regular expressions.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(SCHEMAS, 'v1.24', file), 'utf8')) as object);
}

async function unzip(zip: Buffer): Promise<Record<string, Buffer>> {
  const archive = await JSZip.loadAsync(zip);
  const files: Record<string, Buffer> = {};
  for (const name of Object.keys(archive.files)) files[name] = await archive.files[name].async('nodebuffer');
  return files;
}

function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('the Teams app package', () => {
  let files: Record<string, Buffer>;
  let manifest: { id: string; manifestVersion: string; version: string; bots: { botId: string; scopes: string[]; commandLists: { commands: { title: string }[] }[] }[]; validDomains: string[]; developer: Record<string, string>; localizationInfo: { defaultLanguageTag: string; additionalLanguages: { languageTag: string; file: string }[] } };

  beforeAll(async () => {
    files = await unzip(await buildTeamsPackage(VALUES));
    manifest = JSON.parse(files['manifest.json'].toString('utf8'));
  });

  it('holds the manifest, the localization and both icons at the top level', () => {
    expect(Object.keys(files).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
  });

  it('validates against the schema @microsoft/app-manifest ships for manifest 1.24', () => {
    const validate = validator('MicrosoftTeams.schema.json');
    expect(manifest.manifestVersion).toBe('1.24');
    expect(validate(manifest) ? [] : validate.errors).toEqual([]);
  });

  it('is checked by a schema that does refuse a broken manifest', () => {
    const validate = validator('MicrosoftTeams.schema.json');
    expect(validate({ ...manifest, id: '{{MicrosoftAppId}}', bots: [{ ...manifest.bots[0], scopes: ['everywhere'] }] })).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath).sort()).toEqual(['/bots/0/scopes/0', '/id']);
  });

  it('fills in the app id, the bot, its domain and the publisher', () => {
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(manifest.validDomains).toEqual(['molnkoll-test.azurewebsites.net']);
    expect(manifest.developer).toEqual({ name: 'Göteborgs Stad', websiteUrl: 'https://goteborg.se/molnkoll', privacyUrl: 'https://goteborg.se/molnkoll', termsOfUseUrl: 'https://goteborg.se/molnkoll' });
    expect(files['manifest.json'].toString('utf8')).not.toContain('{{');
  });

  it('is Swedish by default with an English localization that validates', () => {
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('sv-se');
    expect(manifest.localizationInfo.additionalLanguages).toEqual([{ languageTag: 'en', file: 'en.json' }]);
    expect(manifest.bots[0].commandLists[0].commands.map((c) => c.title)).toEqual(['hjälp', 'helpdesk']);
    const english = JSON.parse(files['en.json'].toString('utf8')) as Record<string, string>;
    const validate = validator('MicrosoftTeams.Localization.schema.json');
    expect(validate(english) ? [] : validate.errors).toEqual([]);
    expect(english['bots[0].commandLists[0].commands[0].title']).toBe('help');
    expect(english['description.short']).toMatch(/cloud services/);
  });

  it('ships a 192×192 opaque colour icon and a 32×32 white-on-transparent outline icon', () => {
    const color = PNG.sync.read(files['color.png']);
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = PNG.sync.read(files['outline.png']);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    const alphas = new Set<number>();
    const nonWhite: number[] = [];
    for (let i = 0; i < outline.data.length; i += 4) {
      alphas.add(outline.data[i + 3]);
      if (outline.data[i] !== 255 || outline.data[i + 1] !== 255 || outline.data[i + 2] !== 255) nonWhite.push(i / 4);
    }
    expect(nonWhite).toEqual([]);
    expect(alphas.has(0)).toBe(true); // transparent background
    expect(alphas.has(255)).toBe(true); // and a solid line
    // The corner pixel of the colour icon is the accent colour, fully opaque.
    expect([...color.data.subarray(0, 4)]).toEqual([0x1f, 0x5a, 0xa6, 255]);
  });

  it('keeps the committed icons as the drawing script makes them', () => {
    expect(fs.readFileSync(path.join(TEAMS, 'color.png')).equals(drawColorIcon())).toBe(true);
    expect(fs.readFileSync(path.join(TEAMS, 'outline.png')).equals(drawOutlineIcon())).toBe(true);
  });

  it('refuses values Teams would reject, naming each', () => {
    const template = fs.readFileSync(path.join(TEAMS, 'manifest.json'), 'utf8');
    const bad = { ...VALUES, appId: 'molnkoll', domain: 'https://molnkoll.example', websiteUrl: 'http://insecure.example' };
    const error = thrownBy(() => fillManifest(template, bad));
    expect(error).toBeInstanceOf(TeamsPackageError);
    expect((error as TeamsPackageError).problems).toEqual([
      "MicrosoftAppId must be the app registration's client id (a GUID), got 'molnkoll'",
      "--domain must be the bot's host name without https://, e.g. molnkoll-abc.azurewebsites.net, got 'https://molnkoll.example'",
      "--website must be an https:// URL, got 'http://insecure.example'",
    ]);
  });
});

describe('npm run teams:package', () => {
  const run = promisify(execFile);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'molnkoll-teams-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const args = (out: string) => [...TSX_NODE_ARGS, path.join(TEAMS, 'package-teams-app.ts'), '--domain', 'bot.example.se', '--developer', 'Kommunen', '--website', 'https://kommunen.example.se', '--out', out];

  it('writes a zip whose manifest carries MicrosoftAppId from the environment', async () => {
    const out = path.join(dir, 'app.zip');
    const { stdout } = await run(process.execPath, args(out), { cwd: dir, env: { PATH: process.env.PATH, MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret' } });
    expect(stdout).toContain(`for app ${APP_ID}`);
    const manifest = JSON.parse((await unzip(fs.readFileSync(out)))['manifest.json'].toString('utf8'));
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.validDomains).toEqual(['bot.example.se']);
  });

  it('exits 2 saying what to set when MicrosoftAppId is missing', async () => {
    const failed = await run(process.execPath, args(path.join(dir, 'app.zip')), { cwd: dir, env: { PATH: process.env.PATH } }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('MicrosoftAppId is not set');
    expect(fs.existsSync(path.join(dir, 'app.zip'))).toBe(false);
  });
});
