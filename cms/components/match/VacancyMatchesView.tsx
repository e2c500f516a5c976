'use client'
export function VacancyMatchesView() {
  return null
}
