/**
 * Builds the Teams app package (the zip uploaded to Teams or the Developer Portal):
 * `manifest/manifest.json` with its `${{...}}` placeholders filled from configuration, checked
 * offline against Microsoft's JSON schema (the copy shipped in `@microsoft/app-manifest`), plus
 * the icons and localization files it references, all at the root of the zip.
 *
 *   TEAMS_APP_ID=<guid> MICROSOFT_APP_ID=<guid> MICROSOFT_APP_PASSWORD=... npm run package
 *
 * writes `manifest/build/innovation-hub-<version>.zip`, or lists every problem and exits 1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, relative } from 'node:path';
import type { TeamsManifestV1D30 } from '@microsoft/app-manifest';
import type { ErrorObject, ValidateFunction } from 'ajv';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { ConfigError, loadConfig, type AppConfig } from '../src/config';

/** The manifest schema version this app targets: the newest `@microsoft/app-manifest` ships. */
export const MANIFEST_VERSION = '1.30';

/** The Teams app manifest, as typed by Microsoft for this schema version. */
export type AppManifest = TeamsManifestV1D30.TeamsManifestV1D30;

const SCHEMA_URL = `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
const SCHEMA_FILE = require.resolve(
  `@microsoft/app-manifest/build/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
);
const LOCALIZATION_SCHEMA_FILE = join(dirname(SCHEMA_FILE), 'MicrosoftTeams.Localization.schema.json');

/** Placeholders the manifest may use, each with the variable that fills it and what it is. */
const PLACEHOLDERS: Record<string, { envVar: string; value: (config: AppConfig) => string | undefined; what: string }> = {
  TEAMS_APP_ID: {
    envVar: 'TEAMS_APP_ID',
    value: (config) => config.teams.appId,
    what: "the Teams app's own id, a GUID that stays the same for every version of the app (create one once, e.g. with `node -e \"console.log(crypto.randomUUID())\"`)",
  },
  BOT_ID: {
    envVar: 'MICROSOFT_APP_ID',
    value: (config) => config.bot.appId,
    what: "the bot's Microsoft app id, the Application (client) ID of the bot's Entra app registration",
  },
  BOT_DOMAIN: {
    envVar: 'BOT_DOMAIN',
    value: (config) => config.teams.botDomain,
    what: 'the host name the bot is served from, without https://',
  },
};

const PLACEHOLDER = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** Thrown when the package cannot be built; its message lists every problem, one per line. */
export class AppPackageError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cannot build the Teams app package:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'AppPackageError';
  }
}

/** The folder holding manifest.json and its files, found from here under tsx and after `npm run build`. */
export function defaultManifestDir(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, 'manifest');
    if (existsSync(join(candidate, 'manifest.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`No manifest/manifest.json found above ${__dirname}`);
  }
}

/**
 * Replaces every `${{NAME}}` in the template's strings with its configured value. Throws an
 * AppPackageError naming the environment variable to set for each placeholder without a value.
 */
export function fillPlaceholders(template: unknown, config: AppConfig): unknown {
  const problems = new Set<string>();
  const fill = (value: unknown): unknown => {
    if (typeof value === 'string') {
      return value.replace(PLACEHOLDER, (whole, name: string) => {
        const placeholder = PLACEHOLDERS[name];
        if (!placeholder) {
          problems.add(`manifest.json uses ${whole}, which this script does not know how to fill`);
          return whole;
        }
        const filled = placeholder.value(config);
        if (!filled) {
          problems.add(`${placeholder.envVar} is not set (it fills ${whole} in manifest.json): set it to ${placeholder.what}`);
          return whole;
        }
        return filled;
      });
    }
    if (Array.isArray(value)) return value.map(fill);
    if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fill(item)]));
    return value;
  };
  const filled = fill(template);
  if (problems.size > 0) throw new AppPackageError([...problems]);
  return filled;
}

let manifestValidator: ValidateFunction | undefined;
let localizationValidator: ValidateFunction | undefined;

/** Compiles one of the shipped schemas (JSON Schema draft-04) without any network access. */
function compileSchema(file: string): ValidateFunction {
  // strictTypes: the schemas put `additionalProperties` etc. beside `$ref` without a `type`.
  // unicodeRegExp: the localization schema has patterns (`\b]`) that are invalid in `u` mode.
  const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  return ajv.compile(JSON.parse(readFileSync(file, 'utf8')));
}

/**
 * Checks a filled manifest against Microsoft's v1.30 schema and a few rules the schema leaves
 * out (a semver `version`, no unfilled placeholder). Returns readable problems; empty when valid.
 */
export function validateManifest(manifest: unknown): string[] {
  manifestValidator ??= compileSchema(SCHEMA_FILE);
  const placeholders = findPlaceholders(manifest, 'manifest');
  const problems = placeholders.map(({ path, text }) => `${path}: placeholder ${text} was not filled`);
  const placeholderPaths = new Set(placeholders.map(({ pointer }) => pointer));
  if (!manifestValidator(manifest)) {
    const errors = (manifestValidator.errors ?? []).filter((error) => !placeholderPaths.has(error.instancePath));
    problems.push(...formatErrors(errors, manifest, 'manifest'));
  }
  if (isObject(manifest)) {
    if (typeof manifest.version === 'string' && !SEMVER.test(manifest.version)) {
      problems.push(`manifest.version: must be a version such as 1.2.3 (Teams compares versions to offer updates), got ${show(manifest.version)}`);
    }
    if (manifest.$schema !== undefined && manifest.$schema !== SCHEMA_URL) {
      problems.push(`manifest.$schema: must be ${SCHEMA_URL}, the schema of manifest version ${MANIFEST_VERSION}, got ${show(manifest.$schema)}`);
    }
  }
  return [...new Set(problems)];
}

/**
 * Checks a localization file (fr.json, es.json) against Microsoft's localization schema, and
 * that every key it translates names a string that exists in the manifest.
 */
export function validateLocalization(file: string, strings: unknown, manifest: unknown): string[] {
  localizationValidator ??= compileSchema(LOCALIZATION_SCHEMA_FILE);
  const problems = localizationValidator(strings) ? [] : formatErrors(localizationValidator.errors ?? [], strings, file);
  if (isObject(strings)) {
    for (const key of Object.keys(strings)) {
      if (key === '$schema' || key === 'localizationKeys') continue;
      if (typeof valueAtKey(manifest, key) !== 'string') {
        problems.push(`${file}: translates "${key}", which is not a text in manifest.json`);
      }
    }
  }
  return [...new Set(problems)];
}

/** Size and colour rules for one icon; `outline` icons must be white on transparency only. */
export function checkIcon(file: string, data: Buffer, kind: 'color' | 'outline'): string[] {
  const size = kind === 'color' ? 192 : 32;
  let png: PNG;
  try {
    png = PNG.sync.read(data);
  } catch (error) {
    return [`${file}: not a readable PNG (${(error as Error).message})`];
  }
  const problems: string[] = [];
  if (png.width !== size || png.height !== size) {
    problems.push(`${file}: must be ${size}x${size} pixels for the ${kind} icon, is ${png.width}x${png.height}`);
  }
  if (kind === 'outline') {
    let wrong = 0;
    let first = '';
    let transparent = 0;
    for (let index = 0; index < png.data.length; index += 4) {
      const [r, g, b, a] = png.data.subarray(index, index + 4);
      if (a === 0) transparent += 1;
      else if (r !== 255 || g !== 255 || b !== 255) {
        wrong += 1;
        const pixel = index / 4;
        first ||= ` (first at x=${pixel % png.width}, y=${Math.floor(pixel / png.width)}: rgba(${r}, ${g}, ${b}, ${a}))`;
      }
    }
    if (wrong > 0) {
      problems.push(`${file}: ${wrong} pixels are neither white nor fully transparent${first}; Teams wants a white glyph on a transparent background`);
    }
    if (transparent === 0) problems.push(`${file}: has no transparent pixels; Teams wants a white glyph on a transparent background`);
  }
  return problems;
}

/**
 * Fills, validates and zips the app package into `outDir`. Throws an AppPackageError listing
 * every problem (missing ids, schema errors, bad icons or translations) instead of writing a
 * package Teams would refuse.
 */
export async function buildAppPackage(
  config: AppConfig,
  outDir: string,
  manifestDir: string = defaultManifestDir(),
): Promise<{ zipPath: string; manifest: AppManifest }> {
  const template: unknown = JSON.parse(await readFile(join(manifestDir, 'manifest.json'), 'utf8'));
  const manifest = fillPlaceholders(template, config);
  const problems = validateManifest(manifest);
  // Keep checking the files even if the manifest has problems, so one run lists everything;
  // until then every field read from it is checked for its type first.
  const draft = (isObject(manifest) ? manifest : {}) as Partial<AppManifest>;

  const files = new Map<string, Buffer>();
  const addFile = async (path: string): Promise<Buffer | undefined> => {
    const name = normalize(path);
    if (isAbsolute(name) || name.startsWith('..')) {
      problems.push(`manifest.json refers to ${show(path)}, which is outside the manifest folder`);
      return undefined;
    }
    try {
      const data = await readFile(join(manifestDir, name));
      files.set(name.split('\\').join('/'), data);
      return data;
    } catch {
      problems.push(`manifest.json refers to ${show(path)}, which is missing from ${manifestDir}`);
      return undefined;
    }
  };

  for (const kind of ['color', 'outline'] as const) {
    const path: unknown = isObject(draft.icons) ? draft.icons[kind] : undefined;
    if (typeof path !== 'string') continue;
    const data = await addFile(path);
    if (data) problems.push(...checkIcon(path, data, kind));
  }
  const languages: unknown = draft.localizationInfo?.additionalLanguages;
  for (const language of Array.isArray(languages) ? languages : []) {
    if (typeof language?.file !== 'string') continue;
    const data = await addFile(language.file);
    if (!data) continue;
    try {
      problems.push(...validateLocalization(language.file, JSON.parse(data.toString('utf8')), manifest));
    } catch (error) {
      problems.push(`${language.file}: not valid JSON (${(error as Error).message})`);
    }
  }
  if (problems.length > 0) throw new AppPackageError(problems);
  const valid = manifest as AppManifest;

  const zip = new JSZip();
  // A fixed date keeps the zip identical when nothing changed.
  const date = new Date(Date.UTC(2024, 0, 1));
  zip.file('manifest.json', `${JSON.stringify(valid, null, 2)}\n`, { date });
  for (const [name, data] of files) zip.file(name, data, { date });
  const content = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });

  await mkdir(outDir, { recursive: true });
  const zipPath = join(outDir, `innovation-hub-${valid.version}.zip`);
  await writeFile(zipPath, content);
  return { zipPath, manifest: valid };
}

const SEMVER = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;

/** Readable hints for the schema's shared definitions, whose raw regexes help nobody. */
const DEFINITION_HINTS: Record<string, string> = {
  guid: 'must be a GUID such as 00000000-0000-0000-0000-000000000000',
  hexColor: 'must be a colour such as #0033A0',
  anyHttpUrl: 'must be a URL starting with https:// or http://',
  secureHttpUrl: 'must be a URL starting with https://',
  languageTag: 'must be a language tag such as fr or es-419',
  semver: 'must be a version such as 1.2.3',
  nonEmptyString: 'must not be empty',
};

function formatErrors(errors: ErrorObject[], document: unknown, name: string): string[] {
  return errors.map((error) => {
    const path = `${name}${readablePath(error.instancePath)}`;
    const value = valueAtPointer(document, error.instancePath);
    const got = value === undefined || isObject(value) || Array.isArray(value) ? '' : `, got ${show(value)}`;
    const params = error.params as Record<string, unknown>;
    switch (error.keyword) {
      case 'required':
        return `${path}${readablePath(`/${String(params.missingProperty)}`)}: is required`;
      case 'additionalProperties':
        return `${path}: has a property the schema does not allow: ${show(params.additionalProperty)}`;
      case 'const':
        return `${path}: must be ${show(params.allowedValue)}${got}`;
      case 'enum':
        return `${path}: must be one of ${(params.allowedValues as unknown[]).map(show).join(', ')}${got}`;
      case 'pattern': {
        const definition = /#\/definitions\/([^/]+)\//.exec(error.schemaPath)?.[1];
        const hint = definition ? DEFINITION_HINTS[definition] : undefined;
        return `${path}: ${hint ?? error.message ?? 'does not match its pattern'}${got}`;
      }
      default:
        return `${path}: ${error.message ?? error.keyword}${got}`;
    }
  });
}

/** `/bots/0/botId` → `.bots[0].botId`; keys that are not identifiers are quoted: `["name.short"]`. */
function readablePath(pointer: string): string {
  return pointerSegments(pointer)
    .map((segment) =>
      /^[0-9]+$/.test(segment) ? `[${segment}]` : /^[A-Za-z_$][\w$]*$/.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`,
    )
    .join('');
}

function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAtPointer(document: unknown, pointer: string): unknown {
  return pointerSegments(pointer).reduce<unknown>(
    (value, segment) => (isObject(value) || Array.isArray(value) ? (value as Record<string, unknown>)[segment] : undefined),
    document,
  );
}

/** Follows a localization key such as `bots[0].commandLists[1].commands[0].title` into the manifest. */
function valueAtKey(manifest: unknown, key: string): unknown {
  const segments = key.split(/\.|\[(\d+)\]/).filter((segment) => segment !== undefined && segment !== '');
  return valueAtPointer(manifest, segments.map((segment) => `/${segment}`).join(''));
}

/** Every string still holding a `${{...}}` placeholder, with its JSON pointer. */
function findPlaceholders(value: unknown, name: string, pointer = ''): { path: string; pointer: string; text: string }[] {
  if (typeof value === 'string') {
    const text = value.match(PLACEHOLDER)?.[0];
    return text ? [{ path: `${name}${readablePath(pointer)}`, pointer, text }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => findPlaceholders(item, name, `${pointer}/${index}`));
  if (isObject(value)) {
    return Object.entries(value).flatMap(([key, item]) =>
      findPlaceholders(item, name, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`),
    );
  }
  return [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

async function main(): Promise<number> {
  try {
    const manifestDir = defaultManifestDir();
    const { zipPath, manifest } = await buildAppPackage(loadConfig(process.env, { purpose: 'package' }), join(manifestDir, 'build'), manifestDir);
    console.log(
      `Wrote ${relative(process.cwd(), zipPath)}: ${manifest.name.short} ${manifest.version}, ` +
        `Teams app ${manifest.id}, bot ${manifest.bots?.[0]?.botId}, manifest schema ${manifest.manifestVersion}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AppPackageError || error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
