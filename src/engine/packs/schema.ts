import * as v from 'valibot';
import { FAILURES, LANGUAGES, SIGNALS, STEPS, TIERS } from '../report.js';
import { checkPattern, PACK_LIMITS } from '../match/compile.js';

/**
 * The phrase pack format: the built-in phrases and a team's shared pack are the same kind of file.
 * Pack text is untrusted. It is data to show as text, never HTML, and its patterns are token patterns
 * (`match/syntax.ts`), which compile to automata of bounded size (`PACK_LIMITS`): no pattern can make matching
 * superlinear.
 */

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'use 1–64 characters: a–z, 0–9, ".", "_" or "-", starting with a letter or digit'));
const Text = (max: number) => v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(max, `must be at most ${max} characters`));
const Language = v.picklist(LANGUAGES, `must be one of ${LANGUAGES.join(', ')}`);

/**
 * Fixed limits on a pack pattern as written. With the compiler's own (`PACK_LIMITS`: the states a pattern compiles
 * to and the words a match can take), they keep matching linear in the draft's length with a small constant: from
 * each word a pattern takes at most `states × words` steps.
 */
export const PATTERN_LIMITS = {
  /** Characters. */
  length: 300,
  /** `_`, one word each. */
  words: 4,
  /** `..`, up to four words each (`..N`: up to N, at most 6). */
  gaps: 2,
  /** `?` after a word or a group. */
  optional: 4,
  /** `|` alternatives in all. */
  alternatives: 24,
  /** Groups inside groups. */
  depth: 3,
} as const;

/** Why a pattern is over the limits, or undefined. `~` may follow a word once ("salah~"), never another `~`. */
export function patternLimitProblem(pattern: string): string | undefined {
  const count = (re: RegExp) => pattern.match(re)?.length ?? 0;
  const words = count(/(?:^|[ (|])_(?=$|[ )|?])/g);
  if (words > PATTERN_LIMITS.words) return `has ${words} "_" slots; at most ${PATTERN_LIMITS.words} are allowed`;
  const gaps = count(/\.\./g);
  if (gaps > PATTERN_LIMITS.gaps) return `has ${gaps} ".." gaps; at most ${PATTERN_LIMITS.gaps} are allowed`;
  const optional = count(/(?<!\\)\?/g);
  if (optional > PATTERN_LIMITS.optional) return `has ${optional} optional pieces ("?"); at most ${PATTERN_LIMITS.optional} are allowed`;
  const alternatives = count(/\|/g);
  if (alternatives > PATTERN_LIMITS.alternatives) return `has ${alternatives} "|"; at most ${PATTERN_LIMITS.alternatives} are allowed`;
  if (/~\s*~|(?:^|[^\p{L}\p{N}])~/u.test(pattern)) return 'has a "~" that does not follow a word directly, or two in a row: write it once, right after a word ("salah~")';
  if (/\?\s*\?/.test(pattern) || /\(\s*\)/.test(pattern)) return 'has an empty group or "?" twice in a row';
  let depth = 0;
  for (const c of pattern) {
    if (c === '(') depth++;
    else if (c === ')') depth--;
    if (depth > PATTERN_LIMITS.depth) return `nests groups ${depth} deep; at most ${PATTERN_LIMITS.depth} are allowed`;
  }
  return undefined;
}

// The token pattern language read and compiled with the pack limits: a refusal names the reason and the character.
const Pattern = v.pipe(
  Text(PATTERN_LIMITS.length),
  v.transform((s) => s.toLowerCase()),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = patternLimitProblem(dataset.value) ?? compileProblem(dataset.value);
    if (problem) addIssue({ message: problem });
  }),
);

/** Why the pattern does not compile within `PACK_LIMITS`, or undefined. */
function compileProblem(pattern: string): string | undefined {
  try {
    checkPattern(pattern, PACK_LIMITS);
    return undefined;
  } catch (error) {
    const { reason, position } = error as { reason?: string; position?: number };
    if (reason === undefined) throw error;
    return position === undefined ? reason : `is not a valid pattern: ${reason} (at character ${position + 1})`;
  }
}

export const PhraseSchema = v.strictObject({
  id: Id,
  text: Text(600),
  language: v.optional(Language),
  step: v.optional(v.picklist(STEPS, `must be one of ${STEPS.join(', ')}`)),
  signal: v.optional(v.picklist(SIGNALS, `must be one of ${SIGNALS.join(', ')}`)),
  tags: v.optional(v.array(Text(40))),
});

export const GestureSchema = v.strictObject({
  id: Id,
  text: Text(600),
  language: v.optional(Language),
  tier: v.picklist(TIERS, `must be one of ${TIERS.join(', ')}`),
  /** The failures it suits; none means any failure. */
  for: v.optional(v.array(v.picklist(FAILURES, `must be one of ${FAILURES.join(', ')}`))),
});

export const GuidanceSchema = v.strictObject({
  signal: v.picklist(SIGNALS, `must be one of ${SIGNALS.join(', ')}`),
  language: v.optional(Language),
  text: Text(1000),
});

export const PackRuleSchema = v.strictObject({
  id: Id,
  language: v.optional(Language),
  pattern: v.union([Pattern, v.pipe(v.array(Pattern), v.nonEmpty('must list at least one pattern'))]),
  message: Text(300),
  suggestions: v.optional(v.array(Text(300)), []),
});

export const PackExampleSchema = v.strictObject({
  draft: v.pipe(v.string(), v.maxLength(20_000)),
  customer: v.optional(v.pipe(v.string(), v.maxLength(20_000))),
  language: v.optional(Language),
  /** Rule ids that must fire; pack rules by their own id. */
  warnings: v.optional(v.array(v.string()), []),
  /** Rule ids that must not fire. */
  clean: v.optional(v.array(v.string()), []),
  steps: v.optional(v.partial(v.strictObject(Object.fromEntries(STEPS.map((s) => [s, v.boolean()])) as Record<(typeof STEPS)[number], v.BooleanSchema<undefined>>))),
});

export const PackSchema = v.pipe(
  v.strictObject({
    $schema: v.optional(v.string()),
    id: Id,
    name: Text(100),
    version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/, 'must be a version such as 1.2.0')),
    languages: v.pipe(v.array(Language), v.nonEmpty('must name at least one language')),
    description: v.optional(Text(500)),
    phrases: v.optional(v.array(PhraseSchema), []),
    gestures: v.optional(v.array(GestureSchema), []),
    guidance: v.optional(v.array(GuidanceSchema), []),
    rules: v.optional(v.array(PackRuleSchema), []),
    examples: v.optional(v.pipe(v.array(PackExampleSchema), v.maxLength(200, 'may hold at most 200 examples')), []),
    /** The team's defaults for rules, built-in or its own (by id): an agent's own setting and policy still win. */
    ruleSettings: v.optional(
      v.record(v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9._/-]{0,128}$/, 'must be a rule id')), v.picklist(['off', 'warn'], 'must be "off" or "warn"')),
    ),
  }),
  // Items without a language take the pack's, which is only clear when the pack has one.
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const pack = dataset.value;
    const sections = ['phrases', 'gestures', 'guidance', 'rules'] as const;
    for (const section of sections) {
      pack[section].forEach((item, index) => {
        const language = item.language ?? (pack.languages.length === 1 ? pack.languages[0] : undefined);
        if (!language) {
          addIssue({ message: 'needs a "language": the pack has more than one', path: [pathItem(pack, section), pathItem(pack[section], index)] });
        } else if (!pack.languages.includes(language)) {
          addIssue({ message: `is in "${language}", which the pack's "languages" do not list`, path: [pathItem(pack, section), pathItem(pack[section], index)] });
        }
      });
    }
    for (const section of ['phrases', 'gestures', 'rules'] as const) {
      const seen = new Set<string>();
      pack[section].forEach((item, index) => {
        const key = `${item.id}\u0000${item.language ?? ''}`;
        if (seen.has(key)) addIssue({ message: `repeats the id "${item.id}"`, path: [pathItem(pack, section), pathItem(pack[section], index)] });
        seen.add(key);
      });
    }
  }),
);

function pathItem(input: object, key: string | number): v.IssuePathItem {
  return { type: 'object', origin: 'value', input: input as Record<string, unknown>, key, value: (input as Record<string | number, unknown>)[key] } as v.IssuePathItem;
}

export type Pack = v.InferOutput<typeof PackSchema>;
export type PackInput = v.InferInput<typeof PackSchema>;
export type PackPhrase = v.InferOutput<typeof PhraseSchema>;
export type PackGesture = v.InferOutput<typeof GestureSchema>;
export type PackRule = v.InferOutput<typeof PackRuleSchema>;
export type PackExample = v.InferOutput<typeof PackExampleSchema>;

export interface PackError {
  /** Where in the file, as a JSON path: `phrases[3].step`. */
  path: string;
  message: string;
}

export type PackResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

/** Checks a parsed pack against the schema. Errors name the place in the file. */
export function parsePack(input: unknown): PackResult {
  const result = v.safeParse(PackSchema, input, { abortPipeEarly: true });
  if (result.success) return { ok: true, pack: result.output };
  return { ok: false, errors: result.issues.map((issue) => ({ path: issuePath(issue), message: issue.message })) };
}

/** Parses pack text (JSON); a syntax error is reported like a schema error, at the top. */
export function parsePackText(text: string): PackResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: '(file)', message: `is not valid JSON: ${(error as Error).message}` }] };
  }
  return parsePack(json);
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = item.key as string | number;
    path += typeof key === 'number' ? `[${key}]` : path ? `.${key}` : key;
  }
  return path || '(top)';
}
