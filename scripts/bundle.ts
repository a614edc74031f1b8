import path from 'node:path';
import { buildSync } from 'esbuild';

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
 * - pg: loaded only when STORAGE_URL is a Postgres URL.
 *
 * Files the server reads at run time (content/, the call and session files) are found from the
 * working directory or from the settings, never from the code's own folder, so moving the code into
 * one file changes none of them.
 */
export const EXTERNAL = ['better-sqlite3', 'dtrace-provider', 'pdfkit', 'exceljs', 'tinyld', 'dejavu-fonts-ttf', 'pg', 'pg-native'];

const root = path.resolve(__dirname, '..', '..');

export function bundleServer(): void {
  const result = buildSync({
    entryPoints: [path.join(root, 'dist', 'src', 'index.js')],
    outfile: path.join(root, 'dist', 'server.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: EXTERNAL,
    // Whitespace, comments and dead branches go (a third less to read and parse at start); names
    // stay, so stack traces in the logs still name functions. The map leads back to src/.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'warning',
  });
  if (result.errors.length > 0) throw new Error('bundle: esbuild failed');
}

if (require.main === module) bundleServer();
