// The month names live with core's one date reader, so that every rule reads dates alike.
export {monthName} from '@followup-lint/core'
