import { APIError } from 'payload'

/**
 * An error whose message the person in the admin (or the API caller) must read. The explicit name
 * matters: the production build minifies class names to nothing, and Payload's error formatter
 * then replaces the message with "An unknown error occurred."
 */
export function publicError(message: string, status = 400): APIError {
  const error = new APIError(message, status, { message }, true)
  error.name = 'WerkvloerError'
  return error
}
