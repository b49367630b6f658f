// The user's settings, kept in the extension's local storage only: a configuration as a
// .followuplintrc.yaml holds it (rules, applicant profile, context), and whether underlines
// are drawn or the findings are listed in the panel only.
import {configuredLinter, emptyConfig, type ResolvedConfig} from '@followup-lint/core'
// The config file's checks hold no Node code: they sit beside core's file loader so that the
// command line loads their schema library only when it finds a config file.
import {checkConfig} from '../../core/src/node/config-schema.js'
import {rules} from '../../web/src/lint.js'
import {api} from './browser.js'

export interface Settings {
  config: ResolvedConfig
  panelOnly: boolean
  /** What is wrong with the stored configuration, when it cannot be used. */
  problem?: string
}

/** The file name settings are exported as, and named by in errors. */
export const configName = '.followuplintrc.yaml'

/**
 * Check a configuration as the command line checks a config file, rule ids and options
 * included. A problem throws a ConfigError naming the key.
 */
export function checkSettings(data: unknown, where = configName): ResolvedConfig {
  const config = checkConfig(data, where)
  configuredLinter(config, rules)
  return config
}

export async function loadSettings(): Promise<Settings> {
  const stored = await api.storage.local.get(['config', 'panelOnly'])
  const panelOnly = stored.panelOnly === true
  if (stored.config === undefined) return {config: emptyConfig, panelOnly}
  try {
    return {config: checkSettings(stored.config), panelOnly}
  } catch (error) {
    return {config: emptyConfig, panelOnly, problem: (error as Error).message}
  }
}
