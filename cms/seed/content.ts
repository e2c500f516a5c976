import type { Block } from './lexical'

/** The demo employer: Noordhaven Logistiek, a Dutch B2B logistics company with a commercial team. */
export const demoEmployer = { name: 'Noordhaven Logistiek', city: 'Rotterdam' }

export const demoUsers = [
  { email: 'admin@werkvloer.demo', name: 'Anouk Admin', roles: ['admin'], password: 'werkvloer-admin' },
  { email: 'comms@werkvloer.demo', name: 'Chris Comms', roles: ['comms'], password: 'werkvloer-comms' },
  { email: 'recruiter@werkvloer.demo', name: 'Rosa Recruiter', roles: ['recruiter'], password: 'werkvloer-recruiter' },
  { email: 'manager@werkvloer.demo', name: 'Hamid Hiring', roles: ['hiring-manager'], password: 'werkvloer-manager' },
] as const

type Localized = { nl: string; en: string }

/** `slug` is the Dutch address (and the seed's key); `slugEn` the English one (/en/…). */
export const demoDepartments: { slug: string; slugEn: string; name: Localized; description: Localized }[] = [
  { slug: 'klantenservice', slugEn: 'customer-service', name: { nl: 'Klantenservice', en: 'Customer service' }, description: { nl: 'Het eerste aanspreekpunt voor onze zakelijke klanten.', en: 'The first point of contact for our business customers.' } },
  { slug: 'sales', slugEn: 'sales', name: { nl: 'Sales', en: 'Sales' }, description: { nl: 'Nieuwe klanten, nieuwe routes, nieuwe deals.', en: 'New customers, new routes, new deals.' } },
  { slug: 'accountmanagement', slugEn: 'account-management', name: { nl: 'Accountmanagement', en: 'Account management' }, description: { nl: 'Langdurige relaties met onze grootste verladers.', en: 'Long-term relationships with our largest shippers.' } },
]

export interface DemoVacancy {
  /** The Dutch address (and the seed's key); `slugEn` is the English one (/en/vacancies/…). */
  slug: string
  slugEn: string
  department: string
  status: 'open' | 'closed' | 'draft'
  title: Localized
  summary: Localized
  body: { nl: Block[]; en: Block[] }
  location: string
  employmentType: 'FULL_TIME' | 'PART_TIME'
  hours: [number, number]
  salary: [number, number]
  validDays: number
  external?: string
}

const offer = {
  nl: { list: ['Een vast contract na zes maanden', 'Reiskostenvergoeding en een NS Business Card', '27 vakantiedagen en een opleidingsbudget van € 1.500'] },
  en: { list: ['A permanent contract after six months', 'Travel allowance and a public transport card', '27 days of holiday and a € 1,500 training budget'] },
}

export const demoVacancies: DemoVacancy[] = [
  {
    slug: 'klantenservicemedewerker-zakelijk',
    slugEn: 'business-customer-service-agent',
    department: 'klantenservice',
    status: 'open',
    title: { nl: 'Klantenservicemedewerker zakelijk', en: 'Business customer service agent' },
    summary: { nl: 'Jij bent de stem van Noordhaven voor 400 zakelijke klanten: je lost zendingsvragen op voordat ze problemen worden.', en: 'You are the voice of Noordhaven for 400 business customers: you solve shipment questions before they become problems.' },
    body: {
      nl: [{ h: 'Wat ga je doen?' }, 'Je beantwoordt vragen van verladers via telefoon, mail en chat, volgt zendingen en schakelt met planning.', 'Je handelt klachten van klanten af, legt alles vast in ons CRM-systeem en belt klanten na als een zending vertraging heeft.', { h: 'Wat bieden we?' }, offer.nl],
      en: [{ h: 'What you will do' }, 'You answer questions from shippers by phone, email and chat, track shipments and work with planning.', 'You handle customer complaints, record everything in our CRM system and call customers back when a shipment is delayed.', { h: 'What we offer' }, offer.en],
    },
    location: 'Rotterdam',
    employmentType: 'FULL_TIME',
    hours: [32, 40],
    salary: [2800, 3400],
    validDays: 60,
  },
  {
    slug: 'inside-sales-medewerker',
    slugEn: 'inside-sales-representative',
    department: 'sales',
    status: 'open',
    title: { nl: 'Inside sales medewerker', en: 'Inside sales representative' },
    summary: { nl: 'Je belt, mailt en overtuigt: jij vindt de bedrijven die morgen met ons verschepen.', en: 'You call, email and convince: you find the companies that ship with us tomorrow.' },
    body: {
      nl: [{ h: 'Wat ga je doen?' }, 'Je kwalificeert leads, plant afspraken voor de accountmanagers en sluit zelf kleinere deals.', { h: 'Wat bieden we?' }, offer.nl],
      en: [{ h: 'What you will do' }, 'You qualify leads, book meetings for the account managers and close smaller deals yourself.', { h: 'What we offer' }, offer.en],
    },
    location: 'Rotterdam',
    employmentType: 'FULL_TIME',
    hours: [36, 40],
    salary: [3000, 3800],
    validDays: 45,
  },
  {
    slug: 'key-account-manager',
    slugEn: 'key-account-manager',
    department: 'accountmanagement',
    status: 'open',
    title: { nl: 'Key account manager', en: 'Key account manager' },
    summary: { nl: 'Je bent verantwoordelijk voor tien van onze grootste klanten en groeit samen met hen.', en: 'You are responsible for ten of our largest customers and grow together with them.' },
    body: {
      nl: [{ h: 'Wat ga je doen?' }, 'Je voert kwartaalgesprekken, onderhandelt contracten en bedenkt samen met operations nieuwe oplossingen.', { h: 'Wat bieden we?' }, offer.nl],
      en: [{ h: 'What you will do' }, 'You hold quarterly reviews, negotiate contracts and design new solutions with operations.', { h: 'What we offer' }, offer.en],
    },
    location: 'Rotterdam / hybride',
    employmentType: 'FULL_TIME',
    hours: [38, 40],
    salary: [4500, 6000],
    validDays: 30,
  },
  {
    slug: 'sales-manager-benelux',
    slugEn: 'sales-manager-benelux',
    department: 'sales',
    status: 'open',
    title: { nl: 'Sales manager Benelux', en: 'Sales manager Benelux' },
    summary: { nl: 'Je leidt een team van acht en zet de commerciële koers voor de Benelux uit.', en: 'You lead a team of eight and set the commercial course for the Benelux.' },
    body: {
      nl: [{ h: 'Wat ga je doen?' }, 'Je coacht je team, bouwt de pijplijn en rapporteert aan de directie.', { h: 'Wat bieden we?' }, offer.nl],
      en: [{ h: 'What you will do' }, 'You coach your team, build the pipeline and report to the board.', { h: 'What we offer' }, offer.en],
    },
    location: 'Rotterdam',
    employmentType: 'FULL_TIME',
    hours: [40, 40],
    salary: [5500, 7500],
    validDays: 30,
  },
  {
    slug: 'accountmanager-binnendienst',
    slugEn: 'inside-account-manager',
    department: 'accountmanagement',
    status: 'open',
    title: { nl: 'Accountmanager binnendienst', en: 'Inside account manager' },
    summary: { nl: 'Je onderhoudt het contact met het MKB-deel van onze klanten en ziet kansen om te groeien.', en: 'You look after our small and medium-sized customers and spot chances to grow.' },
    body: {
      nl: [{ h: 'Wat ga je doen?' }, 'Je belt je klanten proactief, maakt offertes en denkt mee over hun logistiek.', { h: 'Wat bieden we?' }, offer.nl],
      en: [{ h: 'What you will do' }, 'You call your customers proactively, write quotes and think along about their logistics.', { h: 'What we offer' }, offer.en],
    },
    location: 'Breda',
    employmentType: 'PART_TIME',
    hours: [24, 32],
    salary: [3100, 3900],
    validDays: 60,
  },
  {
    slug: 'customer-success-manager',
    slugEn: 'customer-success-manager',
    department: 'klantenservice',
    status: 'open',
    title: { nl: 'Customer success manager', en: 'Customer success manager' },
    summary: { nl: 'Je zorgt dat nieuwe klanten in hun eerste honderd dagen fan van ons worden.', en: 'You make sure new customers become fans in their first hundred days.' },
    body: {
      nl: [{ h: 'Wat ga je doen?' }, 'Je begeleidt de onboarding, meet tevredenheid en voorkomt dat klanten vertrekken.', { h: 'Wat bieden we?' }, offer.nl],
      en: [{ h: 'What you will do' }, 'You guide onboarding, measure satisfaction and prevent customers from leaving.', { h: 'What we offer' }, offer.en],
    },
    location: 'Rotterdam',
    employmentType: 'FULL_TIME',
    hours: [32, 40],
    salary: [3600, 4600],
    validDays: 45,
    external: 'https://ats.example.com/noordhaven/customer-success-manager',
  },
  {
    slug: 'teamleider-klantenservice',
    slugEn: 'customer-service-team-lead',
    department: 'klantenservice',
    status: 'draft',
    title: { nl: 'Teamleider klantenservice', en: 'Customer service team lead' },
    summary: { nl: 'Nog in voorbereiding.', en: 'Still being prepared.' },
    body: { nl: ['Concept: nog niet publiceren.'], en: ['Draft: do not publish yet.'] },
    location: 'Rotterdam',
    employmentType: 'FULL_TIME',
    hours: [36, 40],
    salary: [3800, 4800],
    validDays: 60,
  },
]

export const demoStories: { slug: string; department: string; authorName: string; authorRole: string; title: Localized; excerpt: Localized; body: { nl: Block[]; en: Block[] } }[] = [
  {
    slug: 'van-stagiair-naar-key-account',
    department: 'accountmanagement',
    authorName: 'Fatima El Amrani',
    authorRole: 'Key account manager',
    title: { nl: 'Van stagiair naar key account in vier jaar', en: 'From intern to key account in four years' },
    excerpt: { nl: 'Fatima begon als stagiair op de binnendienst. Nu beheert ze onze grootste klant.', en: 'Fatima started as an intern in inside sales. Now she manages our largest customer.' },
    body: {
      nl: ['Mijn eerste dag belde ik een klant over een vertraagde container. Ik wist nog niets van douanepapieren.', 'Wat me hier hield: iedereen neemt de tijd om uit te leggen hoe het echt werkt.'],
      en: ['On my first day I called a customer about a delayed container. I knew nothing about customs papers.', 'What kept me here: everybody takes the time to explain how things really work.'],
    },
  },
  {
    slug: 'een-dag-op-de-klantenservice',
    department: 'klantenservice',
    authorName: 'Joris de Wit',
    authorRole: 'Klantenservicemedewerker',
    title: { nl: 'Een dag op de klantenservice', en: 'A day in customer service' },
    excerpt: { nl: 'Om acht uur de eerste koffie, om vijf over acht het eerste telefoontje uit Duisburg.', en: 'First coffee at eight, first call from Duisburg at five past.' },
    body: {
      nl: ['Geen dag is hetzelfde. Soms is het een kwijtgeraakte pallet, soms een klant die gewoon even wil sparren.', 'Het mooiste is als een probleem opgelost is voordat de klant het merkt.'],
      en: ['No two days are the same. Sometimes it is a lost pallet, sometimes a customer who just wants to think out loud.', 'The best part is solving a problem before the customer notices it.'],
    },
  },
  {
    slug: 'waarom-ik-van-sales-houd',
    department: 'sales',
    authorName: 'Sanne Visser',
    authorRole: 'Inside sales',
    title: { nl: 'Waarom ik van sales houd (en van nee horen)', en: 'Why I love sales (and hearing no)' },
    excerpt: { nl: 'Elke nee brengt je dichter bij een ja, en bij een beter verhaal.', en: 'Every no brings you closer to a yes, and to a better story.' },
    body: {
      nl: ['Ik bel zo’n veertig bedrijven per dag. De meeste zeggen nee, en dat is prima.', 'Wat ik leer van elk gesprek, neem ik mee naar het volgende.'],
      en: ['I call about forty companies a day. Most say no, and that is fine.', 'What I learn from every call I take into the next one.'],
    },
  },
]

export const demoVideos = [
  { key: 'sanne', contributorName: 'Sanne Visser', contributorRole: 'Inside sales', department: 'sales', vacancies: ['inside-sales-medewerker', 'sales-manager-benelux'], hue: 200, title: { nl: 'Sanne over haar eerste deal', en: 'Sanne on her first deal' }, hook: { nl: 'Na drie weken bellen kwam die ene ja.', en: 'After three weeks of calling, that one yes came.' } },
  { key: 'joris', contributorName: 'Joris de Wit', contributorRole: 'Klantenservice', department: 'klantenservice', vacancies: ['klantenservicemedewerker-zakelijk', 'customer-success-manager'], hue: 20, title: { nl: 'Joris laat de klantenservice zien', en: 'Joris shows customer service' }, hook: { nl: 'Zo lossen we een zoekgeraakte zending op.', en: 'This is how we solve a lost shipment.' } },
  { key: 'fatima', contributorName: 'Fatima El Amrani', contributorRole: 'Key account manager', department: 'accountmanagement', vacancies: ['key-account-manager', 'accountmanager-binnendienst'], hue: 300, title: { nl: 'Fatima over klanten die blijven', en: 'Fatima on customers who stay' }, hook: { nl: 'Vertrouwen bouw je niet in één gesprek.', en: 'Trust is not built in one meeting.' } },
] as const

/**
 * The demo's hook test: Sanne's video alternates two titles and hooks (the first is her own); the
 * second shows a poster frame of its own (seconds into the 8 s demo clip).
 */
export const demoHookTests: Partial<Record<(typeof demoVideos)[number]['key'], { key: string; title: { nl: string; en: string }; hook: { nl: string; en: string }; posterTime?: number }[]>> = {
  sanne: [
    { key: 'a', title: { nl: 'Sanne over haar eerste deal', en: 'Sanne on her first deal' }, hook: { nl: 'Na drie weken bellen kwam die ene ja.', en: 'After three weeks of calling, that one yes came.' } },
    { key: 'b', title: { nl: 'Waarom Sanne bleef bellen', en: 'Why Sanne kept calling' }, hook: { nl: 'Honderd keer nee, één keer ja.', en: 'A hundred noes, one yes.' }, posterTime: 5 },
  ],
}

export const demoRelease = {
  version: '2026-11-v1',
  title: { nl: 'Toestemming voor gebruik van je video of verhaal', en: 'Consent to use your video or story' },
  body: {
    nl: 'Ik geef Noordhaven Logistiek toestemming om mijn video of verhaal, met mijn voornaam, achternaam en functie, te gebruiken om nieuwe collega’s te werven. Het communicatieteam mag de video inkorten, ondertitelen en er een stilstaand beeld uit kiezen, maar verandert niets aan wat ik zeg. Ik kan deze toestemming op elk moment intrekken via mijn persoonlijke statuslink; de video of het verhaal wordt dan direct offline gehaald en de bestanden worden verwijderd.',
    en: 'I give Noordhaven Logistiek permission to use my video or story, with my first name, last name and job title, to recruit new colleagues. The comms team may trim the video, add captions and choose a still from it, but will not change what I say. I can withdraw this consent at any time through my personal status link; the video or story is then taken offline at once and its files are deleted.',
  },
  publishedWhere: { nl: 'Onze werken-bij-site, onze LinkedIn-pagina en vacatureteksten.', en: 'Our careers site, our LinkedIn page and job adverts.' },
  retention: { nl: 'Tot je je toestemming intrekt, en uiterlijk drie jaar.', en: 'Until you withdraw consent, and at most three years.' },
}

export const demoCampaign = {
  slug: 'een-dag-bij-noordhaven',
  title: { nl: 'Een dag bij Noordhaven', en: 'A day at Noordhaven' },
  intro: { nl: 'Laat in maximaal {duur} zien hoe jouw werkdag eruitziet. Eerlijk en gewoon, zoals je het aan een vriend zou vertellen.', en: 'Show in at most {duration} what your working day looks like. Honest and ordinary, the way you would tell a friend.' },
  prompts: [
    { nl: 'Wat doe jij op een gewone werkdag?', en: 'What do you do on an ordinary working day?' },
    { nl: 'Waar ben je trots op?', en: 'What are you proud of?' },
    { nl: 'Wat zou je een nieuwe collega vertellen?', en: 'What would you tell a new colleague?' },
  ],
  shotList: [
    { nl: 'Begin met je gezicht in beeld en zeg je naam en functie.', en: 'Start with your face in view and say your name and job title.' },
    { nl: 'Laat je werkplek zien (zonder schermen met gegevens).', en: 'Show your workplace (without screens showing data).' },
  ],
}
