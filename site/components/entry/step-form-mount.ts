/**
 * Turns the server-rendered quiz / business-case form into the stepper: hydrates StepForm with
 * the same props the server used (a JSON block next to it — data, never executed, so the page's
 * Content-Security-Policy needs no inline script). Loaded only on the quiz and case pages.
 */
import { createElement } from 'react'
import { hydrateRoot } from 'react-dom/client'

import { StepForm, type StepFormProps } from './StepForm'

for (const root of document.querySelectorAll<HTMLElement>('[data-step-form]')) {
  const data = document.getElementById(root.dataset.stepForm ?? '')?.textContent
  if (!data) continue
  hydrateRoot(root, createElement(StepForm, JSON.parse(data) as StepFormProps))
}
