#!/usr/bin/env node
// Copies the QR encoder the printout draws its code with (npm `qrcode-generator`, MIT, no
// dependencies; the exact version is package.json's) into www/vendor/, since www/ has no build
// step. The copy starts with a legal comment (kept by esbuild in the dist bundle) naming the package,
// its version and its licence; www/vendor/qrcode-generator.LICENSE has the licence in full.
// Run after changing the version: node scripts/vendor-qrcode.mjs
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = `${ROOT}node_modules/qrcode-generator/`;
const pkg = JSON.parse(await readFile(`${SRC}package.json`, 'utf8'));
const code = await readFile(`${SRC}dist/qrcode.mjs`, 'utf8');

const MIT = `Copyright (c) 2009 Kazuhiko Arase

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE.
`;

if (pkg.license !== 'MIT') throw new Error(`qrcode-generator's licence is now ${pkg.license}: check it before vendoring`);
const header = `/*! ${pkg.name} ${pkg.version} (npm), ${pkg.repository?.url ?? ''}\n * Copied by scripts/vendor-qrcode.mjs; do not edit. Licence: MIT.\n *\n${MIT.trimEnd().split('\n').map((l) => ` * ${l}`.trimEnd()).join('\n')}\n */\n`;
await writeFile(`${ROOT}www/vendor/qrcode-generator.mjs`, header + code);
await writeFile(`${ROOT}www/vendor/qrcode-generator.LICENSE`, `${pkg.name} ${pkg.version}\n\n${MIT}`);
console.log(`www/vendor/qrcode-generator.mjs: ${pkg.name} ${pkg.version}`);
