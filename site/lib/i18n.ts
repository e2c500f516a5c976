/** Two languages: Dutch at the root, English under /en/. Slugs are shared between the two. */
import type { Locale } from '../../common/locale'
import { langOfPath, routes } from '../../common/routes'

export { LOCALES as LANGS } from '../../common/locale'
export type Lang = Locale

export const htmlLang: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' }

export const langFromPath = langOfPath

/** The site's addresses: the one route table the CMS uses for its links too (common/routes.ts). */
export const paths = routes

/** The same page in the other language(s), for hreflang and the language switch. */
export type Alternates = Record<Lang, string>

// The employer's name is shared with the CMS (the sender of its mails): one place, common/.
export { employer } from '../../common/employer'

const nl = {
  siteName: 'Werken bij Noordhaven',
  skipToContent: 'Naar de inhoud',
  navVacancies: 'Vacatures',
  navColleagues: 'Collega’s',
  navStories: 'Verhalen',
  switchLanguage: 'English',
  switchLanguageLabel: 'Read this page in English',
  heroEyebrow: 'Werken bij Noordhaven Logistiek',
  heroTitle: 'Wij houden Nederland in beweging. Jij ook?',
  heroIntro:
    'Noordhaven Logistiek regelt opslag, distributie en wegtransport voor ruim 300 bedrijven, vanuit Rotterdam en Moerdijk. Ruim 450 collega’s zorgen dat pallets op tijd op de juiste plek staan. Hier vertellen ze zelf hoe dat werk eruitziet.',
  heroCta: 'Bekijk de vacatures',
  heroSecondary: 'Zie collega’s aan het woord',
  factsEmployees: 'collega’s',
  factsLocations: 'vestigingen',
  factsTrucks: 'vrachtwagens',
  videosTitle: 'Collega’s aan het woord',
  videosIntro: 'Korte, eerlijke video’s, gefilmd door collega’s zelf.',
  vacanciesTitle: 'Open vacatures',
  vacanciesEmpty: 'Er staan op dit moment geen vacatures open. Kom binnenkort terug!',
  storiesTitle: 'Verhalen van collega’s',
  storiesEmpty: 'Nog geen verhalen.',
  readStory: 'Lees het verhaal',
  viewVacancy: 'Bekijk vacature',
  playVideoOf: (name: string) => `Speel video van ${name} af`,
  videoBy: (name: string) => `Video van ${name}`,
  videoOnVacancy: 'Een collega vertelt',
  facts: 'Kort en bondig',
  location: 'Locatie',
  hours: 'Uren',
  salary: 'Salaris',
  employmentType: 'Dienstverband',
  department: 'Afdeling',
  validThrough: 'Reageer uiterlijk',
  apply: 'Solliciteer direct',
  applyExternalNote: 'Je solliciteert via ons sollicitatiesysteem (externe site).',
  filled: 'Deze vacature is vervuld',
  filledNote: 'Bekijk de andere vacatures, misschien zit jouw baan ertussen.',
  backToVacancies: 'Alle vacatures',
  aboutRole: 'Over de functie',
  applyTitle: (title: string) => `Solliciteer: ${title}`,
  applyIntro: 'Vul je gegevens in. We nemen binnen vijf werkdagen contact met je op.',
  formName: 'Naam',
  formEmail: 'E-mailadres',
  formPhone: 'Telefoonnummer',
  formPhoneHint: 'Bijvoorbeeld 06 12345678',
  formMotivation: 'Waarom wil je bij ons werken?',
  formMotivationHint: 'Een paar zinnen is genoeg. Een cv is niet nodig.',
  formOptional: '(optioneel)',
  formSubmit: 'Verstuur sollicitatie',
  formErrorsTitle: 'Controleer je gegevens',
  formPrivacy:
    'We gebruiken je gegevens alleen voor deze sollicitatie en verwijderen ze uiterlijk vier weken na de procedure.',
  thanksTitle: 'Bedankt voor je sollicitatie!',
  thanksText: (name: string) => `Dank je wel, ${name}. We nemen binnen vijf werkdagen contact met je op.`,
  notFoundTitle: 'Deze pagina bestaat niet (meer)',
  notFoundText: 'Misschien is de vacature al vervuld of is de link niet helemaal goed.',
  notFoundCta: 'Naar de homepage',
  unavailableTitle: 'Tijdelijk niet beschikbaar',
  unavailableText: 'We kunnen deze pagina nu even niet laden. Probeer het over een paar minuten opnieuw.',
  retry: 'Probeer opnieuw',
  storyBy: 'Geschreven door',
  published: 'Gepubliceerd op',
  footerText: 'Noordhaven Logistiek · Waalhaven Oostzijde 12, Rotterdam',
  footerPowered: 'Gemaakt met Werkvloer, open source',
  howWeMeasureLink: 'Zo meten we (zonder cookies)',
  perPeriod: { HOUR: 'per uur', MONTH: 'per maand', YEAR: 'per jaar' },
}

export type Dictionary = typeof nl

const en: Dictionary = {
  siteName: 'Careers at Noordhaven',
  skipToContent: 'Skip to content',
  navVacancies: 'Vacancies',
  navColleagues: 'Colleagues',
  navStories: 'Stories',
  switchLanguage: 'Nederlands',
  switchLanguageLabel: 'Lees deze pagina in het Nederlands',
  heroEyebrow: 'Working at Noordhaven Logistiek',
  heroTitle: 'We keep the Netherlands moving. Join us?',
  heroIntro:
    'Noordhaven Logistiek handles warehousing, distribution and road transport for more than 300 companies, from Rotterdam and Moerdijk. Over 450 colleagues make sure pallets are in the right place on time. Here they tell you what that work is really like.',
  heroCta: 'See the vacancies',
  heroSecondary: 'Hear from colleagues',
  factsEmployees: 'colleagues',
  factsLocations: 'sites',
  factsTrucks: 'trucks',
  videosTitle: 'Meet your colleagues',
  videosIntro: 'Short, honest videos, filmed by colleagues themselves.',
  vacanciesTitle: 'Open vacancies',
  vacanciesEmpty: 'There are no open vacancies right now. Check back soon!',
  storiesTitle: 'Stories from colleagues',
  storiesEmpty: 'No stories yet.',
  readStory: 'Read the story',
  viewVacancy: 'View vacancy',
  playVideoOf: (name: string) => `Play video of ${name}`,
  videoBy: (name: string) => `Video of ${name}`,
  videoOnVacancy: 'A colleague explains',
  facts: 'At a glance',
  location: 'Location',
  hours: 'Hours',
  salary: 'Salary',
  employmentType: 'Employment type',
  department: 'Department',
  validThrough: 'Apply by',
  apply: 'Apply now',
  applyExternalNote: 'You apply through our application system (external site).',
  filled: 'This vacancy has been filled',
  filledNote: 'Have a look at the other vacancies, your job may be among them.',
  backToVacancies: 'All vacancies',
  aboutRole: 'About the role',
  applyTitle: (title: string) => `Apply: ${title}`,
  applyIntro: 'Fill in your details. We will get back to you within five working days.',
  formName: 'Name',
  formEmail: 'Email address',
  formPhone: 'Phone number',
  formPhoneHint: 'For example 06 12345678 or +31 6 12345678',
  formMotivation: 'Why would you like to work with us?',
  formMotivationHint: 'A few sentences are enough. No CV needed.',
  formOptional: '(optional)',
  formSubmit: 'Send application',
  formErrorsTitle: 'Please check your details',
  formPrivacy: 'We only use your details for this application and delete them at the latest four weeks after the procedure.',
  thanksTitle: 'Thank you for applying!',
  thanksText: (name: string) => `Thank you, ${name}. We will get back to you within five working days.`,
  notFoundTitle: 'This page does not exist (any more)',
  notFoundText: 'The vacancy may have been filled, or the link is not quite right.',
  notFoundCta: 'Go to the home page',
  unavailableTitle: 'Temporarily unavailable',
  unavailableText: 'We cannot load this page right now. Please try again in a few minutes.',
  retry: 'Try again',
  storyBy: 'Written by',
  published: 'Published on',
  footerText: 'Noordhaven Logistiek · Waalhaven Oostzijde 12, Rotterdam',
  footerPowered: 'Made with Werkvloer, open source',
  howWeMeasureLink: 'How we measure (no cookies)',
  perPeriod: { HOUR: 'per hour', MONTH: 'per month', YEAR: 'per year' },
}

const dictionaries: Record<Lang, Dictionary> = { nl, en }

export function t(lang: Lang): Dictionary {
  return dictionaries[lang]
}
