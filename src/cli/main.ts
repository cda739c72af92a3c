import { parseArgs, type ParseArgsConfig } from 'node:util';
import { analyze } from '../engine/analyze.js';
import { RULES } from '../engine/rules/index.js';
import { checkPackExamples } from '../engine/packs/examples.js';
import { parsePackText, type Pack } from '../engine/packs/schema.js';
import type { LanguageOption } from '../engine/report.js';
import { readTextInput, UsageError } from './input.js';
import { formatJson, formatStylish } from './format.js';
import { handoverNote, incidentNote } from '../engine/notes.js';

const USAGE = `Usage:
  ramah check [--lang id|ms|en|auto] [--customer FILE] [--pack FILE]... [--tier self|approval] [--internal] [--json] FILE|-
  ramah note --customer FILE [--handover] [--ticket REF] [--lang id|ms|en] [--agent NAME] [--pack FILE]... FILE|-
  ramah pack validate FILE
  ramah rules
  ramah --help

Exit codes: 0 no warnings, 1 warnings found (or an invalid pack), 2 usage or input error.
"ramah note" prints the incident note for an abusive or threatening customer message (exit 1 when the message is
neither), or with --handover the note for a colleague taking the ticket over.`;

const NOTE_OPTIONS = {
  customer: { type: 'string' },
  handover: { type: 'boolean', default: false },
  ticket: { type: 'string' },
  lang: { type: 'string' },
  agent: { type: 'string' },
  pack: { type: 'string', multiple: true, default: [] },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsConfig['options'];

const CHECK_OPTIONS = {
  lang: { type: 'string', default: 'auto' },
  customer: { type: 'string' },
  pack: { type: 'string', multiple: true, default: [] },
  tier: { type: 'string', default: 'self' },
  internal: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsConfig['options'];

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input, read until its end or until it holds more than `limit` bytes. */
  stdin: (limit: number) => Promise<Buffer>;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: async (limit) => {
    const chunks: Buffer[] = [];
    let length = 0;
    for await (const chunk of process.stdin) {
      chunks.push(chunk as Buffer);
      length += (chunk as Buffer).length;
      if (length > limit) break;
    }
    return Buffer.concat(chunks);
  },
};

/** Runs the command line and returns the exit code. Errors a user can cause become one line on stderr and exit 2. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'check':
        return await check(rest, io);
      case 'note':
        return await writeNote(rest, io);
      case 'pack':
        if (rest[0] === 'validate') return await validatePack(rest.slice(1), io);
        throw new UsageError(rest[0] ? `unknown pack command "${rest[0]}"; try "ramah pack validate FILE"` : 'missing pack command; try "ramah pack validate FILE"');
      case 'rules':
        if (rest.length > 0) throw new UsageError(`"ramah rules" takes no arguments, got "${rest[0]}"`);
        return listRules(io);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"; try "ramah --help"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`ramah: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function check(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, CHECK_OPTIONS);
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing the draft: give a FILE, or - for standard input' : `expected one draft, got ${positionals.length}`);
  const language = values.lang;
  if (!['id', 'ms', 'en', 'auto'].includes(language)) throw new UsageError(`--lang must be id, ms, en or auto, not "${language}"`);
  if (values.tier !== 'self' && values.tier !== 'approval') throw new UsageError(`--tier must be self or approval, not "${values.tier}"`);

  const fromStdin = [positionals[0], values.customer, ...values.pack].filter((file) => file === '-').length;
  if (fromStdin > 1) {
    throw new UsageError('only one input can come from standard input (-): give the draft, the --customer message and each --pack as files but one');
  }
  const draft = await readTextInput(positionals[0]!, 'draft', io.stdin);
  const customerMessage = values.customer === undefined ? undefined : await readTextInput(values.customer, 'customer message', io.stdin);
  const packs: Pack[] = [];
  for (const file of values.pack) packs.push(await loadPack(file, io.stdin));

  const report = analyze(draft, { language: language as LanguageOption, customerMessage, packs, tier: values.tier, audience: values.internal ? 'internal' : 'customer' });
  io.stdout(values.json ? formatJson(report) : formatStylish(report, draft, positionals[0]!));
  return report.findings.some((f) => f.kind === 'warning') ? 1 : 0;
}

async function writeNote(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, NOTE_OPTIONS);
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (values.customer === undefined) throw new UsageError('missing --customer FILE: the note quotes the customer\'s message');
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing the draft: give a FILE, or - for standard input' : `expected one draft, got ${positionals.length}`);
  const language = values.lang;
  if (language !== undefined && !['id', 'ms', 'en'].includes(language)) throw new UsageError(`--lang must be id, ms or en, not "${language}"`);
  if ([positionals[0], values.customer, ...values.pack].filter((file) => file === '-').length > 1) {
    throw new UsageError('only one input can come from standard input (-)');
  }
  const draft = await readTextInput(positionals[0]!, 'draft', io.stdin);
  const customerMessage = await readTextInput(values.customer, 'customer message', io.stdin);
  const packs: Pack[] = [];
  for (const file of values.pack) packs.push(await loadPack(file, io.stdin));
  // A reference that is an address is the ticket's URL; anything else is its number.
  const ticket = values.ticket === undefined ? undefined : /^https?:\/\//.test(values.ticket) ? { url: values.ticket } : { number: values.ticket };
  const options = { customerMessage, at: new Date(), ticket, language: language as 'id' | 'ms' | 'en' | undefined, packs, placeholders: { agent_name: values.agent } };
  const note = values.handover ? handoverNote(draft, options) : incidentNote(draft, options);
  if (!note) {
    io.stderr('ramah: the customer\'s message is neither abusive nor threatening: there is no incident to document\n');
    return 1;
  }
  io.stdout(`${note.text}\n`);
  return 0;
}

async function loadPack(file: string, stdin: Io['stdin']): Promise<Pack> {
  const result = parsePackText(await readTextInput(file, 'pack', stdin));
  if (!result.ok) {
    const first = result.errors[0]!;
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more; see "ramah pack validate ${file}")` : '';
    throw new UsageError(`invalid pack ${file}: ${first.path} ${first.message}${more}`);
  }
  return result.pack;
}

async function validatePack(argv: string[], io: Io): Promise<number> {
  const { positionals } = parse(argv, {});
  if (positionals.length !== 1) throw new UsageError('expected one pack file: ramah pack validate FILE');
  const file = positionals[0]!;
  const result = parsePackText(await readTextInput(file, 'pack', io.stdin));
  const errors = result.ok ? checkPackExamples(result.pack) : result.errors;
  if (errors.length === 0 && result.ok) {
    const { pack } = result;
    io.stdout(`${file}: ${pack.id} ${pack.version} is valid: ${pack.phrases.length} phrases, ${pack.gestures.length} gestures, ${pack.rules.length} rules, ${pack.examples.length} examples pass\n`);
    return 0;
  }
  for (const error of errors) io.stdout(`${file}: ${error.path} ${error.message}\n`);
  io.stdout(`\n${errors.length} problem${errors.length === 1 ? '' : 's'}: the pack is refused\n`);
  return 1;
}

function listRules(io: Io): number {
  const width = Math.max(...RULES.map((r) => r.meta.id.length));
  for (const rule of RULES) io.stdout(`${rule.meta.id.padEnd(width)}  ${rule.meta.description.en}\n`);
  return 0;
}

function parse<T extends ParseArgsConfig['options']>(argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs says "Unknown option '--x'. To specify a positional…": keep the first sentence.
    throw new UsageError((error as Error).message.split('. ')[0]!.replace(/^Unknown option/, 'unknown option'));
  }
}
