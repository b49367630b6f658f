// The options page: the applicant profile and rule settings, kept in the extension's local
// storage as the configuration a .followuplintrc.yaml holds, and exported as or imported from
// one. A file the command line would refuse is refused here too, in one line, and nothing is saved.
import {policies, type RuleSetting} from '@followup-lint/core'
import {parse, stringify} from 'yaml'
import {rules} from '../../web/src/lint.js'
import {byId} from './pages.js'
import {api} from './browser.js'
import {checkSettings, configName} from './settings.js'

type Config = Record<string, unknown> & {
  rules?: Record<string, RuleSetting>
  applicant?: {name?: string; aamcId?: string; programs?: ProgramEntry[]}
}
interface ProgramEntry {
  name: string
  specialty?: string
  interviewDate?: string
  coordinator?: string
  interviewers?: string[]
  policy?: string
  aliases?: string[]
}

// A profile of many programs is a few kilobytes; the command line's cap for a config file.
const maxImportBytes = 1024 * 1024
const levels = ['off', 'info', 'warning', 'error'] as const

const form = byId<HTMLFormElement>('settings')
const nameInput = byId<HTMLInputElement>('name')
const aamcInput = byId<HTMLInputElement>('aamc-id')
const programsBox = byId<HTMLDivElement>('programs')
const rulesBox = byId<HTMLDivElement>('rules')
const panelOnly = byId<HTMLInputElement>('panel-only')
const saveStatus = byId<HTMLParagraphElement>('save-status')
const importError = byId<HTMLParagraphElement>('import-error')
const importInput = byId<HTMLInputElement>('import')

/** The stored configuration: keys the form does not show (context, phrases) are kept as they are. */
let stored: Config = {}
let programCount = 0

function field(labelText: string, input: HTMLInputElement | HTMLSelectElement, key: string): HTMLDivElement {
  const wrap = document.createElement('div')
  const id = `program-${++programCount}-${key}`
  input.id = id
  input.dataset.key = key
  const label = document.createElement('label')
  label.htmlFor = id
  label.textContent = labelText
  wrap.append(label, input)
  return wrap
}

function textInput(value: string | undefined, type = 'text'): HTMLInputElement {
  const input = document.createElement('input')
  input.type = type
  input.value = value ?? ''
  return input
}

function addProgram(entry: Partial<ProgramEntry> = {}): void {
  const row = document.createElement('div')
  row.className = 'program'
  const policy = document.createElement('select')
  for (const value of ['', ...policies]) {
    const option = document.createElement('option')
    option.value = value
    option.textContent = value === '' ? '(not stated)' : value
    policy.append(option)
  }
  policy.value = entry.policy ?? ''
  const remove = document.createElement('button')
  remove.type = 'button'
  remove.textContent = 'Remove this program'
  remove.addEventListener('click', () => row.remove())
  row.append(
    field('Program name', textInput(entry.name), 'name'),
    field('Specialty', textInput(entry.specialty), 'specialty'),
    field('Interview date', textInput(entry.interviewDate, 'date'), 'interviewDate'),
    field('Coordinator', textInput(entry.coordinator), 'coordinator'),
    field('Interviewers (comma between names)', textInput(entry.interviewers?.join(', ')), 'interviewers'),
    field('Contact policy', policy, 'policy'),
    remove
  )
  // Aliases are edited in the file; the form keeps them.
  if (entry.aliases) row.dataset.aliases = JSON.stringify(entry.aliases)
  programsBox.append(row)
}

function drawRules(): void {
  for (const rule of rules) {
    const id = `rule-${rule.meta.id}`
    const label = document.createElement('label')
    label.htmlFor = id
    const code = document.createElement('code')
    code.textContent = rule.meta.id
    label.append(code, ` ${rule.meta.summary}`)
    const select = document.createElement('select')
    select.id = id
    select.dataset.rule = rule.meta.id
    for (const value of ['', ...levels]) {
      const option = document.createElement('option')
      option.value = value
      option.textContent = value === '' ? `default (${rule.meta.severity})` : value
      select.append(option)
    }
    rulesBox.append(label, select)
  }
}

function fill(config: Config, onlyPanel: boolean): void {
  stored = config
  nameInput.value = config.applicant?.name ?? ''
  aamcInput.value = config.applicant?.aamcId ?? ''
  programsBox.replaceChildren()
  for (const program of config.applicant?.programs ?? []) addProgram(program)
  for (const select of rulesBox.querySelectorAll<HTMLSelectElement>('select')) {
    const setting = config.rules?.[select.dataset.rule!]
    select.value = (Array.isArray(setting) ? setting[0] : setting) ?? ''
  }
  panelOnly.checked = onlyPanel
}

/** The configuration the form describes, over the stored one. */
function fromForm(): Config {
  const config: Config = {...stored}
  const ruleSettings: Record<string, RuleSetting> = {}
  for (const select of rulesBox.querySelectorAll<HTMLSelectElement>('select')) {
    if (select.value === '') continue
    const before = stored.rules?.[select.dataset.rule!]
    // A rule's options come from the file; choosing its severity here keeps them.
    ruleSettings[select.dataset.rule!] = (Array.isArray(before) && before[1] ? [select.value, before[1]] : select.value) as RuleSetting
  }
  if (Object.keys(ruleSettings).length > 0) config.rules = ruleSettings
  else delete config.rules
  const programs = [...programsBox.querySelectorAll<HTMLDivElement>('.program')].flatMap((row) => {
    const value = (key: string) => row.querySelector<HTMLInputElement>(`[data-key="${key}"]`)!.value.trim()
    const entry: ProgramEntry = {name: value('name')}
    if (entry.name === '') return []
    if (value('specialty')) entry.specialty = value('specialty')
    if (value('interviewDate')) entry.interviewDate = value('interviewDate')
    if (value('coordinator')) entry.coordinator = value('coordinator')
    const interviewers = value('interviewers').split(',').map((name) => name.trim()).filter(Boolean)
    if (interviewers.length > 0) entry.interviewers = interviewers
    if (value('policy')) entry.policy = value('policy')
    if (row.dataset.aliases) entry.aliases = JSON.parse(row.dataset.aliases) as string[]
    return [entry]
  })
  const applicant: NonNullable<Config['applicant']> = {}
  if (nameInput.value.trim()) applicant.name = nameInput.value.trim()
  if (aamcInput.value.trim()) applicant.aamcId = aamcInput.value.trim()
  if (programs.length > 0) applicant.programs = programs
  if (Object.keys(applicant).length > 0) config.applicant = applicant
  else delete config.applicant
  return config
}

function firstLine(error: unknown): string {
  return ((error as Error).message ?? String(error)).split('\n')[0]!
}

form.addEventListener('submit', (event) => {
  event.preventDefault()
  const config = fromForm()
  try {
    checkSettings(config)
  } catch (error) {
    saveStatus.textContent = `Not saved: ${firstLine(error)}`
    saveStatus.className = 'error-line'
    return
  }
  void api.storage.local.set({config, panelOnly: panelOnly.checked}).then(() => {
    stored = config
    saveStatus.textContent = 'Saved.'
    saveStatus.className = ''
  })
})

byId<HTMLButtonElement>('export').addEventListener('click', () => {
  const text = `# followup-lint configuration, exported from the browser extension.\n${stringify(fromForm())}`
  const link = document.createElement('a')
  link.href = URL.createObjectURL(new Blob([text], {type: 'text/yaml'}))
  link.download = configName
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 1000)
})

/** Read, check and save an imported file; a problem is shown in one line and nothing is saved. */
export async function importText(name: string, text: string): Promise<void> {
  let data: unknown
  try {
    data = parse(text)
  } catch (error) {
    throw new Error(`${name}: not valid YAML: ${firstLine(error)}`)
  }
  checkSettings(data ?? {}, name)
  const config = (data ?? {}) as Config
  await api.storage.local.set({config})
  fill(config, panelOnly.checked)
}

importInput.addEventListener('change', () => {
  const file = importInput.files?.[0]
  importInput.value = ''
  if (!file) return
  importError.hidden = true
  const run = async () => {
    if (file.size > maxImportBytes) throw new Error(`${file.name}: over 1 MB, too large for a config file`)
    await importText(file.name, await file.text())
    saveStatus.textContent = `Imported ${file.name}.`
    saveStatus.className = ''
  }
  run().catch((error: unknown) => {
    importError.textContent = firstLine(error)
    importError.hidden = false
  })
})

byId<HTMLButtonElement>('add-program').addEventListener('click', () => addProgram())

drawRules()
void api.storage.local.get(['config', 'panelOnly']).then((saved) => {
  fill((saved.config as Config | undefined) ?? {}, saved.panelOnly === true)
})
