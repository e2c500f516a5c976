/**
 * The mails employees and candidates receive, in Dutch and English. Plain text first (it survives every mail
 * client); the HTML is the same words with a button. Everything interpolated is escaped.
 */
import { firstNameOf } from '../../common/contribute/names'

type Locale = 'nl' | 'en'
type Mail = { subject: string; text: string; html: string }

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)

/** Addresses in a paragraph become links in the HTML part (already escaped, so no quote can break out). */
const linkify = (escaped: string) => escaped.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)

function compose(subject: string, paragraphs: string[], action?: { label: string; url: string }): Mail {
  const text = [...paragraphs, ...(action ? [`${action.label}: ${action.url}`] : [])].join('\n\n')
  const html = [
    ...paragraphs.map((p) => `<p>${linkify(escapeHtml(p)).replace(/\n/g, '<br>')}</p>`),
    ...(action ? [`<p><a href="${escapeHtml(action.url)}" style="display:inline-block;padding:12px 20px;background:#0b5cad;color:#fff;border-radius:8px;text-decoration:none">${escapeHtml(action.label)}</a></p>`] : []),
  ].join('\n')
  return { subject, text, html }
}

const date = (iso: string | null | undefined, locale: Locale) =>
  iso ? new Date(iso).toLocaleDateString(locale === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }) : ''

/** "Hoi Sanne," / "Hi Sanne,": the first word of the name they gave; "Hoi," when there is none. */
function greeting(locale: Locale, name: string | null | undefined): string {
  const first = firstNameOf(name)
  return locale === 'nl' ? `Hoi${first ? ` ${first}` : ''},` : `Hi${first ? ` ${first}` : ''},`
}

/** Who the mail is to and which campaign it is about: every employee mail names both. */
export interface EmployeeMailContext {
  name?: string | null
  campaign?: string | null
}

const aboutCampaign = (locale: Locale, campaign: string | null | undefined) => (campaign ? (locale === 'nl' ? ` voor "${campaign}"` : ` for "${campaign}"`) : '')

export function inviteMail(locale: Locale, v: { campaign: string; link: string; expiresAt?: string | null; name?: string | null }): Mail {
  return locale === 'nl'
    ? compose(`Wil je meedoen aan "${v.campaign}"?`, [
        greeting('nl', v.name),
        `We maken korte, eerlijke video’s en verhalen van collega’s voor onze vacatures. Je bent uitgenodigd voor "${v.campaign}".`,
        `Je leest eerst wat we vragen en wat je nooit moet filmen, en je beslist zelf of je meedoet. Je kunt je toestemming altijd weer intrekken.${v.expiresAt ? ` De link werkt tot ${date(v.expiresAt, 'nl')}.` : ''}`,
      ], { label: 'Bekijk de uitnodiging', url: v.link })
    : compose(`Would you like to take part in "${v.campaign}"?`, [
        greeting('en', v.name),
        `We make short, honest videos and stories by colleagues for our vacancies. You are invited to "${v.campaign}".`,
        `You first read what we ask and what never to film, and you decide whether to take part. You can withdraw your consent at any time.${v.expiresAt ? ` The link works until ${date(v.expiresAt, 'en')}.` : ''}`,
      ], { label: 'Open the invitation', url: v.link })
}

/** After a video arrived, or a written story (`kind`): the page promised this mail. */
export function receivedMail(locale: Locale, v: EmployeeMailContext & { statusLink: string; kind?: 'video' | 'story' }): Mail {
  const story = v.kind === 'story'
  return locale === 'nl'
    ? compose(`We hebben je ${story ? 'verhaal' : 'video'} ontvangen${aboutCampaign('nl', v.campaign)}`, [
        greeting('nl', v.name),
        `Dank je wel voor je ${story ? 'verhaal' : 'video'}${aboutCampaign('nl', v.campaign)}! Het communicatieteam bekijkt je bijdrage.`,
        'Via je persoonlijke statuspagina zie je wat ermee gebeurt, en kun je je toestemming op elk moment intrekken.',
      ], { label: 'Mijn statuspagina', url: v.statusLink })
    : compose(`We received your ${story ? 'story' : 'video'}${aboutCampaign('en', v.campaign)}`, [
        greeting('en', v.name),
        `Thank you for your ${story ? 'story' : 'video'}${aboutCampaign('en', v.campaign)}! The comms team will look at your contribution.`,
        'Your personal status page shows what happens to it, and lets you withdraw your consent at any time.',
      ], { label: 'My status page', url: v.statusLink })
}

export function rejectedMail(locale: Locale, v: EmployeeMailContext & { title: string; feedback: string; statusLink: string }): Mail {
  return locale === 'nl'
    ? compose(`Over je bijdrage "${v.title}"${aboutCampaign('nl', v.campaign)}`, [greeting('nl', v.name), `Dank je wel voor je bijdrage${aboutCampaign('nl', v.campaign)}. We gaan deze keer niet publiceren. Dit is de feedback van het communicatieteam:`, v.feedback, 'Je bijdrage wordt niet gebruikt. Op je statuspagina kun je alles terugzien, en een nieuwe maken als je wilt.'], { label: 'Mijn statuspagina', url: v.statusLink })
    : compose(`About your contribution "${v.title}"${aboutCampaign('en', v.campaign)}`, [greeting('en', v.name), `Thank you for your contribution${aboutCampaign('en', v.campaign)}. We will not publish it this time. This is the feedback from the comms team:`, v.feedback, 'Your contribution will not be used. Your status page shows everything, and lets you make a new one if you like.'], { label: 'My status page', url: v.statusLink })
}

export function publishedMail(locale: Locale, v: EmployeeMailContext & { title: string; url: string; statusLink: string }): Mail {
  return locale === 'nl'
    ? compose(`"${v.title}" staat online`, [greeting('nl', v.name), `Je bijdrage${aboutCampaign('nl', v.campaign)} is gepubliceerd op de werken-bij-site. Bedankt!`, `Bekijk hem hier: ${v.url}`, 'Wil je hem toch offline? Trek je toestemming in via je statuspagina; hij verdwijnt dan meteen.'], { label: 'Mijn statuspagina', url: v.statusLink })
    : compose(`"${v.title}" is online`, [greeting('en', v.name), `Your contribution${aboutCampaign('en', v.campaign)} is published on the careers site. Thank you!`, `See it here: ${v.url}`, 'Want it taken down? Withdraw your consent on your status page; it disappears at once.'], { label: 'My status page', url: v.statusLink })
}

export function withdrawnMail(locale: Locale, v: EmployeeMailContext & { when: string }): Mail {
  return locale === 'nl'
    ? compose('Je toestemming is ingetrokken', [greeting('nl', v.name), `Je hebt op ${date(v.when, 'nl')} je toestemming${aboutCampaign('nl', v.campaign)} ingetrokken. Je video of verhaal is offline gehaald en de bestanden worden verwijderd.`, 'We bewaren alleen het bewijs van je toestemming en van het intrekken ervan.'])
    : compose('Your consent has been withdrawn', [greeting('en', v.name), `You withdrew your consent${aboutCampaign('en', v.campaign)} on ${date(v.when, 'en')}. Your video or story has been taken offline and its files are being deleted.`, 'We keep only the record of your consent and of its withdrawal.'])
}

/**
 * The confirmation a candidate with an email address gets: what we keep, for how long, and their
 * own link to delete it sooner. Nothing they typed is repeated: the mail outlives the purge.
 */
export function candidateReceivedMail(locale: Locale, v: { kind: 'lead' | 'application'; vacancyTitle: string | null; deleteLink: string }): Mail {
  if (locale === 'nl') {
    const what = v.kind === 'application' ? `We hebben je sollicitatie${v.vacancyTitle ? ` voor "${v.vacancyTitle}"` : ''} ontvangen` : 'Je blijft op de hoogte'
    return compose(what, [
      'Hoi,',
      v.kind === 'application'
        ? 'Dank je wel voor je sollicitatie. Onze recruiters nemen contact met je op. We bewaren je gegevens tot uiterlijk vier weken na afloop van de procedure (een jaar als je voor de talentpool koos).'
        : `We laten je weten wanneer er iets voor je is${v.vacancyTitle ? `, zoals "${v.vacancyTitle}"` : ''}. We bewaren je gegevens maximaal een jaar.`,
      'Wil je dat we je gegevens eerder verwijderen? Dat kan altijd zelf, met de knop hieronder.',
    ], { label: 'Mijn gegevens verwijderen', url: v.deleteLink })
  }
  const what = v.kind === 'application' ? `We received your application${v.vacancyTitle ? ` for "${v.vacancyTitle}"` : ''}` : 'You will be kept posted'
  return compose(what, [
    'Hi,',
    v.kind === 'application'
      ? 'Thank you for applying. Our recruiters will contact you. We keep your details until at most four weeks after the procedure ends (a year if you chose the talent pool).'
      : `We will let you know when there is something for you${v.vacancyTitle ? `, like "${v.vacancyTitle}"` : ''}. We keep your details for at most a year.`,
    'Want us to delete your details sooner? You can always do it yourself with the button below.',
  ], { label: 'Delete my details', url: v.deleteLink })
}

/**
 * Mails to the comms team: staff read Dutch or English, and the admin is theirs either way, so
 * these carry both languages (Dutch first). No employee's personal data beyond what the admin shows.
 */
function bilingual(subject: { nl: string; en: string }, nl: string[], en: string[], action: { nl: string; en: string; url: string }): Mail {
  const dutch = compose(subject.nl, nl, { label: action.nl, url: action.url })
  const english = compose(subject.en, en, { label: action.en, url: action.url })
  return { subject: `${subject.nl} / ${subject.en}`, text: `${dutch.text}\n\n—\n\n${english.text}`, html: `${dutch.html}\n<hr>\n${english.html}` }
}

export function commsReviewMail(v: { title: string; campaign: string | null; adminUrl: string }): Mail {
  return bilingual(
    { nl: 'Nieuwe medewerkersvideo te beoordelen', en: 'New employee video to review' },
    [`"${v.title}"${v.campaign ? ` (campagne "${v.campaign}")` : ''} is verwerkt en wacht op je beoordeling.`],
    [`"${v.title}"${v.campaign ? ` (campaign "${v.campaign}")` : ''} has been processed and waits for your review.`],
    { nl: 'Beoordelen', en: 'Review', url: v.adminUrl },
  )
}

export function commsWithdrawalMail(v: { wasPublic: boolean; publicUrl: string; publishedWhere: string | null; adminUrl: string; when: string }): Mail {
  const where = v.publishedWhere?.trim()
  return bilingual(
    { nl: 'Toestemming ingetrokken: haal kopieën weg', en: 'Consent withdrawn: take copies down' },
    [
      `Een medewerker heeft op ${date(v.when, 'nl')} de toestemming voor een video ingetrokken. De video staat niet meer op de werken-bij-site en het origineel en alle webversies zijn verwijderd.`,
      v.wasPublic ? `De video stond online op ${v.publicUrl}. Haal ook elke kopie buiten de site weg${where ? ` — de toestemming gold voor: ${where}` : ' (bijvoorbeeld LinkedIn-posts van het bedrijf)'}.` : 'De video was nog niet gepubliceerd. Is hij al ergens anders gedeeld, haal hem daar dan weg.',
    ],
    [
      `An employee withdrew consent for a video on ${date(v.when, 'en')}. The video is off the career site and its original and every web version have been deleted.`,
      v.wasPublic ? `It was online at ${v.publicUrl}. Take down every copy outside the site as well${where ? ` — the consent covered: ${where}` : ' (for example company LinkedIn posts)'}.` : 'The video had not been published yet. If it was shared anywhere else, take it down there.',
    ],
    { nl: 'Bekijk de intrekking', en: 'See the withdrawal', url: v.adminUrl },
  )
}

const entryPointWords: Record<Locale, Record<string, string>> = {
  nl: { apply: 'het sollicitatieformulier', 'lead-form': '“Hou me op de hoogte”', quiz: 'de quiz', 'business-case': 'de praktijkcase' },
  en: { apply: 'the application form', 'lead-form': '“Keep me posted”', quiz: 'the quiz', 'business-case': 'the business case' },
}
const languageWords: Record<Locale, Record<Locale, string>> = {
  nl: { nl: 'het Nederlands', en: 'het Engels' },
  en: { nl: 'Dutch', en: 'English' },
}

/**
 * A recruiter's mail about a new application or lead, in the recruiter's own language (Users'
 * `language`, Dutch when unset), with the vacancy's title in that language, and saying which
 * language the candidate wrote in (so the reply is in theirs). It deliberately carries none of the
 * candidate's personal data: mailboxes are not covered by the retention purge, so it says what came
 * in and links to the CMS, where access and deletion are controlled.
 */
export function recruiterNewCandidateMail(
  locale: Locale,
  v: { collection: 'applications' | 'leads'; entryPoint: string; vacancyTitle: string | null; candidateLocale: Locale; adminUrl: string },
): Mail {
  const via = entryPointWords[locale][v.entryPoint] ?? v.entryPoint
  const language = languageWords[locale][v.candidateLocale]
  if (locale === 'nl') {
    const what = v.collection === 'applications' ? 'Nieuwe sollicitatie' : 'Nieuwe lead'
    const who = v.collection === 'applications' ? 'Sollicitant' : 'Kandidaat'
    return compose(`${what}${v.vacancyTitle ? `: ${v.vacancyTitle}` : ''} (${v.candidateLocale === 'en' ? 'Engelstalig' : 'Nederlandstalig'})`, [
      `${what} via de werken-bij-site, via ${via}${v.vacancyTitle ? `, voor de vacature “${v.vacancyTitle}”` : ''}.`,
      `${who} schrijft in ${language}.`,
      'De gegevens staan in het CMS (alleen zichtbaar voor recruiters en beheerders). We zetten ze bewust niet in deze mail.',
    ], { label: 'Bekijken in het CMS', url: v.adminUrl })
  }
  const what = v.collection === 'applications' ? 'New application' : 'New lead'
  const who = v.collection === 'applications' ? 'The applicant' : 'The candidate'
  return compose(`${what}${v.vacancyTitle ? `: ${v.vacancyTitle}` : ''} (${language})`, [
    `${what} through the careers site, via ${via}${v.vacancyTitle ? `, for the vacancy “${v.vacancyTitle}”` : ''}.`,
    `${who} writes in ${language}.`,
    'The details are in the CMS (visible to recruiters and admins only). We deliberately leave them out of this mail.',
  ], { label: 'View in the CMS', url: v.adminUrl })
}

/** One vacancy in a job-alert mail: its title, its page, and why it fits, in plain words. */
export interface JobAlertItem {
  title: string
  url: string
  /** Skill names in the lead's language; never a score. */
  skills: string[]
}

const listOf = (words: string[], locale: Locale) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${locale === 'nl' ? 'en' : 'and'} ${words[words.length - 1]}`)

/**
 * The job-alert mail (cms/alerts/jobAlerts.ts): the new vacancies that fit the lead, each with its
 * link and the skills it shares with what they told us, then how to stop and how to delete their
 * details — in every mail. Nothing they told us is repeated beyond those skill names.
 */
export function jobAlertMail(locale: Locale, v: { items: JobAlertItem[]; stopLink: string; deleteLink: string; linksUntil: string }): Mail {
  const nl = locale === 'nl'
  const one = v.items.length === 1
  const subject = nl
    ? one ? `Nieuwe vacature die bij je past: ${v.items[0]!.title}` : `${v.items.length} nieuwe vacatures die bij je passen`
    : one ? `A new vacancy that fits you: ${v.items[0]!.title}` : `${v.items.length} new vacancies that fit you`
  const vacancies = v.items.map((item) =>
    nl
      ? `${item.title}${item.skills.length ? ` — past bij je omdat je ${listOf(item.skills, 'nl')} noemde.` : ''}\n${item.url}`
      : `${item.title}${item.skills.length ? ` — fits you because you mentioned ${listOf(item.skills, 'en')}.` : ''}\n${item.url}`,
  )
  const until = date(v.linksUntil, locale)
  const paragraphs = nl
    ? [
        'Hoi,',
        `Je vroeg ons je te mailen over nieuwe vacatures die bij je passen. ${one ? 'Deze is net geopend' : 'Deze zijn net geopend'}:`,
        ...vacancies,
        'Software vergeleek de vaardigheden uit wat je ons vertelde met de vacature; of je solliciteert, beslis je zelf.',
        `Geen vacaturemeldingen meer? Zet ze uit op je eigen pagina: ${v.stopLink}`,
        `Je gegevens verwijderen kan altijd: ${v.deleteLink}`,
        `Deze links werken tot ${until}; elke nieuwe mail heeft verse links.`,
      ]
    : [
        'Hi,',
        `You asked us to email you about new vacancies that fit you. ${one ? 'This one has just opened' : 'These have just opened'}:`,
        ...vacancies,
        'Software compared the skills in what you told us with the vacancy; whether you apply is up to you.',
        `No more job alerts? Turn them off on your own page: ${v.stopLink}`,
        `You can always delete your details: ${v.deleteLink}`,
        `These links work until ${until}; every new mail has fresh links.`,
      ]
  return compose(subject, paragraphs, { label: nl ? 'Vacaturemeldingen stoppen' : 'Stop job alerts', url: v.stopLink })
}
