import { enhanceEntryForms } from './enhance-form'

enhanceEntryForms(document)
