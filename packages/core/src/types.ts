import type {Root as NlcstRoot} from 'nlcst'
import type {ContextFacts} from './context-fields.js'
import type {KindSignal} from './kind.js'
import type {Letter, ZoneType} from './letter.js'
import type {PackedPattern} from './packed.js'
import type {DraftProgram} from './program.js'

/** How much a finding matters. `error` fails a run; `info` is a suggestion only. */
export type Severity = 'error' | 'warning' | 'info'

/** A rule's setting in configuration: off, a severity, or a severity with options. */
export type RuleSetting = 'off' | Severity | ['off' | Severity, Record<string, unknown>?]

/** The purposes a follow-up can have. */
export const messageKinds = [
  'thank-you',
  'correction',
  'update',
  'question',
  'forward-request'
] as const
export type MessageKind = (typeof messageKinds)[number]

/** Who a follow-up is addressed to. */
export const recipients = ['coordinator', 'program-office', 'interviewer', 'program-director', 'faculty'] as const
export type Recipient = (typeof recipients)[number]

/**
 * How sure the reading of the recipient is: `stated` by the user or a role word ("Dear Program
 * Director Castillo"), `likely` from a named person, an office address or what the body says,
 * `weak` from a title alone ("Dr.").
 */
export const recipientConfidences = ['stated', 'likely', 'weak'] as const
export type RecipientConfidence = (typeof recipientConfidences)[number]

/** Whether a program lets applicants write to faculty after the interview. */
export const policies = ['open', 'no-faculty-contact'] as const
export type Policy = (typeof policies)[number]

/** One program the applicant interviewed with, as the applicant profile lists it. */
export interface ProgramProfile {
  name: string
  /** Other names the program goes by ("UCSF", "the Bay"); short forms are also derived from `name`. */
  aliases?: string[]
  specialty?: string
  /** YYYY-MM-DD */
  interviewDate?: string
  coordinator?: string
  interviewers?: string[]
  policy?: Policy
}

/** The applicant's own facts, from configuration: what a draft should agree with. */
export interface ApplicantProfile {
  name?: string
  aamcId?: string
  programs?: ProgramProfile[]
}

/**
 * Facts about a draft that are not in its text: those it can be given, a field per row of the
 * context table (context-fields.ts), and those the engine adds below. With `template` set, the
 * text is a template: well-formed placeholders with known names are allowed, and malformed or
 * unknown ones are reported instead.
 */
export interface LintContext extends ContextFacts {
  /** How sure the recipient is; a recipient without it counts as stated. */
  recipientConfidence?: RecipientConfidence
  /** The applicant profile, when configuration gives one. */
  applicant?: ApplicantProfile
  /** Today's date (YYYY-MM-DD), for rules that measure time when no sent date is given. */
  today?: string
}

/** A replacement for the flagged characters. `safe` when it keeps the meaning. */
export interface Suggestion {
  text: string
  safe: boolean
}

/** One finding, with its range in the original text (1-based lines and columns, end exclusive). */
export interface Diagnostic {
  ruleId: string
  severity: Severity
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** 0-based UTF-16 offset of the first flagged character. */
  offset: number
  /** 0-based UTF-16 offset just past the last flagged character. */
  endOffset: number
  /** The flagged text as written. */
  actual: string
  suggestions?: Suggestion[]
  /** Why the finding matters, in a sentence or two. */
  note?: string
  /** Where the rule is documented. */
  url?: string
  /**
   * Personal identifiers the message or the flagged text shows (an AAMC ID, a person's name), so
   * that output meant for a shared log can mask them wherever they appear. Never printed itself.
   */
  identifiers?: Identifier[]
}

/** A personal identifier a finding shows. */
export interface Identifier {
  text: string
  kind: 'aamc-id' | 'name'
}

/** What linting one text produces. */
export interface LintResult {
  filePath?: string
  messages: Diagnostic[]
  errorCount: number
  warningCount: number
  infoCount: number
  /** The read-aloud score: 0 reads well, 100 would make the reader cringe. */
  score: number
  /** What the score is made of, largest first. */
  scoreParts: ScorePart[]
  /** The kind of message, as given in the context or detected from the text. */
  kind: MessageKind
  /** Who the message goes to and how sure that is, when the context tells it. */
  recipient?: {role: string; confidence: RecipientConfidence}
}

/** A phrase pattern group: the patterns, what to say, and what to write instead. */
export interface PhraseEntry {
  /** Patterns in the phrase language (see the core README). */
  patterns: string[]
  /** Message template; `{actual}` is replaced by the flagged words. */
  message: string
  /** Better wordings, offered as suggestions that replace the flagged words. */
  rewrite?: string[]
  /** Whether the rewrites keep the meaning, so that a fixer may apply the first one. */
  safe?: boolean
  /** Skip a match denied in its clause ("I did not ...", "I chose not to ..."). Defaults to true. */
  skipNegated?: boolean
  /** Patterns that, found anywhere in the same sentence, cancel a match ("as you requested"). */
  unless?: string[]
  /**
   * The trees `parsePattern` gives for `patterns` and `unless`, in the same order and packed
   * (see `packPattern`), when they were parsed ahead of time: the built-in rules are parsed
   * when they are built.
   */
  parsed?: {patterns: PackedPattern[]; unless?: PackedPattern[]}
}

/** Where a fact in a rule's `why` comes from. */
export interface RuleSource {
  title: string
  /** An https address anyone can open. */
  url: string
  /** What the source says that the rule relies on, with any figure quoted from it. */
  note?: string
}

/**
 * What a rule option may hold, as rule.yml declares it next to the default. Numbers always have
 * a range, so that a weight of 1e9 or a window of 0 days is refused instead of giving silly
 * results; strings and lists of strings may be limited to a set of values.
 */
export type OptionType =
  | {type: 'boolean'}
  | {type: 'integer' | 'number'; min: number; max: number}
  | {type: 'string' | 'string[]'; values?: readonly string[]}
  /** A table with some of the given keys, each holding a value of one type. */
  | {type: 'table'; keys: readonly string[]; values: OptionType}

/** The description of a rule that every consumer shows. */
export interface RuleMeta {
  id: string
  severity: Severity
  /** One line: what the rule flags. */
  summary: string
  /** Why it matters to the applicant. */
  why: string
  /** The public address of the rule's documentation. */
  url?: string
  /** Where the facts in `why` come from. */
  sources?: readonly RuleSource[]
  /** The message kinds the rule applies to; all when absent. */
  kinds?: readonly MessageKind[]
  /** Default options for the check. */
  options?: Record<string, unknown>
  /** What each option may hold; an option without one must have the type of its default. */
  optionTypes?: Record<string, OptionType>
  /** False for rules that are off unless configured or enabled by the `strict` preset. */
  recommended?: boolean
  /** False for mechanical rules (slots, spelling) whose findings do not make the tone worse. */
  readAloud?: boolean
  /**
   * The zones of the letter the rule reports in; `own` stands for the applicant's own words
   * (subject, greeting, body, postscript, sign-off), the default. Quoted and forwarded mail
   * is never reported, whatever the list says.
   */
  zones?: readonly (ZoneType | 'own')[]
}

/** A finding as a rule reports it: a range of absolute offsets and what to say. */
export interface Report {
  start: number
  end: number
  message: string
  suggestions?: Suggestion[]
  /** Overrides the rule's configured severity for this finding (never raises an `off` rule). */
  severity?: Severity
  /** Personal identifiers the message shows, for output that masks them (see `Diagnostic`). */
  identifiers?: Identifier[]
}

/** One word or mark of the draft, normalized for matching. */
export interface Token {
  /** Lower case, straight apostrophes. */
  text: string
  /** The stem used for matching inflections; equal to `text` for marks. */
  stem: string
  /** Absolute offsets into the source. */
  start: number
  end: number
  /** `word`, `mark` (punctuation or symbol), or `end` for a sentence-ending mark. */
  type: 'word' | 'mark' | 'end'
  /** Index of the sentence the token belongs to. */
  sentence: number
  /** Index of the paragraph the token belongs to. */
  paragraph: number
  /** The quotation (or reported speech) the token stands in, if any. */
  quote?: Quotation
  /** When a name of the program starts here: the index of the token just past it (`@program`). */
  program?: number
  /** When a person's name starts here ("Dr. Ana Ruiz"): the index just past it (`@person`). */
  person?: number
}

/** Words in quotation marks, or a clause of reported speech: whose words they are. */
export interface Quotation {
  /** Absolute offsets: from the opening mark to just past the closing one (or the words). */
  start: number
  end: number
  /** Token indices of the words inside, end exclusive. */
  first: number
  last: number
  /** False for reported speech without quotation marks ("the website says that ..."). */
  marked: boolean
  /** Whose words: the applicant's own (a scare quote, "I told her, ...") or someone else's. */
  owner: 'applicant' | 'other'
  /** The word that decided the owner ("reads", "titled", "said"), when one did. */
  cue?: string
}

/** A stretch of the source that holds prose to lint. */
export interface Region {
  start: number
  end: number
}

/** A parsed piece of the prose: its tree, with positions relative to `offset`. */
export interface ParsedPiece {
  tree: NlcstRoot
  offset: number
}

/** What a rule's check reads. */
export interface LintDocument {
  /** The original text, exactly as given. */
  source: string
  /** The prose regions of `source`, in order. */
  regions: readonly Region[]
  /** Every word and mark of the applicant's own words (see `Letter.own`), in order. */
  tokens: readonly Token[]
  /**
   * The words and marks of the signature and the letterhead, for checks that read them (a name,
   * an AAMC ID); parsed on first use. Quoted and forwarded mail is in neither list.
   */
  readonly contextTokens: readonly Token[]
  /** The syntax trees the tokens came from, for rules built on retext plugins. */
  pieces: readonly ParsedPiece[]
  /** Subject, salutation, body, sign-off and signature. */
  letter: Letter
  /** The program the draft is for: named by the context, or detected once from the prose. */
  program?: DraftProgram
  /** The context as given, with `kind` always set: given, or detected from the text. */
  context: LintContext & {kind: MessageKind}
  /**
   * Whether a stretch of the source is not the applicant's words but part of a person's name, a
   * unit after a number ("2 u per day") or a web or email address: checks report nothing there.
   */
  notWords(start: number, end: number): boolean
  /** How the kind was decided: `context` when given, else the phrases that pointed to it. */
  kindSignals: readonly KindSignal[] | 'context'
}

/** What a review (a rule that runs after all others) sees. */
export interface LintSummary {
  messages: readonly Diagnostic[]
  score: number
  /** What the score is made of, largest first. */
  scoreParts: readonly ScorePart[]
}

/** One contribution to the read-aloud score. */
export interface ScorePart {
  label: string
  points: number
  /**
   * For a tone signal (exclamation marks, capitals, emoji, intensifiers, long sentences): where
   * the words that count stand, at most twenty. A part named after a rule has its findings.
   */
  places?: ScorePlace[]
}

/** Where a tone signal stands, as a finding's place is given. */
export type ScorePlace = Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn' | 'offset' | 'endOffset'>

/** A rule: its description, and phrases, a check, a review, or several of these. */
export interface Rule {
  meta: RuleMeta
  phrases?: readonly PhraseEntry[]
  check?: (
    document: LintDocument,
    report: (finding: Report) => void,
    options: Record<string, unknown>
  ) => void
  /** Runs after every other rule, with their findings and the score. */
  review?: (
    document: LintDocument,
    summary: LintSummary,
    report: (finding: Report) => void,
    options: Record<string, unknown>
  ) => void
  /**
   * Weighs the draft for the read-aloud score, from the findings of every rule (its own review
   * excepted) and the draft's tone. The engine asks the first rule of the set that has one; with
   * none, the score is 0. Runs whether or not the rule itself is switched on.
   */
  score?: (
    document: LintDocument,
    messages: readonly Diagnostic[],
    context: ScoreContext,
    options: Record<string, unknown>
  ) => {score: number; parts: ScorePart[]}
  /** Loads what the check needs (a dictionary, say) before the first lint that enables it. */
  load?: () => Promise<void>
}

/** What a score hook needs beyond the draft and the findings. */
export interface ScoreContext {
  /** The rules whose findings are slips rather than tone (`readAloud: false`). */
  mechanical: ReadonlySet<string>
  /** Where a stretch of the source stands, as a finding's place is given. */
  place(start: number, end: number): ScorePlace
}
