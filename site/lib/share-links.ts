/**
 * Share addresses for WhatsApp and LinkedIn: plain links to their public share pages, so no
 * third-party script or pixel ever loads on the career site. Pure, so the page and tests agree.
 */
export function whatsAppShareUrl(text: string, url: string): string {
  return `https://wa.me/?text=${encodeURIComponent(`${text} ${url}`)}`
}

export function linkedInShareUrl(url: string): string {
  return `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`
}
