import 'server-only';
import { StringDecoder } from 'node:string_decoder';

// exceljs 4.4's streaming reader decodes every zip chunk on its own (lib/utils/parse-sax.js →
// bufferToString), so a Korean character split across two chunks becomes U+FFFD: a real
// 100k-row Korean workbook lost ~16 rows that way (found by the leads benchmark). Before exceljs
// is first loaded, put a copy of that module in the require cache that decodes with a streaming
// decoder. Import this module before 'exceljs' (exceljs is a server-external package, so it is
// loaded by Node's require at run time and the cache entry is honoured).
// Node's own require (not the bundler's): process.getBuiltinModule is not rewritten by bundlers
const nodeModule = process.getBuiltinModule('node:module') as typeof import('node:module');
const Module = nodeModule.Module as unknown as new (id: string) => NodeJS.Module;
const require = nodeModule.createRequire(`${process.cwd()}/`);
const target = require.resolve('exceljs/lib/utils/parse-sax.js');

type SaxEvent = { eventType: 'opentag' | 'text' | 'closetag'; value: unknown };

if (!(require.cache[target]?.exports as { utf8Safe?: boolean } | undefined)?.utf8Safe) {
  const { SaxesParser } = require('saxes') as {
    SaxesParser: new () => { on: (e: string, f: (v: unknown) => void) => void; write: (s: string) => void };
  };
  async function* parseSax(iterable: AsyncIterable<Buffer | string> & { pipe?: unknown }) {
    const parser = new SaxesParser();
    const decoder = new StringDecoder('utf8');
    let error: unknown;
    let events: SaxEvent[] = [];
    parser.on('error', (e) => (error = e));
    parser.on('opentag', (value) => events.push({ eventType: 'opentag', value }));
    parser.on('text', (value) => events.push({ eventType: 'text', value }));
    parser.on('closetag', (value) => events.push({ eventType: 'closetag', value }));
    for await (const chunk of iterable) {
      parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
      if (error) throw error;
      yield events;
      events = [];
    }
    const rest = decoder.end();
    if (rest) {
      parser.write(rest);
      if (error) throw error;
      yield events;
    }
  }
  (parseSax as unknown as { utf8Safe: boolean }).utf8Safe = true;
  const m = new Module(target);
  m.filename = target;
  m.loaded = true;
  m.exports = parseSax;
  require.cache[target] = m;
}
