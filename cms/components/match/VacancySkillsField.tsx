'use client'
export function VacancySkillsField() {
  return null
}
