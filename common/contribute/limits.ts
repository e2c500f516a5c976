/**
 * How long what an employee types in the contribution flow may be. The site checks first (with
 * messages in the employee's words), the CMS checks again (the check that counts): both read
 * these numbers, so the two checks cannot drift apart.
 */
export const contributionLimits = {
  name: 120,
  role: 120,
  department: 120,
  email: 254,
  releaseVersion: 64,
  storyTitle: 140,
  storyTextMin: 40,
  storyTextMax: 8000,
} as const
