import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { fillPlaceholders, MANIFEST_VERSION, validateLocalization, validateManifest } from '../../scripts/package-app';

const MANIFEST_DIR = join(__dirname, '..', '..', 'manifest');
const TEAMS_APP_ID = '4f0c6c55-3b0a-4d5e-9a8b-2c7e1f3d9a10';
const BOT_ID = '9e6a0c1b-8f2d-4b7a-a3c5-6d1e2f3a4b5c';

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(MANIFEST_DIR, file), 'utf8'));

/** Tests break the manifest on purpose, so they edit it as loose JSON. */
type Json = Record<string, any>;

/** The committed manifest with both ids filled, as the packaging script produces it. */
function filledManifest(): Json {
  const config = loadConfig({ TEAMS_APP_ID, MICROSOFT_APP_ID: BOT_ID, MICROSOFT_APP_PASSWORD: 'test-secret' });
  return fillPlaceholders(readJson('manifest.json'), config) as Json;
}

describe('manifest.json', () => {
  it('validates against the v1.30 schema shipped in @microsoft/app-manifest once filled', () => {
    const manifest = filledManifest();
    expect(manifest.manifestVersion).toBe(MANIFEST_VERSION);
    expect(manifest.$schema).toContain(`/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`);
    expect(validateManifest(manifest)).toEqual([]);
  });

  it('targets the newest manifest schema the package ships', () => {
    const schemas = readdirVersions();
    expect(schemas[schemas.length - 1]).toBe(MANIFEST_VERSION);
  });

  it('fills the Teams app id and the bot id', () => {
    const manifest = filledManifest();
    expect(manifest.id).toBe(TEAMS_APP_ID);
    expect(manifest.bots[0].botId).toBe(BOT_ID);
  });

  it('declares a conversational bot for personal chats and the IKM team, taking files (the proposal document)', () => {
    const [bot] = filledManifest().bots;
    expect(bot).toMatchObject({ scopes: ['personal', 'team'], supportsFiles: true, isNotificationOnly: false });
    const titles = (scope: string) =>
      bot.commandLists.find((list: Json) => list.scopes.includes(scope)).commands.map((command: Json) => command.title);
    expect(titles('personal')).toEqual([
      'menu',
      'help',
      'eligibility',
      'my idea',
      'ask',
      'clinics',
      'reminders',
      'language',
      'cancel',
    ]);
    expect(titles('team')).toEqual(['help', 'register channel']);
  });

  it('changes nothing but the placeholders when filled', () => {
    const template = readFileSync(join(MANIFEST_DIR, 'manifest.json'), 'utf8');
    const expected = template.replace('${{TEAMS_APP_ID}}', TEAMS_APP_ID).replace('${{BOT_ID}}', BOT_ID);
    expect(filledManifest()).toEqual(JSON.parse(expected));
  });
});

describe('validateManifest rejects a broken manifest with a readable message', () => {
  const cases: [string, (manifest: Json) => void, string][] = [
    ['missing bot id', (m) => delete m.bots[0].botId, 'manifest.bots[0].botId: is required'],
    ['wrong manifest version', (m) => (m.manifestVersion = '1.29'), 'manifest.manifestVersion: must be "1.30", got "1.29"'],
    ['bad Teams app GUID', (m) => (m.id = 'innovation-hub'), 'manifest.id: must be a GUID'],
    ['bad bot GUID', (m) => (m.bots[0].botId = '1234'), 'manifest.bots[0].botId: must be a GUID'],
    ['app version not semver', (m) => (m.version = '1.0'), 'manifest.version: must be a version such as 1.2.3'],
    ['unfilled placeholder', (m) => (m.id = '${{TEAMS_APP_ID}}'), 'manifest.id: placeholder ${{TEAMS_APP_ID}} was not filled'],
    ['short name too long', (m) => (m.name.short = 'IOM Innovation Hub Assistant Bot'), 'manifest.name.short: must NOT have more than 30 characters'],
    ['unknown scope', (m) => m.bots[0].scopes.push('meeting'), 'manifest.bots[0].scopes[2]: must be one of'],
    ['accent colour not hex', (m) => (m.accentColor = 'blue'), 'manifest.accentColor: must be a colour such as #0033A0'],
    ['unknown property', (m) => (m.botName = 'hub'), 'manifest: has a property the schema does not allow: "botName"'],
    ['missing developer URL', (m) => delete m.developer.privacyUrl, 'manifest.developer.privacyUrl: is required'],
  ];

  it.each(cases)('%s', (_name, breakIt, expected) => {
    const manifest = filledManifest();
    breakIt(manifest);
    const problems = validateManifest(manifest);
    expect(problems.some((problem) => problem.startsWith(expected))).toBe(true);
  });

  it('lists every problem at once, not only the first', () => {
    const manifest = filledManifest();
    delete manifest.bots[0].botId;
    manifest.manifestVersion = '1.29';
    manifest.id = 'nope';
    expect(validateManifest(manifest)).toHaveLength(3);
  });

  it('rejects something that is not a manifest at all', () => {
    expect(validateManifest(null)).toEqual(['manifest: must be object, got null']);
  });
});

describe('localization files', () => {
  it.each(['fr.json', 'es.json'])('%s is listed in localizationInfo and validates', (file) => {
    const manifest = filledManifest();
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('en');
    expect(manifest.localizationInfo.additionalLanguages).toContainEqual({ languageTag: file.slice(0, 2), file });
    expect(validateLocalization(file, readJson(file), manifest)).toEqual([]);
  });

  it.each(['fr.json', 'es.json'])('%s translates every command description', (file) => {
    const strings = readJson(file) as Json;
    filledManifest().bots[0].commandLists.forEach((list: Json, l: number) =>
      list.commands.forEach((_command: Json, c: number) =>
        expect(strings[`bots[0].commandLists[${l}].commands[${c}].description`]).toEqual(expect.any(String)),
      ),
    );
  });

  it('rejects a translation that is too long, empty, or points at nothing in the manifest', () => {
    const strings = { ...(readJson('fr.json') as Json) };
    strings['description.short'] = 'x'.repeat(81);
    strings['name.short'] = '';
    strings['bots[0].commandLists[0].commands[11].description'] = 'Pas de commande 12';
    expect(validateLocalization('fr.json', strings, filledManifest())).toEqual([
      'fr.json["name.short"]: must not be empty, got ""',
      expect.stringMatching(/^fr\.json\["description\.short"\]: must NOT have more than 80 characters/),
      'fr.json: translates "bots[0].commandLists[0].commands[11].description", which is not a text in manifest.json',
    ]);
  });
});

/** The numbered Teams schema versions in @microsoft/app-manifest, oldest first. */
function readdirVersions(): string[] {
  const schema = require.resolve('@microsoft/app-manifest/build/json-schemas/teams/v1.10/MicrosoftTeams.schema.json');
  return readdirSync(join(schema, '..', '..'))
    .filter((name) => /^v1\.\d+$/.test(name))
    .map((name) => name.slice(1))
    .sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1]));
}
