/**
 * The "how we measure" page (/zo-meten-we, /en/how-we-measure), in both languages. It must say
 * exactly what the code does: the beacon (components/insights/beacon.ts), the CMS's ingest
 * (cms/insights/), the daily salt (cms/insights/visitorHash.ts) and retention (cms/insights/retention.ts).
 */
import type { Lang } from './i18n'

export interface MeasureSection {
  title: string
  items: string[]
}

export interface MeasureCopy {
  title: string
  intro: string
  sections: MeasureSection[]
  contact: string
}

const nl: MeasureCopy = {
  title: 'Zo meten we',
  intro:
    'We willen weten welke video’s van collega’s en welke manieren om te reageren werken, zodat we de site beter maken. Dat meten we zelf, op onze eigen server, zonder cookies en zonder iemand te volgen. Daarom vragen we je ook nergens om toestemming voor cookies.',
  sections: [
    {
      title: 'Wat we niet doen',
      items: [
        'We zetten geen cookies, ook geen “functionele”.',
        'We bewaren niets in je browser waarmee we jou kunnen herkennen: geen id, geen code, geen vingerafdruk.',
        'We bewaren je IP-adres en je browsergegevens (user agent) nergens.',
        'We laden geen scripts of pixels van anderen (geen Google Analytics, geen Meta, geen LinkedIn) en geven niets door aan anderen.',
      ],
    },
    {
      title: 'Wat we wel tellen',
      items: [
        'Bezochte pagina’s: het soort pagina, de vacature of afdeling, en de taal.',
        'Video’s van collega’s: in beeld, gestart, 25, 50, 75 en 100 procent bekeken, ondertiteling aangezet.',
        'Manieren om te reageren (solliciteren, op de hoogte blijven, quiz, praktijkcase): gezien, begonnen en verstuurd, en klikken naar een extern sollicitatiesysteem.',
        'Waar je vandaan kwam: de naam van een campagne (utm_source) of alleen het domein van de site die naar ons linkte, nooit het volledige adres.',
        'Kwam je binnen via de deellink van een collega, dan telt je bezoek voor die link. De collega ziet alleen totalen (zoveel keer geopend, afgespeeld, zoveel mensen lieten hun gegevens achter), nooit wie.',
        'Robots, linkvoorbeelden (zoals in WhatsApp of LinkedIn) en pagina’s die je browser alvast laadt, tellen we niet.',
      ],
    },
    {
      title: 'Unieke bezoekers, zonder je te herkennen',
      items: [
        'Om dubbel tellen te voorkomen, maakt onze server per dag een onomkeerbare code (een hash) van een geheim getal van die dag, je IP-adres en je user agent. Alleen die code bewaren we bij de gebeurtenis.',
        'Het geheime getal wordt elke dag nieuw gemaakt en na afloop van de dag verwijderd. Daarna kan niemand, ook wij niet, de code nog terugrekenen of aan de code van een andere dag koppelen.',
        'Bezoeken die minder dan 30 minuten uit elkaar liggen (op dezelfde dag) tellen als één bezoek. Ook dat rekent de server uit met dezelfde dagcode.',
        'Stuurt je browser “Global Privacy Control” (Sec-GPC) of “Do Not Track” (DNT) mee, dan tellen we je bezoek wel, maar zonder dagcode: je telt niet als unieke bezoeker en niet als bezoek.',
      ],
    },
    {
      title: 'Als je zelf iets verstuurt',
      items: [
        'Je browser onthoudt in dit tabblad (sessionStorage, weg zodra je het tabblad sluit) waar je binnenkwam en welke video je bekeek. Dat gaat alleen mee als je zelf een formulier verstuurt, en staat dan bij je gegevens.',
        'In de metingen staat dan alleen dát er iets is verstuurd, met een onomkeerbare code van je inzending: niet je naam, e-mailadres of telefoonnummer.',
        'Je gegevens zelf bewaren we zoals bij het formulier staat: tot vier weken na de procedure, of een jaar als je voor de talentenpool kiest. Met de link in je bevestiging verwijder je ze zelf.',
      ],
    },
    {
      title: 'Hoe lang we het bewaren',
      items: [
        'De losse metingen bewaren we 13 maanden; daarna worden ze automatisch verwijderd.',
        'Daaruit maken we totalen per dag (bijvoorbeeld: zoveel keer bekeken op die dag). Die totalen bevatten geen codes van bezoekers en bewaren we, zodat we jaren kunnen vergelijken.',
      ],
    },
  ],
  contact: 'Vragen hierover? Mail ons via privacy@noordhaven.example.',
}

const en: MeasureCopy = {
  title: 'How we measure',
  intro:
    'We want to know which colleague videos and which ways of getting in touch work, so we can make this site better. We measure that ourselves, on our own server, without cookies and without following anyone. That is why we never ask you to accept cookies.',
  sections: [
    {
      title: 'What we do not do',
      items: [
        'We set no cookies, not even “functional” ones.',
        'We keep nothing in your browser that could recognise you: no id, no code, no fingerprint.',
        'We never store your IP address or your browser details (user agent).',
        'We load no scripts or pixels of others (no Google Analytics, no Meta, no LinkedIn) and pass nothing on to anyone.',
      ],
    },
    {
      title: 'What we count',
      items: [
        'Pages visited: the kind of page, the vacancy or department, and the language.',
        'Colleague videos: seen on screen, started, 25, 50, 75 and 100 percent watched, captions switched on.',
        'Ways to get in touch (apply, keep me posted, quiz, business case): seen, started and sent, and clicks to an external application system.',
        'Where you came from: a campaign name (utm_source) or only the domain of the site that linked to us, never the full address.',
        'If you came in through a colleague’s share link, your visit counts for that link. The colleague only sees totals (opened so many times, played, so many people left their details), never who.',
        'Robots, link previews (as in WhatsApp or LinkedIn) and pages your browser loads in advance are not counted.',
      ],
    },
    {
      title: 'Unique visitors, without recognising you',
      items: [
        'To avoid counting twice, our server makes a one-way code (a hash) each day from a secret number of that day, your IP address and your user agent. Only that code is kept with the event.',
        'The secret number is made new every day and deleted once the day is over. After that nobody, not even we, can work the code back or link it to another day’s code.',
        'Visits less than 30 minutes apart (on the same day) count as one visit. The server works that out from the same daily code.',
        'If your browser sends “Global Privacy Control” (Sec-GPC) or “Do Not Track” (DNT), we count your visit without a daily code: you do not count as a unique visitor or as a visit.',
      ],
    },
    {
      title: 'When you send us something',
      items: [
        'Your browser remembers in this tab (sessionStorage, gone when you close the tab) where you came in and which video you watched. It is only sent when you send a form yourself, and is then kept with your details.',
        'The measurements then only say that something was sent, with a one-way code of your submission: not your name, email address or phone number.',
        'Your details themselves are kept as the form says: until four weeks after the procedure, or one year if you choose the talent pool. The link in your confirmation deletes them at any time.',
      ],
    },
    {
      title: 'How long we keep it',
      items: [
        'The individual measurements are kept for 13 months and then deleted automatically.',
        'From them we make totals per day (for example: watched this many times that day). Those totals hold no visitor codes, and we keep them so we can compare over the years.',
      ],
    },
  ],
  contact: 'Questions about this? Email privacy@noordhaven.example.',
}

export const measureCopy = (lang: Lang): MeasureCopy => (lang === 'en' ? en : nl)
