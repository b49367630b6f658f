export {disableComment} from './directives.js'
export {ConfigError, createLinter} from './engine.js'
export {configuredLinter, emptyConfig} from './configure.js'
export type {ConfiguredLinter, PhraseRuleConfig, ResolvedConfig} from './configure.js'
export {lintText} from './pipeline.js'
export type {LintTextOptions} from './pipeline.js'
export {applyEdits, fixText, lineEnding, safeEdit} from './fix.js'
export type {EditOutcome, FixOutcome, TextEdit} from './fix.js'
export type {Linter, LintOptions} from './engine.js'
export {defaultMaxBytes, formatSize, utf8Length} from './limits.js'
export {LineIndex} from './location.js'
export {type Span, spanIndex} from './spans.js'
export {PhraseMatcher} from './matcher.js'
export {clauseStarts, polarity} from './polarity.js'
export type {Polarity} from './polarity.js'
export {attributeQuotations} from './quotes.js'
export type {Match} from './matcher.js'
export {parsePattern, PatternError} from './pattern.js'
export type {PatternNode} from './pattern.js'
export {packPattern, unpackPattern} from './packed.js'
export type {PackedPattern} from './packed.js'
export {detectKind} from './kind.js'
export type {KindSignal} from './kind.js'
export {ownZones, readLetter} from './letter.js'
export {isProgramAcronym, markNames, namesProgram, nonProgramAcronyms, personTitles, programForms} from './names.js'
export type {Greeting, Letter, Zone, ZoneType} from './letter.js'
export type {DraftProgram} from './program.js'
export {describeOption, optionProblem} from './options.js'
export {scoreVerdict} from './score.js'
export {normalizeWord, stem} from './stem.js'
export {splitWord, tokenize} from './tokens.js'
export {messageKinds} from './types.js'
export type * from './types.js'
export {eachSentence, runRetext} from './retext.js'
export type {RetextFinding, RetextTransformer} from './retext.js'
export {adaptDraft, detectFormat, DraftError} from './adapters/index.js'
export type {AdaptedDraft, DraftFormat, DraftHeaders} from './adapters/index.js'
export {
  checkContext,
  checkContextValue,
  contextFields,
  contextKeys,
  contextSettingsSchema,
  contextWords,
  fieldOfKey,
  fieldOfName,
  isDate
} from './context-fields.js'
export type {ContextFacts, ContextField, ContextKey, ContextName, ContextValues} from './context-fields.js'
export {
  detectProgram,
  findProgram,
  headerDate,
  nameWords,
  recipientFromHeader,
  recipientFromName,
  resolveContext
} from './context.js'
export type {ContextSources} from './context.js'
export {policies, recipientConfidences, recipients} from './types.js'
export {capitalMonthName, chronologyAnchor, findDates, isoDay, monthName, placeDate, seasonDays, utcTime} from './dates.js'
export type {Anchor, WrittenDate} from './dates.js'
export {datedLine, writtenInterviewDate} from './chronology.js'
export {peopleOf, recipientOfBody, recipientOfHeader, recipientOfName, roleWord, surest} from './recipient.js'
export type {RecipientGuess} from './recipient.js'
export {otherPeoplesText, plainText, policyFromThread} from './thread.js'
