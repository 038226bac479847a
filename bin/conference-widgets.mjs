#!/usr/bin/env node
// `npx conference-widgets render IN.html --data FILE [--lang fr] [--out OUT.html]`: see docs/prerender.md.
import {main} from '../dist/cli/render.js';

process.exitCode = await main(process.argv.slice(2));
