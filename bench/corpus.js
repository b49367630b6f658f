// A deterministic corpus of follow-up drafts for the benchmark, built from sentence pools with a
// seeded generator: the same seed always gives the same drafts, byte for byte.

/** A small, fast seeded generator (mulberry32): numbers in [0, 1). */
export function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const people = ['Okafor', 'Lindqvist', 'Barros', 'Haddad', 'Nakamura', 'Kowalczyk', 'Adeyemi', 'Fitzgerald', 'Quispe', 'Varga']
const programs = ['Riverbend', 'Northgate', 'Eastfield', 'Summit Valley', 'Harborview', 'Pinecrest', 'Willow Creek', 'Granite Falls']
const specialties = ['Internal Medicine', 'Pediatrics', 'Family Medicine', 'Psychiatry', 'Neurology', 'General Surgery']
const months = ['January', 'February']
const applicants = [
  ['Tomasz Wrobel', '17364829'],
  ['Lucia Ferreira', '16492038'],
  ['Kwame Boateng', '18820461'],
  ['Mei-Ling Cho', '15573902'],
  ['Rafael Ortiz', '16038457']
]

// Sentences a careful applicant might write. {p} program, {s} specialty, {d} a faculty name,
// {m} a month, {n} a day of the month.
const clean = {
  'thank-you': [
    'Thank you for the time you gave me on {m} {n} during the {s} interview day at {p}.',
    'Our conversation about the ambulatory block helped me picture how a week on the wards fits with clinic.',
    'I appreciated hearing how residents shape the noon conference schedule each spring.',
    'The residents spoke openly about the demands of the first year, and I valued that candor.',
    'Dr. {d} described the quality improvement curriculum in a way that made the project timeline clear.',
    'I left the day with a clearer sense of how the program supports residents who are new to the region.',
    'The tour of the continuity clinic showed me how the teams divide work between physicians and nurses.',
    'Thank you as well for arranging the virtual social, which let me meet residents outside the formal sessions.',
    'Learning about the night float schedule answered a question I had about sleep and supervision.',
    'I enjoyed the case discussion on the morning report, especially the way the chief guided the differential.',
    'Please share my thanks with the residents who stayed after the panel to answer more questions.',
    'The description of the mentorship pairing was helpful as I think about my own goals for training.',
    'I was glad to learn that the program funds travel for residents who present at regional meetings.',
    'Seeing the simulation center made the procedural training you described feel concrete.'
  ],
  update: [
    'I am writing with a brief update to my application.',
    'My Step 2 CK score was released on {m} {n}, and I passed on the first attempt.',
    'Our manuscript on discharge medication errors was accepted for publication last week.',
    'I completed a sub-internship in {s} at a community hospital since we last spoke.',
    'My poster on screening rates in a student-run clinic was selected for the regional meeting in {m}.',
    'I have also finished the Spanish for clinicians course that I mentioned during my interview.',
    'The abstract I described is now available online, and I can send it if it would help my file.',
    'My visa status has not changed, and my paperwork is in order for a July start.',
    'I was named a co-author on a case report that the journal posted on {m} {n}.'
  ],
  question: [
    'I have a question about the research block in the second year.',
    'Could you tell me whether residents can choose their own continuity clinic site?',
    'Would you be able to share how parental leave is scheduled for interns?',
    'I was also wondering how moonlighting works for residents in the third year.',
    'Is there a way to learn more about the global health elective before rank lists are due?',
    'If it is easier, I would be glad to read any handbook the program already shares with applicants.'
  ],
  correction: [
    'I would like to clarify something I said during my interview with Dr. {d}.',
    'I stated that my research year was at the county hospital, but it was at the university campus.',
    'To be accurate, the project I led enrolled ninety patients, not nine hundred.',
    'I misspoke when I gave the date of my graduation; it is in May, as my application lists.',
    'I wanted the record to be correct before the committee meets.'
  ],
  'forward-request': [
    'Would you be willing to forward a short note of thanks to Dr. {d}?',
    'I did not receive an email address for my interviewers, so I hope you can pass along my thanks.',
    'If it is appropriate, please share this message with the faculty who interviewed me.',
    'I understand if the program prefers not to forward notes, and I am grateful either way.'
  ]
}

// Sentences that the linter should flag: pressure, flattery, social media, slots, informal tone.
const flagged = [
  'You are my number one choice and I will be ranking your program first.',
  'I want to let you know that {p} is at the top of my rank list.',
  'Please know that I am fully committed to ranking you highly.',
  'Could you tell me where I stand on your rank list?',
  'I hope this email improves my chances with the committee.',
  'Your incredible, world-class faculty made the day unforgettable.',
  'The residents were so amazing and the program is truly perfect.',
  'I absolutely loved everything about the program and the city.',
  'You are an inspiration and a true legend in {s}.',
  'I sent you a connection request on LinkedIn so we can keep in touch.',
  'I followed the residency on Instagram and liked every post from the interview day.',
  'I would love to get your personal cell number to talk more about the program.',
  'Thank you again for the interview at [Program Name] on [Date].',
  'Please give my regards to Dr. XXX and the rest of the team.',
  'thx so much for everything, it was awesome!!!',
  'I am SO EXCITED about this program and cannot wait to hear back!!',
  'I really really hope to hear back from you soon.',
  'Please let me know if there is anything else I can do to be considered, I am desperate to match.',
  'I am following up again because I have not heard back since my last three emails.',
  'Did I make a good impression during my interview?'
]

const leads = {
  'thank-you': 'Thank you for my interview with the {p} {s} program on {m} {n}.',
  update: 'I interviewed with the {p} {s} program on {m} {n} and have news to add to my file.',
  question: 'Since my interview with the {p} {s} program on {m} {n}, one question has stayed with me.',
  correction: 'I am writing about my interview with the {p} {s} program on {m} {n}.',
  'forward-request': 'I interviewed with the {p} {s} program on {m} {n} and have a small request.'
}
const openers = ['Dear Dr. {d},', 'Dear Ms. {d},', 'Dear {p} {s} Residency Team,', 'Dear Mr. {d},', 'Hello Dr. {d},']
const closers = ['Sincerely,', 'Best regards,', 'With gratitude,', 'Kind regards,', 'Thank you again,']
const subjects = {
  'thank-you': 'Thank you for the interview on {m} {n}',
  update: 'Application update: {s}',
  question: 'A question about the {p} program',
  correction: 'A correction to my interview answer',
  'forward-request': 'Request to forward a thank-you note'
}
const kinds = Object.keys(clean)

function pick(next, list) {
  return list[Math.floor(next() * list.length)]
}

function words(text) {
  return text.split(/\s+/).filter(Boolean).length
}

/**
 * One draft of `target` words or a little more. A share of the drafts carry one to three
 * flagged sentences; the rest are clean.
 */
function draft(next, target) {
  const slots = {
    d: pick(next, people),
    p: pick(next, programs),
    s: pick(next, specialties),
    m: pick(next, months),
    n: String(1 + Math.floor(next() * 28))
  }
  const fill = (text) => text.replace(/\{([dpsmn])\}/g, (_, key) => slots[key])
  const kind = pick(next, kinds)
  const pool = [...clean[kind], ...clean[kind], ...clean['thank-you']]
  const flags = next() < 0.45 ? 1 + Math.floor(next() * 3) : 0
  // The first sentence names the program and the day, as a careful draft does.
  const sentences = [fill(leads[kind])]
  let count = words(sentences[0]) + 8 + 12 * flags // the subject, salutation, signature and flagged sentences
  for (;;) {
    const sentence = fill(pick(next, pool))
    if (count + words(sentence) > target && count + 15 >= target) break
    sentences.push(sentence)
    count += words(sentence)
  }
  for (let i = 0; i < flags; i++) {
    sentences.splice(Math.floor(next() * (sentences.length + 1)), 0, fill(pick(next, flagged)))
  }
  const paragraphs = []
  for (let i = 0; i < sentences.length; ) {
    const size = 3 + Math.floor(next() * 5)
    paragraphs.push(sentences.slice(i, i + size).join(' '))
    i += size
  }
  const [name, id] = pick(next, applicants)
  const lines = []
  if (next() < 0.5) lines.push(`Subject: ${fill(subjects[kind])}`, '')
  lines.push(fill(pick(next, openers)), '', paragraphs.join('\n\n'), '', pick(next, closers), name, `AAMC ID: ${id}`)
  return lines.join('\n') + '\n'
}

/** `count` drafts of 80 to 400 words (counting the body), the same for the same seed. */
export function generateDrafts(count = 2000, seed = 20260112) {
  const next = random(seed)
  const drafts = []
  for (let i = 0; i < count; i++) drafts.push(draft(next, 95 + Math.floor(next() * 281)))
  return drafts
}

/** One long file of about `bytes` (UTF-8), drafts one after the other, separated by rules. */
export function generateLong(bytes, seed = 7) {
  const next = random(seed)
  const parts = []
  let size = 0
  while (size < bytes) {
    const text = draft(next, 95 + Math.floor(next() * 281))
    parts.push(text)
    size += Buffer.byteLength(text) + 7
  }
  return parts.join('\n* * *\n\n')
}

/** A draft of about `target` words, for the editor measurements. */
export function generateOne(target, seed = 300) {
  return draft(random(seed), target)
}
