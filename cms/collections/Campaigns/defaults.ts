/** The brief every campaign starts with: what makes a good video, and what must never be in one. */
export const defaultDos = [
  { text: { nl: 'Film verticaal (telefoon rechtop).', en: 'Film vertically (phone upright).' } },
  { text: { nl: 'Film bij daglicht, met het licht op je gezicht.', en: 'Film in daylight, with the light on your face.' } },
  { text: { nl: 'Houd de telefoon dichtbij, zodat je goed te verstaan bent.', en: 'Keep the phone close so you can be heard clearly.' } },
  { text: { nl: 'Vertel in je eigen woorden, het hoeft niet perfect.', en: 'Tell it in your own words; it does not need to be perfect.' } },
]

export const defaultDonts = [
  { text: { nl: 'Geen schermen, whiteboards of papieren met klant- of bedrijfsgegevens.', en: 'No screens, whiteboards or papers with customer or company data.' } },
  { text: { nl: 'Geen klanten of voorbijgangers zonder hun toestemming.', en: 'No customers or bystanders without their consent.' } },
  { text: { nl: 'Geen beveiligingsgevoelige plekken of procedures (toegangscodes, serverruimtes, kluizen).', en: 'No security-sensitive places or procedures (access codes, server rooms, safes).' } },
  { text: { nl: 'Geen badges, kentekens of adressen in beeld.', en: 'No badges, licence plates or addresses in view.' } },
]
