/**
 * Texts of the career pages added after the skeleton: the vacancy list and its filters, video
 * share pages, department pages, the video wall and related content. The skeleton's texts stay
 * in ./i18n.ts; both are plain objects per language, checked to have the same keys.
 */
import type { Lang } from './i18n'

const nl = {
  // Vacancy list and filters
  vacanciesTitle: 'Vacatures',
  vacanciesIntro: 'Alle open functies bij Noordhaven Logistiek. Zoek op een woord of filter op afdeling, locatie, uren of dienstverband.',
  filtersTitle: 'Zoek en filter',
  search: 'Zoek op functie of trefwoord',
  filterDepartment: 'Afdeling',
  filterLocation: 'Locatie',
  filterHours: 'Uren per week',
  filterType: 'Dienstverband',
  anyDepartment: 'Alle afdelingen',
  anyLocation: 'Alle locaties',
  anyHours: 'Alle uren',
  anyType: 'Alle dienstverbanden',
  showResults: 'Toon vacatures',
  clearFilters: 'Wis alle filters',
  resultCount: (n: number) => (n === 1 ? '1 vacature' : `${n} vacatures`),
  activeFilters: 'Actieve filters',
  removeFilter: (label: string) => `Verwijder filter ${label}`,
  noResults: 'Geen vacatures gevonden met deze zoekopdracht.',
  noResultsHint: 'Probeer een ander woord of minder filters.',
  invalidFilters: 'Een deel van je zoekopdracht konden we niet gebruiken; dat deel is genegeerd.',
  hoursBuckets: { '0-24': 'tot 24 uur', '24-32': '24 tot 32 uur', '32-40': '32 tot 40 uur' } as Record<string, string>,
  feedsLabel: 'Vacatures volgen',
  feedRss: 'RSS-feed',
  feedJson: 'JSON-feed',
  feedTitle: 'Vacatures bij Noordhaven Logistiek',
  feedDescription: 'De open vacatures van Noordhaven Logistiek.',
  // Home
  evpTitle: 'Waarom Noordhaven?',
  evp: [
    { title: 'Verantwoordelijkheid vanaf dag één', text: 'Je krijgt je eigen klanten en de ruimte om problemen zelf op te lossen, met een team dat je helpt als het spannend wordt.' },
    { title: 'Leren van collega’s', text: 'Een opleidingsbudget van € 1.500 per jaar en collega’s die de tijd nemen om uit te leggen hoe het echt werkt.' },
    { title: 'Zekerheid en ruimte', text: 'Een vast contract na zes maanden, 27 vakantiedagen, reiskosten vergoed en waar het kan hybride werken.' },
  ],
  departmentsTitle: 'Onze afdelingen',
  departmentsIntro: 'Waar ga je werken? Ontmoet de teams.',
  openCount: (n: number) => (n === 0 ? 'Nu geen vacatures' : n === 1 ? '1 vacature' : `${n} vacatures`),
  latestVacancies: 'Nieuwste vacatures',
  allVacancies: (n: number) => `Bekijk alle ${n} vacatures`,
  // Video wall
  previewsPause: 'Pauzeer bewegende beelden',
  previewsPlay: 'Speel bewegende beelden af',
  // Share page
  videoEyebrow: 'Een collega vertelt',
  watchMore: 'Meer collega’s aan het woord',
  vacanciesForVideo: 'Vacatures bij dit team',
  seeAllVacancies: 'Bekijk alle vacatures',
  videoGoneTitle: 'Deze video is niet meer beschikbaar',
  videoGoneText: 'Deze video is offline gehaald. Bekijk de video’s van andere collega’s of de open vacatures.',
  storyGoneTitle: 'Dit verhaal is niet meer beschikbaar',
  storyGoneText: 'Dit verhaal is offline gehaald. Lees de verhalen van andere collega’s of bekijk de open vacatures.',
  goneCode: 'Niet meer beschikbaar',
  // Captions
  captionLabels: { nl: 'Nederlands', en: 'English' } as Record<Lang, string>,
  // Department page
  departmentEyebrow: 'Afdeling',
  departmentVideos: (name: string) => `Collega’s van ${name}`,
  departmentVacancies: (name: string) => `Vacatures bij ${name}`,
  departmentVacanciesAll: (name: string) => `Alle vacatures bij ${name} met filters`,
  departmentStories: 'Verhalen uit dit team',
  departmentNoVacancies: 'Dit team heeft nu geen open vacatures. Bekijk de vacatures bij de andere afdelingen.',
  // Vacancy page
  relatedTitle: 'Meer over dit team',
  relatedVideos: 'Collega’s aan het woord',
  relatedStories: 'Verhalen van collega’s',
  relatedVacancies: 'Deze vacatures staan wel open',
  otherVacancies: 'Misschien ook iets voor jou',
  moreAbout: (name: string) => `Meer over ${name}`,
}

export type CareerCopy = typeof nl

const en: CareerCopy = {
  vacanciesTitle: 'Vacancies',
  vacanciesIntro: 'Every open position at Noordhaven Logistiek. Search for a word, or filter by department, location, hours or type of contract.',
  filtersTitle: 'Search and filter',
  search: 'Search by job title or keyword',
  filterDepartment: 'Department',
  filterLocation: 'Location',
  filterHours: 'Hours a week',
  filterType: 'Employment type',
  anyDepartment: 'All departments',
  anyLocation: 'All locations',
  anyHours: 'Any hours',
  anyType: 'All employment types',
  showResults: 'Show vacancies',
  clearFilters: 'Clear all filters',
  resultCount: (n: number) => (n === 1 ? '1 vacancy' : `${n} vacancies`),
  activeFilters: 'Active filters',
  removeFilter: (label: string) => `Remove filter ${label}`,
  noResults: 'No vacancies match this search.',
  noResultsHint: 'Try another word or fewer filters.',
  invalidFilters: 'We could not use part of your search; that part was ignored.',
  hoursBuckets: { '0-24': 'up to 24 hours', '24-32': '24 to 32 hours', '32-40': '32 to 40 hours' },
  feedsLabel: 'Follow our vacancies',
  feedRss: 'RSS feed',
  feedJson: 'JSON feed',
  feedTitle: 'Vacancies at Noordhaven Logistiek',
  feedDescription: 'The open vacancies at Noordhaven Logistiek.',
  evpTitle: 'Why Noordhaven?',
  evp: [
    { title: 'Responsibility from day one', text: 'You get your own customers and the room to solve problems yourself, with a team that has your back when it gets exciting.' },
    { title: 'Learn from colleagues', text: 'A training budget of € 1,500 a year, and colleagues who take the time to explain how things really work.' },
    { title: 'Security and freedom', text: 'A permanent contract after six months, 27 days of holiday, travel costs paid and hybrid work where the job allows.' },
  ],
  departmentsTitle: 'Our departments',
  departmentsIntro: 'Where would you work? Meet the teams.',
  openCount: (n: number) => (n === 0 ? 'No vacancies right now' : n === 1 ? '1 vacancy' : `${n} vacancies`),
  latestVacancies: 'Latest vacancies',
  allVacancies: (n: number) => `See all ${n} vacancies`,
  previewsPause: 'Pause moving images',
  previewsPlay: 'Play moving images',
  videoEyebrow: 'In their own words',
  watchMore: 'More colleagues',
  vacanciesForVideo: 'Vacancies in this team',
  seeAllVacancies: 'See all vacancies',
  videoGoneTitle: 'This video is no longer available',
  videoGoneText: 'This video has been taken offline. Watch videos of other colleagues, or have a look at the open vacancies.',
  storyGoneTitle: 'This story is no longer available',
  storyGoneText: 'This story has been taken offline. Read stories of other colleagues, or have a look at the open vacancies.',
  goneCode: 'No longer available',
  captionLabels: { nl: 'Nederlands', en: 'English' },
  departmentEyebrow: 'Department',
  departmentVideos: (name: string) => `Colleagues in ${name}`,
  departmentVacancies: (name: string) => `Vacancies in ${name}`,
  departmentVacanciesAll: (name: string) => `All vacancies in ${name}, with filters`,
  departmentStories: 'Stories from this team',
  departmentNoVacancies: 'This team has no open vacancies right now. Have a look at the other departments.',
  relatedTitle: 'More about this team',
  relatedVideos: 'Hear from colleagues',
  relatedStories: 'Stories from colleagues',
  relatedVacancies: 'These vacancies are open',
  otherVacancies: 'You may also like',
  moreAbout: (name: string) => `More about ${name}`,
}

const copies: Record<Lang, CareerCopy> = { nl, en }

export function careerCopy(lang: Lang): CareerCopy {
  return copies[lang]
}
