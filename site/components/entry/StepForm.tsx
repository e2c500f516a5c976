/**
 * The quiz and the business case: a form of steps, each a group of radio buttons.
 *
 * Rendered on the server as a plain GET form with every step visible — that is the version that
 * works without JavaScript. In the browser it is hydrated (./step-form-mount.ts) and becomes a
 * stepper: one step at a time with Previous/Next, focus moved to each new step, a message in a
 * live region when Next is pressed without an answer, and (business case) the colleague's
 * feedback on a choice as soon as it is made. The last step submits the same form, so the result
 * page is computed on the server either way.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react'

export interface StepOption {
  id: string
  label: string
  /** Business case: what a colleague says about this choice. */
  feedback?: string
}

export interface Step {
  id: string
  /** "Vraag 2 van 5" */
  count: string
  title: string
  /** Business case: the situation before the question. */
  situation?: string
  options: StepOption[]
}

export interface StepFormProps {
  kind: 'quiz' | 'case'
  action: string
  /** Radio group names are prefix + step id. */
  prefix: string
  hidden: Record<string, string>
  steps: Step[]
  selected: Record<string, string>
  /** Server-side errors per step id (after "show my result" with gaps), and their summary. */
  errors: Record<string, string>
  errorsTitle: string
  text: { next: string; previous: string; submit: string; chooseAnswer: string; feedback: string }
}

export function StepForm(props: StepFormProps) {
  const { kind, steps, prefix, text } = props
  const [enhanced, setEnhanced] = useState(false)
  const [selected, setSelected] = useState<Record<string, string>>(props.selected)
  const firstMissing = steps.findIndex((s) => props.errors[s.id])
  const [current, setCurrent] = useState(firstMissing >= 0 ? firstMissing : 0)
  // After a server round trip with gaps, the stepper opens at the first gap with its message.
  const [stepError, setStepError] = useState<string | null>(firstMissing >= 0 ? (props.errors[steps[firstMissing]!.id] ?? null) : null)
  const stepRefs = useRef<(HTMLHeadingElement | null)[]>([])
  const moved = useRef(false)

  useEffect(() => setEnhanced(true), [])

  useEffect(() => {
    // Focus follows the step, but not on the first render: the page starts at its heading.
    if (!enhanced || !moved.current) return
    stepRefs.current[current]?.focus()
  }, [current, enhanced])

  const go = (index: number) => {
    moved.current = true
    setStepError(null)
    setCurrent(index)
  }

  const next = () => {
    const step = steps[current]
    if (!step) return
    if (!selected[step.id]) {
      setStepError(text.chooseAnswer)
      document.getElementById(`step-${step.id}`)?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus()
      return
    }
    go(current + 1)
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!enhanced) return
    const missing = steps.findIndex((s) => !selected[s.id])
    if (missing >= 0) {
      event.preventDefault()
      if (missing !== current) go(missing)
      setStepError(text.chooseAnswer)
    }
  }

  const isLast = current === steps.length - 1
  const errorEntries = Object.entries(props.errors)

  return (
    <form className={`steps-form steps-form--${kind}`} method="get" action={props.action} noValidate onSubmit={onSubmit} data-testid={`${kind}-form`} data-enhanced={enhanced ? 'true' : undefined}>
      {Object.entries(props.hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {!enhanced && errorEntries.length > 0 && (
        <div className="notice notice--error entry-errors" role="alert" data-testid={`${kind}-errors`}>
          <p className="notice__title">{props.errorsTitle}</p>
          <ul>
            {errorEntries.map(([id, message]) => (
              <li key={id}>{steps.some((s) => s.id === id) ? <a href={`#step-${id}`}>{message}</a> : message}</li>
            ))}
          </ul>
        </div>
      )}
      {enhanced && (
        <div className="progress" aria-hidden="true">
          <span className="progress__bar" style={{ width: `${Math.round(((current + 1) / steps.length) * 100)}%` }} />
        </div>
      )}
      <div className="steps">
        {steps.map((step, index) => {
          const error = enhanced ? (index === current ? stepError : null) : (props.errors[step.id] ?? null)
          const errorId = `step-${step.id}-error`
          const situationId = `step-${step.id}-situation`
          const choice = step.options.find((o) => o.id === selected[step.id])
          return (
            <div key={step.id} id={`step-${step.id}`} className={`step${error ? ' step--invalid' : ''}`} hidden={enhanced && index !== current} data-testid="step">
              <h2
                className="step__count"
                tabIndex={-1}
                ref={(el) => {
                  stepRefs.current[index] = el
                }}
              >
                {step.count}
              </h2>
              {step.situation && (
                <p className="step__situation" id={situationId}>
                  {step.situation}
                </p>
              )}
              <fieldset className="step__group" aria-describedby={[step.situation ? situationId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined}>
                <legend className="step__legend">{step.title}</legend>
                <div aria-live="assertive">
                  {error && (
                    <p className="step__error" id={errorId}>
                      {error}
                    </p>
                  )}
                </div>
                <ul className="options" role="list">
                  {step.options.map((option) => (
                    <li key={option.id}>
                      <label className="option">
                        <input
                          type="radio"
                          name={`${prefix}${step.id}`}
                          value={option.id}
                          checked={selected[step.id] === option.id}
                          onChange={() => {
                            setSelected((s) => ({ ...s, [step.id]: option.id }))
                            setStepError(null)
                          }}
                        />
                        <span>{option.label}</span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
              {kind === 'case' && enhanced && (
                <div className="step__feedback-region" aria-live="polite">
                  {choice?.feedback && (
                    <div className="step__feedback" data-testid="case-feedback">
                      <p className="step__feedback-title">{text.feedback}</p>
                      <p>{choice.feedback}</p>
                    </div>
                  )}
                </div>
              )}
            </div>
          )
        })}
      </div>
      <div className="step-nav">
        {enhanced && current > 0 && (
          <button type="button" className="button button--ghost" onClick={() => go(current - 1)}>
            {text.previous}
          </button>
        )}
        {enhanced && !isLast ? (
          <button type="button" className="button button--primary" onClick={next}>
            {text.next}
          </button>
        ) : (
          <button type="submit" className="button button--primary">
            {text.submit}
          </button>
        )}
      </div>
    </form>
  )
}
