// What a draft's tone is made of, defined once for the rules that report it (informal-tone)
// and the score that weighs it (read-aloud): emoji and shouting in capitals.

// A pictograph with its modifiers, joiners and variation selectors, or a pair of flags.
const pictographs =
  /(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:[\u{FE0F}\u{200D}\u{20E3}\p{Emoji_Modifier}\p{Extended_Pictographic}\p{Regional_Indicator}\s]*(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u{FE0F}))*/gu
// ©, ®, ™ and ‼ are pictographs to Unicode but are drawn as text, as ordinary prose uses them;
// only the emoji variation selector (U+FE0F) after one asks for the picture.
const drawnAsPicture = /\p{Emoji_Presentation}|\u{FE0F}|\p{Regional_Indicator}|\p{Emoji_Modifier}/u

/** The emoji in a text, each with its offset in the text: the symbols drawn as text left out. */
export function emojiIn(text: string): {index: number; text: string}[] {
  const found = []
  for (const match of text.matchAll(pictographs)) {
    // A run may hold symbols drawn as text beside the pictures ("🙏 ©"): it starts at its first
    // picture and ends after its last, each a group between spaces.
    const groups = [...match[0].matchAll(/\S+/gu)].filter((group) => drawnAsPicture.test(group[0]))
    const first = groups[0]
    const last = groups.at(-1)
    if (!first || !last) continue
    found.push({index: match.index + first.index, text: match[0].slice(first.index, last.index + last[0].length)})
  }
  return found
}

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

export const words = /[\p{L}\p{N}&]+(?:['\u2019][\p{L}]+)*/gu
const between = /^[ \t,\-\u2013\u2014&/"\u201c\u201d']*$/u
// A word of capitals: only capitals, apostrophes and ampersands, and at least one capital.
const capitalsOnly = /^[\p{Lu}'\u2019&]+$/u
const capital = /\p{Lu}/u
const caps = {test: (word: string) => capitalsOnly.test(word) && capital.test(word)}

export interface Word {
  text: string
  start: number
  end: number
}

export function isAcronym(word: string): boolean {
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

// Every shout holds an ordinary word (no acronym) of four letters or more in capitals, so a
// text with none cannot shout: most drafts' capitals are AAMC, ERAS or CK.
const capitalRuns = /[\p{Lu}'\u2019&]{4,}/gu

function mayShout(text: string): boolean {
  for (const match of text.matchAll(capitalRuns)) {
    if (letters(match[0]) >= 4 && !isAcronym(match[0])) return true
  }
  return false
}

/**
 * The shouted phrases between two offsets of the source, each as its words: runs of capitals
 * with at least two ordinary words, one of them four letters or more, or one word of six;
 * not the field's acronyms, a name on a line of its own, or a template slot.
 */
export function shoutedRuns(source: string, from: number, to: number): Word[][] {
  // informal-tone and the read-aloud score both ask, for the same stretches of the same draft.
  if (cached.source !== source) {
    cached.source = source
    cached.runs.clear()
  }
  const key = `${from}:${to}`
  let runs = cached.runs.get(key)
  if (!runs) cached.runs.set(key, (runs = findShoutedRuns(source, from, to)))
  return runs
}

const cached: {source: string | undefined; runs: Map<string, Word[][]>} = {source: undefined, runs: new Map()}

/** The shouted runs; `gate` false reads every word even where no shout can be (for tests). */
export function findShoutedRuns(source: string, from: number, to: number, gate = true): Word[][] {
  const text = source.slice(from, to)
  const shouted: Word[][] = []
  if (gate && !mayShout(text)) return shouted
  let run: Word[] = []
  const flush = (): void => {
    // Acronyms at either end of a run are names, not part of the shout.
    while (run.length > 0 && isAcronym(run[0]!.text)) run.shift()
    while (run.length > 0 && isAcronym(run[run.length - 1]!.text)) run.pop()
    if (run.length > 0 && isShouty(run) && !isNameLine(source, run) && !inSlot(source, run)) shouted.push(run)
    run = []
  }
  for (const match of text.matchAll(words)) {
    // Most words open with a small letter or a digit: no test needed to know they are not capitals.
    const first = match[0].charCodeAt(0)
    const isCaps =
      !((first >= 97 && first <= 122) || (first >= 48 && first <= 57)) &&
      caps.test(match[0]) &&
      (letters(match[0]) >= 2 || match[0] === 'I' || match[0] === 'A')
    if (!isCaps && run.length === 0) continue
    const word = {text: match[0], start: from + match.index, end: from + match.index + match[0].length}
    const previous = run[run.length - 1]
    if (isCaps && previous && between.test(source.slice(previous.end, word.start))) run.push(word)
    else {
      flush()
      if (isCaps) run.push(word)
    }
  }
  flush()
  return shouted
}
