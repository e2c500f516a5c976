/**
 * Where Dutch (and a few Flemish) towns are, for the distance between a candidate and a vacancy.
 * A small built-in table (no geocoding service: nothing may be fetched at run time); a town that is
 * not in it has an unknown distance, which the ranking shows as such instead of guessing.
 */
import { normalise } from './text'

// [name, latitude, longitude], rounded to two decimals (≈1 km).
const TOWNS: [string, number, number][] = [
  ['Amsterdam', 52.37, 4.9], ['Rotterdam', 51.92, 4.48], ['Den Haag', 52.08, 4.31], ['Utrecht', 52.09, 5.12],
  ['Eindhoven', 51.44, 5.48], ['Groningen', 53.22, 6.57], ['Tilburg', 51.56, 5.09], ['Almere', 52.37, 5.22],
  ['Breda', 51.59, 4.78], ['Nijmegen', 51.84, 5.86], ['Apeldoorn', 52.21, 5.97], ['Arnhem', 51.98, 5.91],
  ['Haarlem', 52.39, 4.64], ['Enschede', 52.22, 6.89], ['Amersfoort', 52.16, 5.39], ['Zaanstad', 52.45, 4.81],
  ['Zaandam', 52.44, 4.83], ['Den Bosch', 51.69, 5.3], ["'s-Hertogenbosch", 51.69, 5.3], ['Haarlemmermeer', 52.3, 4.69],
  ['Hoofddorp', 52.3, 4.69], ['Zwolle', 52.51, 6.09], ['Zoetermeer', 52.06, 4.49], ['Leiden', 52.16, 4.49],
  ['Maastricht', 50.85, 5.69], ['Dordrecht', 51.81, 4.67], ['Ede', 52.04, 5.67], ['Alphen aan den Rijn', 52.13, 4.66],
  ['Alkmaar', 52.63, 4.75], ['Emmen', 52.78, 6.9], ['Delft', 52.01, 4.36], ['Venlo', 51.37, 6.17],
  ['Deventer', 52.25, 6.16], ['Sittard', 51.0, 5.87], ['Helmond', 51.48, 5.66], ['Oss', 51.77, 5.52],
  ['Amstelveen', 52.3, 4.86], ['Hilversum', 52.22, 5.18], ['Heerlen', 50.89, 5.98], ['Lelystad', 52.52, 5.47],
  ['Leeuwarden', 53.2, 5.8], ['Gouda', 52.01, 4.71], ['Roosendaal', 51.53, 4.46], ['Schiedam', 51.92, 4.4],
  ['Vlaardingen', 51.91, 4.34], ['Purmerend', 52.5, 4.96], ['Veenendaal', 52.03, 5.56], ['Nieuwegein', 52.03, 5.08],
  ['Houten', 52.03, 5.17], ['Waalwijk', 51.68, 5.07], ['Tiel', 51.89, 5.43], ['Harderwijk', 52.34, 5.62],
  ['Assen', 52.99, 6.56], ['Middelburg', 51.5, 3.61], ['Vlissingen', 51.44, 3.57], ['Bergen op Zoom', 51.49, 4.29],
  ['Weert', 51.25, 5.71], ['Roermond', 51.19, 5.99], ['Hengelo', 52.27, 6.79], ['Almelo', 52.36, 6.66],
  ['Barendrecht', 51.86, 4.53], ['Ridderkerk', 51.87, 4.6], ['Capelle aan den IJssel', 51.93, 4.58], ['Woerden', 52.09, 4.88],
  ['Antwerpen', 51.22, 4.4], ['Gent', 51.05, 3.72], ['Brussel', 50.85, 4.35],
]

const SYNONYMS: Record<string, string> = { 'the hague': 'den haag', "'s-gravenhage": 'den haag', 's-gravenhage': 'den haag', 'hertogenbosch': 'den bosch', 'antwerp': 'antwerpen', 'ghent': 'gent', 'brussels': 'brussel' }

const key = (name: string) => {
  const k = normalise(name).replace(/\s+/g, ' ').trim()
  return SYNONYMS[k] ?? k
}

const byName = new Map(TOWNS.map(([name, lat, lon]) => [key(name), { name, lat, lon }]))

export interface Place {
  name: string
  lat: number
  lon: number
}

export function findPlace(name: string | undefined | null): Place | undefined {
  if (!name) return undefined
  return byName.get(key(name))
}

/** The first known town named in a text ("Woonplaats: Utrecht", "based in Breda"). */
export function placeInText(text: string): Place | undefined {
  const normal = normalise(text)
  let best: { at: number; place: Place } | undefined
  for (const [name, place] of byName) {
    const at = normal.search(new RegExp(`(^|[^a-z])${name.replace(/[.*+?^${}()|[\]\\']/g, '\\$&')}($|[^a-z])`))
    if (at >= 0 && (!best || at < best.at)) best = { at, place }
  }
  for (const [alias, target] of Object.entries(SYNONYMS)) {
    const at = normal.indexOf(alias)
    if (at >= 0 && (!best || at < best.at) && byName.get(target)) best = { at, place: byName.get(target)! }
  }
  return best?.place
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: Place, b: Place): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLon = (b.lon - a.lon) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2
  return Math.round(2 * 6371 * Math.asin(Math.sqrt(h)))
}
