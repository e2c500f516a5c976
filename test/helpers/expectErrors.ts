import { expect } from 'vitest'

/** Payload answers a refused operation with a 403 Forbidden error (its text follows the admin language). */
export async function expectForbidden(operation: Promise<unknown>): Promise<void> {
  const error = await operation.then(
    () => undefined,
    (e: unknown) => e as { status?: number; name?: string },
  )
  expect(error, 'the operation was allowed').toBeDefined()
  expect(error?.status).toBe(403)
}

/** A validation error names the field and carries our own message for it. */
export async function expectFieldError(operation: Promise<unknown>, field: string, message: RegExp): Promise<void> {
  const error = await operation.then(
    () => undefined,
    (e: unknown) => e as { status?: number; data?: { errors?: { path: string; message: string }[] } },
  )
  expect(error, 'the invalid data was accepted').toBeDefined()
  expect(error?.status).toBe(400)
  const fieldError = error?.data?.errors?.find((e) => e.path === field)
  expect(fieldError?.message).toMatch(message)
}
