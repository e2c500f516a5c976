/**
 * Demo entry points: a five-question "which role suits you?" quiz weighted toward the demo
 * departments, and a key-account business case. Idempotent by slug, like the rest of the seed.
 */
import type { Payload } from 'payload'

type L = { nl: string; en: string }
type Weights = Partial<Record<'klantenservice' | 'sales' | 'accountmanagement', number>>

interface DemoOption {
  label: L
  departments: Weights
  skills: Partial<Record<string, number>>
}

export const demoQuiz = {
  slug: 'welke-rol-past-bij-jou',
  title: { nl: 'Welke rol past bij jou?', en: 'Which role suits you?' },
  intro: {
    nl: 'Vijf vragen over hoe jij het liefst werkt. Je ziet meteen welke vacatures en collega’s bij je passen. Je hoeft niets in te vullen over jezelf.',
    en: 'Five questions about how you like to work. You will see at once which vacancies and colleagues match you. Nothing to fill in about yourself.',
  },
  vacancies: ['klantenservicemedewerker-zakelijk', 'inside-sales-medewerker', 'key-account-manager', 'sales-manager-benelux', 'accountmanager-binnendienst', 'customer-success-manager'],
  skills: [
    { key: 'klantcontact', label: { nl: 'Klantcontact', en: 'Customer contact' }, vacancies: ['klantenservicemedewerker-zakelijk', 'customer-success-manager'] },
    { key: 'overtuigen', label: { nl: 'Overtuigen', en: 'Persuading' }, vacancies: ['inside-sales-medewerker', 'sales-manager-benelux'] },
    { key: 'relaties', label: { nl: 'Relaties opbouwen', en: 'Building relationships' }, vacancies: ['key-account-manager', 'accountmanager-binnendienst'] },
    { key: 'analyseren', label: { nl: 'Analyseren', en: 'Analysing' }, vacancies: ['key-account-manager', 'customer-success-manager'] },
    { key: 'structuur', label: { nl: 'Structuur houden', en: 'Keeping things organised' }, vacancies: ['klantenservicemedewerker-zakelijk', 'accountmanager-binnendienst'] },
    { key: 'leiding', label: { nl: 'Leidinggeven', en: 'Leading people' }, vacancies: ['sales-manager-benelux'] },
  ],
  questions: [
    {
      question: { nl: 'Het is maandagochtend. Waar krijg jij energie van?', en: 'It is Monday morning. What gives you energy?' },
      options: [
        { label: { nl: 'Een volle inbox met vragen die ik kan oplossen', en: 'A full inbox of questions I can solve' }, departments: { klantenservice: 3 }, skills: { klantcontact: 2, structuur: 1 } },
        { label: { nl: 'Een lijst met bedrijven die ik nog niet ken', en: 'A list of companies I do not know yet' }, departments: { sales: 3 }, skills: { overtuigen: 2 } },
        { label: { nl: 'Koffie met een klant die ik al jaren ken', en: 'Coffee with a customer I have known for years' }, departments: { accountmanagement: 3 }, skills: { relaties: 2 } },
      ],
    },
    {
      question: { nl: 'Een klant is boos omdat een zending te laat is. Wat doe je?', en: 'A customer is angry because a shipment is late. What do you do?' },
      options: [
        { label: { nl: 'Ik zoek uit waar de zending is en bel terug met een oplossing', en: 'I find out where the shipment is and call back with a solution' }, departments: { klantenservice: 3 }, skills: { klantcontact: 1, structuur: 1 } },
        { label: { nl: 'Ik kijk of een snellere service hem beter zou helpen', en: 'I see whether a faster service would help them better' }, departments: { sales: 2 }, skills: { overtuigen: 1 } },
        { label: { nl: 'Ik plan een gesprek om te voorkomen dat het weer gebeurt', en: 'I plan a meeting to prevent it from happening again' }, departments: { accountmanagement: 3 }, skills: { analyseren: 1, relaties: 1 } },
      ],
    },
    {
      question: { nl: 'Wanneer ben je tevreden over je werkdag?', en: 'When are you happy with your working day?' },
      options: [
        { label: { nl: 'Als alle vragen beantwoord zijn', en: 'When every question has been answered' }, departments: { klantenservice: 2 }, skills: { structuur: 2 } },
        { label: { nl: 'Als ik een deal heb gesloten', en: 'When I have closed a deal' }, departments: { sales: 3 }, skills: { overtuigen: 1 } },
        { label: { nl: 'Als een klant zegt dat hij niet meer zonder ons kan', en: 'When a customer says they cannot do without us' }, departments: { accountmanagement: 2 }, skills: { relaties: 2 } },
      ],
    },
    {
      question: { nl: 'Welk compliment hoor je het vaakst?', en: 'Which compliment do you hear most often?' },
      options: [
        { label: { nl: '“Je blijft altijd zo rustig.”', en: '“You always stay so calm.”' }, departments: { klantenservice: 2 }, skills: { klantcontact: 1 } },
        { label: { nl: '“Jij krijgt iedereen mee.”', en: '“You win everybody over.”' }, departments: { sales: 2 }, skills: { overtuigen: 2 } },
        { label: { nl: '“Je denkt altijd een stap vooruit.”', en: '“You always think one step ahead.”' }, departments: { accountmanagement: 2 }, skills: { analyseren: 2 } },
        { label: { nl: '“Je brengt mensen bij elkaar.”', en: '“You bring people together.”' }, departments: { sales: 1, accountmanagement: 1 }, skills: { leiding: 2 } },
      ],
    },
    {
      question: { nl: 'Hoe werk je het liefst?', en: 'How do you like to work?' },
      options: [
        { label: { nl: 'Met een vast ritme en een team om me heen', en: 'With a steady rhythm and a team around me' }, departments: { klantenservice: 2 }, skills: { structuur: 1 } },
        { label: { nl: 'Veel aan de telefoon, met een doel om voor te gaan', en: 'On the phone a lot, with a target to go for' }, departments: { sales: 2 }, skills: { overtuigen: 1 } },
        { label: { nl: 'Op pad naar klanten, met ruimte voor eigen plannen', en: 'Out visiting customers, with room for my own plans' }, departments: { accountmanagement: 2 }, skills: { relaties: 1, analyseren: 1 } },
      ],
    },
  ] satisfies { question: L; options: DemoOption[] }[],
}

export const demoCase = {
  slug: 'een-key-account-dreigt-te-vertrekken',
  title: { nl: 'Een key account dreigt te vertrekken', en: 'A key account threatens to leave' },
  role: { nl: 'Key account manager', en: 'Key account manager' },
  vacancies: ['key-account-manager', 'accountmanager-binnendienst'],
  intro: {
    nl: 'Je bent drie maanden key account manager bij Noordhaven. Vrijdagmiddag belt de logistiek directeur van Van Dijk Foods, al acht jaar een van onze grootste klanten: “We kijken naar een andere partij. Jullie leveringen zijn de laatste tijd te vaak te laat.”',
    en: 'You have been a key account manager at Noordhaven for three months. On Friday afternoon the logistics director of Van Dijk Foods, one of our largest customers for eight years, calls: “We are looking at another provider. Your deliveries have been late too often lately.”',
  },
  steps: [
    {
      situation: { nl: 'Van Dijk Foods is goed voor 12% van de omzet van je team. Het contract loopt over vier maanden af.', en: 'Van Dijk Foods accounts for 12% of your team’s revenue. The contract ends in four months.' },
      question: { nl: 'Wat doe je als eerste?', en: 'What do you do first?' },
      choices: [
        { points: 0, label: { nl: 'Ik bied meteen 10% korting om ze te houden.', en: 'I offer a 10% discount straight away to keep them.' }, feedback: { nl: 'Korting voelt als een snelle oplossing, maar het probleem is de betrouwbaarheid, niet de prijs. En je geeft marge weg zonder te weten wat er speelt.', en: 'A discount feels like a quick fix, but the problem is reliability, not price. And you give away margin without knowing what is going on.' } },
        { points: 3, label: { nl: 'Ik luister, vraag welke leveringen misgingen en plan binnen een week een vervolggesprek.', en: 'I listen, ask which deliveries went wrong and plan a follow-up within a week.' }, feedback: { nl: 'Precies wat onze key account managers doen: eerst begrijpen. Met concrete zendingen kun je het gesprek met operations voeren, en de klant merkt dat je het serieus neemt.', en: 'Exactly what our key account managers do: understand first. With concrete shipments you can talk to operations, and the customer sees you take it seriously.' } },
        { points: 0, label: { nl: 'Ik leg uit dat het aan de drukte in de haven lag.', en: 'I explain that it was down to congestion in the port.' }, feedback: { nl: 'Misschien waar, maar de klant hoort een excuus. Vertrouwen herstel je niet met uitleg over de haven.', en: 'Perhaps true, but the customer hears an excuse. You do not restore trust by explaining the port.' } },
        { points: 1, label: { nl: 'Ik schakel meteen mijn directeur in.', en: 'I bring in my director straight away.' }, feedback: { nl: 'De directie erbij halen kan helpen, maar pas als jij weet wat er speelt. Nu geef je het eigenaarschap uit handen.', en: 'Involving the board can help, but only once you know what is going on. Now you hand over ownership.' } },
      ],
    },
    {
      situation: { nl: 'Uit de data blijkt: 14 van de 160 leveringen waren het afgelopen kwartaal te laat, bijna allemaal op dinsdag naar het distributiecentrum in Venlo. Operations zegt dat de dinsdagroute structureel overvol is.', en: 'The data shows: 14 of 160 deliveries were late last quarter, almost all on Tuesdays to the distribution centre in Venlo. Operations says the Tuesday route is overloaded.' },
      question: { nl: 'Wat neem je mee naar de klant?', en: 'What do you take to the customer?' },
      choices: [
        { points: 3, label: { nl: 'De oorzaak en een voorstel: een extra rit op dinsdag, zes weken op proef.', en: 'The cause and a proposal: an extra Tuesday run, on trial for six weeks.' }, feedback: { nl: 'Sterk: je laat zien dat je het probleem begrijpt en komt met een concrete oplossing die de klant kan toetsen.', en: 'Strong: you show you understand the problem and bring a concrete solution the customer can test.' } },
        { points: 1, label: { nl: 'Het cijfer: 91% was op tijd, boven het gemiddelde.', en: 'The figure: 91% was on time, above average.' }, feedback: { nl: 'De cijfers kloppen, maar voor de klant zijn die 14 te late leveringen het hele verhaal. Begin met hun probleem, niet met jouw gemiddelde.', en: 'The figures are right, but for the customer those 14 late deliveries are the whole story. Start with their problem, not your average.' } },
        { points: 0, label: { nl: 'Niets: ik wacht tot de klant zelf weer belt.', en: 'Nothing: I wait for the customer to call again.' }, feedback: { nl: 'Dan heeft een concurrent het gesprek al gevoerd. Stilte lezen klanten als desinteresse.', en: 'By then a competitor has had the conversation. Customers read silence as lack of interest.' } },
      ],
    },
    {
      situation: { nl: 'De klant is positief over de proef, maar vraagt bij de verlenging om een boete van € 250 per te late levering.', en: 'The customer likes the trial, but asks for a penalty of €250 per late delivery in the renewal.' },
      question: { nl: 'Hoe reageer je?', en: 'How do you respond?' },
      choices: [
        { points: 1, label: { nl: 'Akkoord, alles om de klant te houden.', en: 'Agreed, anything to keep the customer.' }, feedback: { nl: 'De klant blijft, maar je legt een risico vast zonder operations te raadplegen. Goede deals zijn goed voor beide kanten.', en: 'The customer stays, but you commit to a risk without consulting operations. Good deals work for both sides.' } },
        { points: 3, label: { nl: 'Ik stel samen met operations een bonus-malusregeling voor.', en: 'Together with operations I propose a bonus-malus arrangement.' }, feedback: { nl: 'Zo maak je betrouwbaarheid een gedeeld doel: een malus bij te laat, een bonus boven de 98% op tijd. Zo werken langdurige klantrelaties bij Noordhaven.', en: 'That makes reliability a shared goal: a malus when late, a bonus above 98% on time. This is how long-term customer relationships work at Noordhaven.' } },
        { points: 0, label: { nl: 'Ik weiger: boeteclausules doen we niet.', en: 'I refuse: we do not do penalty clauses.' }, feedback: { nl: 'Principieel, maar je sluit het gesprek af. De klant hoort: jullie willen geen verantwoordelijkheid nemen.', en: 'Principled, but you end the conversation. The customer hears: you do not want to take responsibility.' } },
      ],
    },
  ],
  outcomes: [
    { minPercent: 0, title: { nl: 'Een goed begin', en: 'A good start' }, text: { nl: 'Key accountmanagement draait om eerst begrijpen, dan oplossen. Lees de feedback per stap: zo pakken onze collega’s het aan.', en: 'Key account management is about understanding first, then solving. Read the feedback per step: this is how our colleagues handle it.' } },
    { minPercent: 50, title: { nl: 'Je zit op de goede weg', en: 'You are on the right track' }, text: { nl: 'Je kiest vaak wat onze key account managers ook zouden doen. De rest leer je hier van collega’s die het dagelijks doen.', en: 'You often choose what our key account managers would do. The rest you learn here from colleagues who do it every day.' } },
    { minPercent: 80, title: { nl: 'Jij denkt als een key account manager', en: 'You think like a key account manager' }, text: { nl: 'Je luistert, zoekt de oorzaak en maakt afspraken die voor beide kanten werken. Precies wat we zoeken.', en: 'You listen, look for the cause and make agreements that work for both sides. Exactly what we are looking for.' } },
  ],
}

type Row = { id?: string | null }

/** Creates the demo quiz and business case when missing; returns how many documents it created. */
export async function seedEntryPoints(payload: Payload, departmentIds: Map<string, string>, vacancyIds: Map<string, string>): Promise<number> {
  let created = 0
  const vacancies = (slugs: string[]) => slugs.map((s) => vacancyIds.get(s)).filter((id): id is string => Boolean(id))
  const exists = async (collection: 'quizzes' | 'business-cases', slug: string) =>
    (await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true, pagination: false })).docs.length > 0

  if (!(await exists('quizzes', demoQuiz.slug))) {
    const weights = (o: DemoOption) => ({
      departments: Object.entries(o.departments)
        .map(([slug, weight]) => ({ department: departmentIds.get(slug), weight }))
        .filter((row): row is { department: string; weight: number } => Boolean(row.department)),
      skills: Object.entries(o.skills).map(([skill, weight]) => ({ skill, weight: weight ?? 1 })),
    })
    const quiz = await payload.create({
      collection: 'quizzes',
      locale: 'nl',
      overrideAccess: true,
      depth: 0,
      data: {
        slug: demoQuiz.slug,
        status: 'published',
        title: demoQuiz.title.nl,
        intro: demoQuiz.intro.nl,
        minutes: 2,
        vacancies: vacancies(demoQuiz.vacancies),
        skills: demoQuiz.skills.map((s) => ({ key: s.key, label: s.label.nl, vacancies: vacancies(s.vacancies) })),
        questions: demoQuiz.questions.map((q) => ({ question: q.question.nl, options: q.options.map((o) => ({ label: o.label.nl, ...weights(o) })) })),
      },
    })
    // Array rows keep their ids across locales, so the English text lands on the same rows.
    await payload.update({
      collection: 'quizzes',
      id: quiz.id,
      locale: 'en',
      overrideAccess: true,
      data: {
        title: demoQuiz.title.en,
        intro: demoQuiz.intro.en,
        skills: (quiz.skills ?? []).map((row, i) => ({ ...row, label: demoQuiz.skills[i]!.label.en })),
        questions: (quiz.questions ?? []).map((q, i) => ({
          ...q,
          question: demoQuiz.questions[i]!.question.en,
          options: (q.options ?? []).map((o: Row & Record<string, unknown>, j) => ({ ...o, label: demoQuiz.questions[i]!.options[j]!.label.en })),
        })) as never,
      },
    })
    created++
  }

  if (!(await exists('business-cases', demoCase.slug))) {
    const doc = await payload.create({
      collection: 'business-cases',
      locale: 'nl',
      overrideAccess: true,
      depth: 0,
      data: {
        slug: demoCase.slug,
        status: 'published',
        title: demoCase.title.nl,
        role: demoCase.role.nl,
        intro: demoCase.intro.nl,
        minutes: 3,
        vacancies: vacancies(demoCase.vacancies),
        steps: demoCase.steps.map((s) => ({ situation: s.situation.nl, question: s.question.nl, choices: s.choices.map((c) => ({ label: c.label.nl, feedback: c.feedback.nl, points: c.points })) })),
        outcomes: demoCase.outcomes.map((o) => ({ minPercent: o.minPercent, title: o.title.nl, text: o.text.nl })),
      },
    })
    await payload.update({
      collection: 'business-cases',
      id: doc.id,
      locale: 'en',
      overrideAccess: true,
      data: {
        title: demoCase.title.en,
        role: demoCase.role.en,
        intro: demoCase.intro.en,
        steps: (doc.steps ?? []).map((s, i) => ({
          ...s,
          situation: demoCase.steps[i]!.situation.en,
          question: demoCase.steps[i]!.question.en,
          choices: (s.choices ?? []).map((c, j) => ({ ...c, label: demoCase.steps[i]!.choices[j]!.label.en, feedback: demoCase.steps[i]!.choices[j]!.feedback.en })),
        })),
        outcomes: (doc.outcomes ?? []).map((o, i) => ({ ...o, title: demoCase.outcomes[i]!.title.en, text: demoCase.outcomes[i]!.text.en })),
      },
    })
    created++
  }
  return created
}
