export {disableRuleAction, isMarkdown, suggestionActions, topInsertOffset} from './actions.js'
export {findingsAt, hoverFor, ruleMarkdown} from './hover.js'
export {expandBraces, globMatcher, maxAlternatives} from './glob.js'
export {findRuleDocsDir, ruleDocs} from './rule-docs.js'
export {declaresFollowUp, draftFiles, inScope} from './scope.js'
export {configFileGlob, type ServerOptions, settingsSection, startServer} from './server.js'
export {
  defaultSettings,
  mergeSettings,
  type PartialSettings,
  parseSettings,
  type Settings,
  SettingsStore
} from './settings.js'
export {
  diagnosticSource,
  scoreCode,
  scoreDiagnostic,
  scoreMessage,
  toLspDiagnostic,
  toLspDiagnostics,
  toLspSeverity
} from './translate.js'
