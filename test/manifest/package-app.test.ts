import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { loadConfig } from '../../src/config';
import { AppPackageError, buildAppPackage, validateManifest } from '../../scripts/package-app';

const ROOT = join(__dirname, '..', '..');
const MANIFEST_DIR = join(ROOT, 'manifest');
const TEAMS_APP_ID = '4f0c6c55-3b0a-4d5e-9a8b-2c7e1f3d9a10';
const BOT_ID = '9e6a0c1b-8f2d-4b7a-a3c5-6d1e2f3a4b5c';
const configured = () => loadConfig({ TEAMS_APP_ID, MICROSOFT_APP_ID: BOT_ID, MICROSOFT_APP_PASSWORD: 'test-secret' });

let outDir: string;
beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'hub-package-'));
});
afterEach(() => rmSync(outDir, { recursive: true, force: true }));

describe('buildAppPackage', () => {
  it('writes innovation-hub-<version>.zip with exactly the manifest, icons and translations at its root', async () => {
    const { zipPath, manifest } = await buildAppPackage(configured(), outDir);
    expect(zipPath).toBe(join(outDir, `innovation-hub-${manifest.version}.zip`));

    const zip = await JSZip.loadAsync(readFileSync(zipPath));
    const entries = Object.values(zip.files).map((entry) => entry.name);
    expect(entries.sort()).toEqual(['color.png', 'es.json', 'fr.json', 'manifest.json', 'outline.png']);
    for (const file of ['color.png', 'outline.png', 'fr.json', 'es.json']) {
      expect((await zip.file(file)!.async('nodebuffer')).equals(readFileSync(join(MANIFEST_DIR, file)))).toBe(true);
    }
  });

  it('puts the filled, valid manifest in the zip', async () => {
    const { zipPath, manifest } = await buildAppPackage(configured(), outDir);
    const zip = await JSZip.loadAsync(readFileSync(zipPath));
    const packaged = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(packaged).toEqual(manifest);
    expect(packaged.id).toBe(TEAMS_APP_ID);
    expect(packaged.bots[0].botId).toBe(BOT_ID);
    expect(JSON.stringify(packaged)).not.toContain('${{');
    expect(validateManifest(packaged)).toEqual([]);
  });

  it('builds the same bytes twice', async () => {
    const first = readFileSync((await buildAppPackage(configured(), outDir)).zipPath);
    const second = readFileSync((await buildAppPackage(configured(), join(outDir, 'again'))).zipPath);
    expect(first.equals(second)).toBe(true);
  });

  it('names the environment variables to set when the app ids are missing', async () => {
    const error = await buildAppPackage(loadConfig({}), outDir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppPackageError);
    const { problems, message } = error as AppPackageError;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^TEAMS_APP_ID is not set \(it fills \$\{\{TEAMS_APP_ID\}\} in manifest\.json\): set it to/);
    expect(problems[1]).toMatch(/^MICROSOFT_APP_ID is not set \(it fills \$\{\{BOT_ID\}\} in manifest\.json\): set it to/);
    expect(message).toMatch(/^Cannot build the Teams app package:\n {2}- TEAMS_APP_ID/);
  });

  it('asks only for the id that is missing', async () => {
    const config = loadConfig({ TEAMS_APP_ID });
    await expect(buildAppPackage(config, outDir)).rejects.toThrow(/MICROSOFT_APP_ID is not set/);
    await expect(buildAppPackage(config, outDir)).rejects.not.toThrow(/TEAMS_APP_ID is not set/);
  });

  it('writes nothing when the manifest, an icon or a translation is broken, and lists every problem', async () => {
    const broken = join(outDir, 'manifest');
    cpSync(MANIFEST_DIR, broken, { recursive: true, filter: (source) => !source.includes(join('manifest', 'build')) });
    const manifest = JSON.parse(readFileSync(join(broken, 'manifest.json'), 'utf8'));
    writeFileSync(join(broken, 'outline.png'), readFileSync(join(broken, 'color.png')));
    writeFileSync(join(broken, 'es.json'), '{ "name.short": ');

    await expect(buildAppPackage(configured(), join(outDir, 'out'), broken)).rejects.toMatchObject({
      problems: [
        'outline.png: must be 32x32 pixels for the outline icon, is 192x192',
        expect.stringMatching(/^outline\.png: \d+ pixels are neither white nor fully transparent/),
        expect.stringMatching(/^es\.json: not valid JSON/),
      ],
    });

    manifest.manifestVersion = '1.29';
    manifest.icons.color = 'colour.png';
    writeFileSync(join(broken, 'manifest.json'), JSON.stringify(manifest));
    await expect(buildAppPackage(configured(), join(outDir, 'out'), broken)).rejects.toMatchObject({
      problems: expect.arrayContaining([
        'manifest.manifestVersion: must be "1.30", got "1.29"',
        `manifest.json refers to "colour.png", which is missing from ${broken}`,
        'outline.png: must be 32x32 pixels for the outline icon, is 192x192',
      ]),
    });
    expect(existsSync(join(outDir, 'out'))).toBe(false);
  });
});

describe('npm run package (scripts/package-app.ts)', () => {
  it('exits 1 and says which variables to set when the ids are missing', () => {
    const result = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/package-app.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, NODE_ENV: 'test' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Cannot build the Teams app package:');
    expect(result.stderr).toContain('TEAMS_APP_ID is not set');
    expect(result.stderr).toContain('MICROSOFT_APP_ID is not set');
    expect(result.stdout).toBe('');
  });
});
