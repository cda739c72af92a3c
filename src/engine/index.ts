/** Ramah's engine: pure TypeScript, the same in the extension, the command line and Node. */
export { analyze } from './analyze.js';
/** For the Node loader of the library's bundle (`scripts/bundle-load.mjs`): not an API. */
export { enginePreparation, type EnginePreparation, type PreparationStage } from './prepare.js';
export type { AnalyzeOptions, RuleSetting } from './options.js';
export * from './report.js';
export { RULES } from './rules/index.js';
export type { Rule, RuleMeta } from './rules/rule.js';
export { parsePack, parsePackText, PackSchema, type Pack, type PackInput, type PackError, type PackResult } from './packs/schema.js';
export { BUILTIN_PACKS } from './packs/builtin.js';
export { checkPackExamples, type ExampleFailure } from './packs/examples.js';
export { fillPlaceholders, type PlaceholderValues } from './packs/placeholders.js';
export { detectLanguage } from './language.js';
export { toDocument } from './text/document.js';
export { MAX_ANALYZED_CHARS, tailOf, reportForWhole, type TextTail } from './tail.js';
export { abuseContinues, HANDOVER_TAG } from './handover.js';
/** For `scripts/bundle-lib.mjs`, which writes each built-in program's table place into the bundle: not an API. */
export { builtinTablePlaces } from './match/compile.js';
