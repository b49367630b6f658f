// Which documents are drafts. An editor that attaches the server to every Markdown and text
// file (VS Code) narrows it with the `files` setting; a draft outside those folders still
// counts when its front matter says what message it is.
import {adaptDraft, messageKinds} from '@followup-lint/core'
import {globMatcher} from './glob.js'

/** The files the VS Code extension checks by default: drafts and templates folders, and emails. */
export const draftFiles: readonly string[] = Object.freeze([
  '**/{drafts,draft,templates,template,follow-ups,followups,emails,letters}/**/*.{txt,md,markdown}',
  '**/*.eml'
])

// Front matter is a few lines at the top; a file over this much before its closing line is no
// draft, and this check runs on every edit of every open file, however large.
const frontMatterLimit = 64 * 1024

/** Front matter keys that only a message has, so one of them makes a file a follow-up. */
const messageKeys = ['recipient', 'interview-date', 'sent-date']

/**
 * Whether a draft's front matter declares it a follow-up: a `kind` that is one of the message
 * kinds, a `recipient`, `interview-date` or `sent-date`, or `template: true`. A blog post's
 * `kind: post`, front matter that is not valid YAML, or one that does not close within the
 * first 64 KB declares nothing.
 */
export async function declaresFollowUp(text: string): Promise<boolean> {
  if (!/^---[ \t]*[\r\n]/.test(text)) return false
  let frontMatter: Record<string, unknown> | undefined
  try {
    // Read as plain text: only the front matter is wanted, not the Markdown tree.
    frontMatter = (await adaptDraft(text.slice(0, frontMatterLimit), {format: 'text'})).frontMatter
  } catch {
    return false
  }
  if (!frontMatter) return false
  return (
    frontMatter.template === true ||
    (messageKinds as readonly unknown[]).includes(frontMatter.kind) ||
    messageKeys.some((key) => Object.hasOwn(frontMatter, key))
  )
}

// One matcher per `files` setting: settings are cached per document, so the list is too.
const matchers = new WeakMap<readonly string[], (filePath: string) => boolean>()

function matcherOf(files: readonly string[]): (filePath: string) => boolean {
  let matcher = matchers.get(files)
  if (!matcher) {
    matcher = globMatcher(files)
    matchers.set(files, matcher)
  }
  return matcher
}

/**
 * Whether a document is checked. Without a `files` setting, every one is. With one, a file
 * that matches a pattern is, and so is one whose front matter declares a follow-up; a
 * document not yet saved (no path to match) is checked, as a draft pasted in to try.
 */
export async function inScope(filePath: string | undefined, text: string, files: readonly string[] | undefined): Promise<boolean> {
  if (files === undefined || filePath === undefined) return true
  return matcherOf(files)(filePath) || declaresFollowUp(text)
}
