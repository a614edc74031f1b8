import path from 'node:path';
import { build, Plugin } from 'esbuild';

/**
 * `npm run build`, second step: the compiled server (dist/src/index.js) and the packages it loads,
 * bundled into one file, dist/server.js, which `npm run serve` runs. Node then reads one file instead
 * of about 2,000, which is most of what loading modules cost at every start.
 *
 * Left out, and so loaded from node_modules as before:
 * - better-sqlite3: a native addon, found through its own folder; dtrace-provider likewise (restify
 *   tries it and does without: its addon is not built here);
 * - pdfkit, exceljs, tinyld: loaded only when first needed (a PDF, an export, a language check), and
 *   pdfkit reads its font metrics from files beside its own code;
 * - dejavu-fonts-ttf: only its font files are used, found with require.resolve at run time;
 * - pg: loaded only when STORAGE_URL is a Postgres URL;
 * - city-timezones: 2 MB of city data, read only when a typed time zone is no zone, city or country
 *   the runtime knows;
 * - open: an ES module that finds a helper beside its own file, imported by @azure/identity only for
 *   a sign-in in a browser (never in a server; left to Node's own import, as before).
 *
 * Files the server reads at run time (content/, the call and session files) are found from the
 * working directory or from the settings, never from the code's own folder, so moving the code into
 * one file changes none of them.
 */
export const EXTERNAL = ['better-sqlite3', 'dtrace-provider', 'pdfkit', 'fontkit', 'exceljs', 'tinyld', 'dejavu-fonts-ttf', 'pg', 'pg-native', 'open', 'city-timezones'];

/**
 * Microsoft's text recognizers (numbers, dates, choices: about 3.5 MB of code and a fifth of a second
 * to load), which botbuilder-dialogs loads at start for its number, date-time, choice and confirm
 * prompts. The bot shows none of them (its one prompt is a TextPrompt), so in the bundle each is a
 * stand-in that loads the real package from node_modules when something first reads from it.
 * At start, botbuilder-dialogs reads only the suite's `Culture` names (locale codes such as "en-us"),
 * which the stand-in takes from @microsoft/recognizers-text, the package that defines them.
 */
export const ON_FIRST_USE = [
  '@microsoft/recognizers-text-suite',
  '@microsoft/recognizers-text-date-time',
  '@microsoft/recognizers-text-number',
  '@microsoft/recognizers-text-choice',
];

const root = path.resolve(__dirname, '..', '..');

function standIn(name: string): string {
  const early = name.endsWith('-suite') ? `{ get Culture() { return require('@microsoft/recognizers-text').Culture; } }` : '{}';
  return `
let real;
const load = () => (real ??= require(${JSON.stringify(name)}));
const early = ${early};
module.exports = new Proxy({}, {
  get: (_, key) => (key === '__esModule' ? true : real === undefined && key in early ? early[key] : load()[key]),
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => {
    const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);
    return descriptor && { ...descriptor, configurable: true };
  },
});
`;
}

const CHECKING = Symbol('checking');

/** Serves the packages of ON_FIRST_USE by their stand-ins (see there). */
export const onFirstUse: Plugin = {
  name: 'on-first-use',
  setup(builder) {
    const names = new RegExp(`^(${ON_FIRST_USE.map((name) => name.replace(/[/-]/g, '\\$&')).join('|')})$`);
    builder.onResolve({ filter: names }, async (args) => {
      if (args.namespace === 'on-first-use') return { path: args.path, external: true };
      // esbuild's own resolution, for the check below (this hook stands aside for it).
      if (args.pluginData === CHECKING) return undefined;
      // The stand-in requires the package by name from dist/: that must be the copy the importer would get.
      const wanted = await builder.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: CHECKING });
      const fromDist = require.resolve(args.path, { paths: [path.join(root, 'dist')] });
      if (wanted.errors.length > 0 || wanted.path !== fromDist) {
        throw new Error(`bundle: ${args.path} from ${args.importer} is ${wanted.path}, but dist/server.js would load ${fromDist}`);
      }
      return { path: args.path, namespace: 'on-first-use' };
    });
    builder.onLoad({ filter: /.*/, namespace: 'on-first-use' }, (args) => ({ contents: standIn(args.path), loader: 'js' }));
  },
};

export async function bundleServer(): Promise<void> {
  await build({
    entryPoints: [path.join(root, 'dist', 'src', 'index.js')],
    outfile: path.join(root, 'dist', 'server.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: [...EXTERNAL, '@microsoft/recognizers-text'],
    plugins: [onFirstUse],
    // Whitespace, comments and dead branches go (a third less to read and parse at start); names
    // stay, so stack traces in the logs still name functions. The map leads back to src/.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'warning',
  });
}

if (require.main === module) {
  bundleServer().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
