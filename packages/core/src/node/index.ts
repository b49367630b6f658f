export {decodeDraft, describe, InputError, readDraft} from './read.js'
