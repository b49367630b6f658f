import type {LintDocument, Report, Token} from '@followup-lint/core'

// What phrases cannot see: symbols (emoji, emoticons, runs of "!" and "?"), letter case
// (shouting, "UR" as a school's name against "ur" for "your") and stretched spellings.

const emoji =
  /(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:[\u{FE0F}\u{200D}\u{20E3}\p{Emoji_Modifier}\p{Extended_Pictographic}\p{Regional_Indicator}\s]*(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u{FE0F}))*/gu
// ©, ® and ™ are pictographic to Unicode but ordinary in prose.
const notEmoji = /^[\u00a9\u00ae\u2122]+$/u
const emoticon =
  /(?<![\p{L}\p{N}:/])(?:[:;=][-'^o]?[)(\]\[DPpO3|\\*]|[:;=][-'^o]?\/(?!\/)|<3(?!\s*(?:\d|years?|months?|weeks?|days?|hours?|%))|\^[_.-]?\^|xD|XD(?=\s|$))(?![\p{L}\p{N}])/gu
const marks = /[!?\u203c\u2047\u2048\u2049]{2,}|[\u203c\u2047\u2048\u2049]/gu

// Capitals that name things rather than raise the voice. Shouting is a run of capitals
// with at least two ordinary words, one of them four letters or more, or one word of six.
const acronyms = new Set(
  `AAMC ERAS NRMP USMLE MSPE PGY COMLEX ICU NICU PICU CCU SICU MICU CVICU ACGME ECFMG NBME NBOME
  AOA AOGME SOAP CARMS MSTP HIPAA COVID NIH CDC WHO FMLA ACLS BLS PALS ATLS NRP USCE IMG FMG AMG
  MD DO MBBS MBCHB PHD MPH MBA MSC MS DNB PLAB OET TOEFL IELTS CK CS PE LOR LORS SLOE SLOES CV
  CVS OSCE OSCES ABIM ABFM ABS ABSITE ITE PRITE ACOG AAFP ACP ACS ASA AAP APA AMA AMSA SNMA LMSA
  AAIM ACAPS NMS EMR EHR EPIC CERNER JCAHO VA VAMC HIV AIDS COPD CHF STEMI NSTEMI ARDS DKA MRI
  CT EKG ECG EEG EMG ED ER OR ENT OB GYN OBGYN PMR PM&R GME UME DIO APD PD PC DEI QI ICD CPT USA
  US UK NYC NYU UCLA UCSF UCSD UCSB UCI UNC UVA UPMC OHSU UTSW MUSC VCU LSU OSU USC UAB UAMS
  UNMC SUNY CUNY LECOM NYIT NYITCOM KCU AACOM AACOMAS FAIMER OPT EAD USCIS DACA SARS NASA UNICEF
  NHS GPA MCAT LGBTQ LGBTQIA BIPOC HBCU STEM NEJM JAMA BMJ JGME OMFS FM IM EM PEDS MFM REI PCCM
  NP PA RN APP CRNA CME MOC IR DR ID GI CCM TY PRELIM UR USUHS UTMB UTHSCSA MCW SLU UIC UMN UCD
  UVM HCA MGH BWH BIDMC CHOP CCHMC NYP MSK MSKCC MDA NCI AHA ACC SCCM SAEM ACEP EMRA AAEM CORD
  ACOEP AAO ASCO ASH ACR RSNA ARRS ACG AGA ATS CHEST IDSA ACCP SGIM SHM AAN AANS ASRA SNMMI
  ASTRO AUA AAD AAOS ASPS PRS ASSH NCCN II III IV VI VII VIII IX XI XII MPHIL MSCR MSCI NIHR
  ORCID PMID DOI URL PDF FAQ FAQS ASAP RSVP FYI TBD TBA ETA EST PST CST MST EDT PDT`.split(
    /\s+/
  )
)

const words = /[\p{L}\p{N}&]+(?:['\u2019][\p{L}]+)*/gu
const between = /^[ \t,\-\u2013\u2014&/"\u201c\u201d']*$/u
// A word of capitals: only capitals, apostrophes and ampersands, and at least one capital.
const capitalsOnly = /^[\p{Lu}'\u2019&]+$/u
const capital = /\p{Lu}/u
const caps = {test: (word: string) => capitalsOnly.test(word) && capital.test(word)}

/** Whether what comes before a word leaves it at the start of a sentence or a line. */
function opensSentence(before: string): boolean {
  const kept = before.trimEnd()
  return kept === '' || /[.!?:]$/.test(kept) || before.slice(kept.length).includes('\n')
}

interface Word {
  text: string
  start: number
  end: number
}

function isAcronym(word: string): boolean {
  const bare = word.replace(/['\u2019]S$/u, '')
  return acronyms.has(bare) || acronyms.has(bare.replace(/S$/u, ''))
}

function letters(word: string): number {
  return word.replace(/[^\p{L}]/gu, '').length
}

function isShouty(run: Word[]): boolean {
  const ordinary = run.filter((word) => !isAcronym(word.text) && letters(word.text) >= 2)
  return (
    (ordinary.length >= 2 && ordinary.some((word) => letters(word.text) >= 4)) ||
    ordinary.some((word) => letters(word.text) >= 6)
  )
}

// A line of capitals and nothing else, with no ! or ?, is a name or a heading:
// "MARIA LOPEZ, MD" under "Sincerely,".
function isNameLine(source: string, run: Word[]): boolean {
  const lineStart = source.lastIndexOf('\n', run[0]!.start - 1) + 1
  let lineEnd = source.indexOf('\n', run[run.length - 1]!.end)
  if (lineEnd === -1) lineEnd = source.length
  const line = source.slice(lineStart, lineEnd)
  return run.length <= 4 && !/[!?]/.test(line) && !/\p{Ll}/u.test(line.replace(/\b(?:Dr|Jr|Sr)\b/gu, ''))
}

// "[PROGRAM NAME]" or "{{DATE}}" is a template slot, which unfilled-placeholder speaks to.
// So is a lone DATE or SPECIALTY where a word is missing, a run of one letter (QQQQ) and an
// instruction left in capitals (INSERT NAME HERE).
const slotWords = new Set(['DATE', 'NAME', 'SPECIALTY', 'PROGRAM', 'HOSPITAL', 'INSTITUTION', 'SCHOOL', 'TITLE', 'SCORE', 'TOPIC', 'COORDINATOR', 'INTERVIEWER', 'CITY'])
function inSlot(source: string, run: Word[]): boolean {
  if (run.length === 1 && (slotWords.has(run[0]!.text) || new Set(run[0]!.text).size === 1)) return true
  if (run[0]!.text === 'INSERT') return true
  const before = source.charAt(run[0]!.start - 1)
  const after = source.charAt(run[run.length - 1]!.end)
  return (before === '[' && after === ']') || (before === '{' && after === '}') || (before === '<' && after === '>')
}

function normalCase(source: string, run: Word[]): string {
  const start = run[0]!.start
  const text = source.slice(start, run[run.length - 1]!.end)
  let out = text.replace(words, (word) =>
    /^I(?:['\u2019]|$)/u.test(word) ? 'I' + word.slice(1).toLowerCase() : isAcronym(word) ? word : word.toLowerCase()
  )
  const before = source.slice(Math.max(0, start - 3), start)
  if (start === 0 || opensSentence(before)) out = out.charAt(0).toUpperCase() + out.slice(1)
  return out
}

// A word in capitals of two letters or more: without one, no run of capitals can shout.
const twoCapitals = /\p{Lu}[\p{Lu}'\u2019&]*\p{Lu}/u

function shouting(source: string, from: number, to: number, report: (finding: Report) => void): void {
  const text = source.slice(from, to)
  if (!twoCapitals.test(text)) return
  let run: Word[] = []
  const flush = (): void => {
    // Acronyms at either end of a run are names, not part of the shout.
    while (run.length > 0 && isAcronym(run[0]!.text)) run.shift()
    while (run.length > 0 && isAcronym(run[run.length - 1]!.text)) run.pop()
    if (run.length > 0 && isShouty(run) && !isNameLine(source, run) && !inSlot(source, run)) {
      const start = run[0]!.start
      const end = run[run.length - 1]!.end
      const actual = source.slice(start, end)
      report({
        start,
        end,
        message: `“${actual}” is in capitals, which reads as shouting; write it in normal case.`,
        suggestions: [{text: normalCase(source, run), safe: true}]
      })
    }
    run = []
  }
  for (const match of text.matchAll(words)) {
    const word = {text: match[0], start: from + match.index, end: from + match.index + match[0].length}
    const isCaps = caps.test(word.text) && (letters(word.text) >= 2 || word.text === 'I' || word.text === 'A')
    const previous = run[run.length - 1]
    if (isCaps && previous && between.test(source.slice(previous.end, word.start))) run.push(word)
    else {
      flush()
      if (isCaps) run.push(word)
    }
  }
  flush()
}

// "u", "ur" and "ty" are text-speak in lower case; "U of M", "UR Medicine" and "Ty" are names.
const shorthand: Record<string, {means: string; safe: boolean}> = {
  u: {means: 'you', safe: true},
  ur: {means: 'your', safe: false},
  ty: {means: 'thank you', safe: true},
  r: {means: 'are', safe: true}
}
const beforeR = new Set(['u', 'you', 'we', 'they', 'how', 'what', 'who', 'where', 'there', 'these', 'those'])

function isShorthand(tokens: readonly Token[], index: number, written: string, source: string): boolean {
  const token = tokens[index]!
  const previous = tokens[index - 1]
  const next = tokens[index + 1]
  const nextChar = source.charAt(token.end)
  if (nextChar === '-' || nextChar === '.' || nextChar === '&' || nextChar === '/') return false
  const sameSentence = (other: Token | undefined): Token | undefined =>
    other && other.sentence === token.sentence ? other : undefined
  switch (token.text) {
    case 'u':
      return (
        sameSentence(next)?.text !== 'of' &&
        !['the', 'vitamin', 'step', 'grade', 'type'].includes(sameSentence(previous)?.text ?? '')
      )
    case 'ur':
      return written !== 'UR'
    case 'ty':
      return written === 'ty' || ['for', 'so', 'again', 'very'].includes(sameSentence(next)?.text ?? '')
    case 'r':
      return (
        written === 'r' &&
        (beforeR.has(sameSentence(previous)?.text ?? '') || ['u', 'you'].includes(sameSentence(next)?.text ?? ''))
      )
    default:
      return false
  }
}

// "sooo", "pleeease", "thanksss": three of one letter in a row.
const stretched = /(\p{Ll})\1\1/u

export function check(document: LintDocument, reportAny: (finding: Report) => void): void {
  const {source, tokens} = document
  // Nothing in a name, a unit or an address is the applicant's register ("Dr. Tho Nguyen",
  // "2 u per day", "example.org/thx/u"), and no rewrite of it would be safe.
  const report = (finding: Report) => {
    if (!document.notWords(finding.start, finding.end)) reportAny(finding)
  }
  for (const region of document.regions) {
    const text = source.slice(region.start, region.end)
    for (const match of text.matchAll(emoji)) {
      const actual = match[0].trimEnd()
      if (notEmoji.test(actual)) continue
      const start = region.start + match.index
      report({
        start,
        end: start + actual.length,
        message: `“${actual}” is an emoji; leave it out of a message to a program.`
      })
    }
    for (const match of text.matchAll(emoticon)) {
      const start = region.start + match.index
      report({
        start,
        end: start + match[0].length,
        message: `“${match[0]}” is an emoticon; leave it out of a message to a program.`
      })
    }
    for (const match of text.matchAll(marks)) {
      const start = region.start + match.index
      const single = /[?\u2047\u2048\u2049]/u.test(match[0]) ? '?' : '!'
      report({
        start,
        end: start + match[0].length,
        message: `“${match[0]}” piles up punctuation; one “${single}” is enough.`,
        suggestions: [{text: single, safe: true}]
      })
    }
    shouting(source, region.start, region.end, report)
  }
  // Most drafts stretch no word: then only the few shorthand words need a look.
  const mayStretch = stretched.test(source)
  tokens.forEach((token, index) => {
    if (token.type !== 'word') return
    const entry = Object.hasOwn(shorthand, token.text) ? shorthand[token.text] : undefined
    if (!entry && !mayStretch) return
    const written = source.slice(token.start, token.end)
    if (entry && isShorthand(tokens, index, written, source)) {
      report({
        start: token.start,
        end: token.end,
        message: `“${written}” is text-speak; write “${entry.means}” in full.`,
        suggestions: [{text: entry.means, safe: entry.safe}]
      })
    } else if (stretched.test(written) && !/^(?:www|xxx+)$/iu.test(written)) {
      report({
        start: token.start,
        end: token.end,
        message: `“${written}” stretches a word for emphasis; write it once, plainly.`
      })
    }
  })
}
