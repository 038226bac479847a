/// <reference types="node" />
/**
 * `conference-widgets render IN.html --data FILE [--lang fr] [--out OUT.html]`: the command line
 * around renderPage (render.ts). Built to dist/cli/render.js, which bin/conference-widgets.mjs runs.
 */
import {readFile, writeFile} from 'node:fs/promises';
import {parseArgs} from 'node:util';
import {asError} from '../data/errors.js';
import {parseJson} from '../data/load.js';
import type {Format} from '../data/import/index.js';
import {renderPage} from './render.js';

export {renderPage, tags} from './render.js';
export type {RenderOptions, RenderProblem, RenderedPage} from './render.js';

export const usage = `Usage: conference-widgets render IN.html [--data FILE] [options]

Renders every <session-card>, <speaker-bio> and <track-banner> of IN.html into its HTML (a declarative
shadow root), so that the widgets show with JavaScript off. The rest of the page is kept as it is.

Options:
  --data FILE         the conference document (native, pretalx, frab or Sessionize JSON); elements
                      with inline JSON use their own
  --lang en|fr        the widgets' UI language (default: the page's <html lang>)
  --format NAME       the format of the data, for elements without a format attribute
  --time-zone ZONE    the event's IANA time zone (Sessionize), for elements without time-zone
  --base-url URL      the page's public address, for relative URLs in the data
  --out FILE          write the page there (default: standard output)
  --keep-going        exit 0 even when an element could not be rendered
  --csp               print the style-src hashes that allow the pre-rendered styles
  -h, --help          this text`;

/** Runs the command; returns the exit code. Messages go to `stderr`, the page to `--out` or `stdout`. */
export async function main(argv: readonly string[], stdout = process.stdout, stderr = process.stderr): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        data: {type: 'string'},
        lang: {type: 'string'},
        format: {type: 'string'},
        'time-zone': {type: 'string'},
        'base-url': {type: 'string'},
        out: {type: 'string', short: 'o'},
        'keep-going': {type: 'boolean'},
        csp: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
      },
    });
  } catch (error) {
    stderr.write(`conference-widgets: ${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  const {values, positionals} = args;
  if (values.help) {
    stdout.write(`${usage}\n`);
    return 0;
  }
  const [command, input, ...rest] = positionals;
  if (command !== 'render' || !input || rest.length) {
    stderr.write(`conference-widgets: expected \`render IN.html\`, got \`${positionals.join(' ')}\`\n${usage}\n`);
    return 2;
  }
  if (values.lang !== undefined && !/^(en|fr)\b/i.test(values.lang)) {
    stderr.write(`conference-widgets: --lang: expected en or fr, got "${values.lang}"\n`);
    return 2;
  }
  try {
    const page = await readFile(input, 'utf8');
    const data = values.data === undefined ? undefined : parseJson(await readFile(values.data, 'utf8'), values.data);
    const started = performance.now();
    const result = await renderPage(page, {
      data,
      lang: values.lang,
      format: values.format as Format | undefined,
      timeZone: values['time-zone'],
      baseUrl: values['base-url'],
      fileName: input,
    });
    for (const line of [...result.warnings, ...result.problems.map((problem) => problem.message)]) stderr.write(`${line}\n`);
    if (result.locale !== result.pageLocale) {
      stderr.write(`${input}: rendered in "${result.locale}" but <html lang> says "${result.pageLocale}": the widgets switch language when the script runs\n`);
    }
    if (values.csp) stderr.write(`style-src ${result.styleHashes.join(' ')}\n`);
    if (values.out === undefined) stdout.write(result.html);
    else {
      await writeFile(values.out, result.html);
      const ms = Math.round(performance.now() - started);
      stderr.write(`${values.out}: ${result.rendered} widget(s) rendered in ${ms} ms${result.problems.length ? `, ${result.problems.length} left as they were` : ''}\n`);
    }
    return result.problems.length && !values['keep-going'] ? 1 : 0;
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    stderr.write(`conference-widgets: ${e.code === 'ENOENT' ? `no such file: ${e.path}` : asError(error).message}\n`);
    return 1;
  }
}
