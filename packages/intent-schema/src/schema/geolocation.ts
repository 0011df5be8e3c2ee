/**
 * Route 53 geolocation codes (API GeoLocation: continent codes, ISO 3166-1
 * alpha-2 country codes, and US states as subdivisions;
 * https://docs.aws.amazon.com/Route53/latest/APIReference/API_GeoLocation.html).
 * In an intent a location is `EU` (a continent), `DE` (a country), `US-CA`
 * (a US state) or `country:NA` for a country whose code is also a continent's.
 */
export const CONTINENT_CODES = ["AF", "AN", "AS", "EU", "NA", "OC", "SA"] as const;

const COUNTRY_CODES = new Set(
  (
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS " +
    "BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE " +
    "EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM " +
    "HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC " +
    "LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA " +
    "NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
    "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO " +
    "TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
  ).split(" "),
);

/** The 50 states and the District of Columbia (USPS codes), the only subdivisions Route 53 takes. */
const US_STATES = new Set(
  (
    "AK AL AR AZ CA CO CT DC DE FL GA HI IA ID IL IN KS KY LA MA MD ME MI MN MO MS MT NC ND NE NH " +
    "NJ NM NV NY OH OK OR PA RI SC SD TN TX UT VA VT WA WI WV WY"
  ).split(" "),
);

/** A location as Route 53's GeoLocation takes it. */
export type GeoLocation =
  | { readonly continentCode: string }
  | { readonly countryCode: string; readonly subdivisionCode?: string };

/** The Route 53 location a written code stands for; undefined when Route 53 has none. */
export function parseGeolocation(written: string): GeoLocation | undefined {
  const country = /^country:([A-Z]{2})$/.exec(written);
  if (country !== null)
    return COUNTRY_CODES.has(country[1]!) ? { countryCode: country[1]! } : undefined;
  if ((CONTINENT_CODES as readonly string[]).includes(written)) return { continentCode: written };
  if (COUNTRY_CODES.has(written)) return { countryCode: written };
  const state = /^US-([A-Z]{2})$/.exec(written);
  if (state !== null && US_STATES.has(state[1]!))
    return { countryCode: "US", subdivisionCode: state[1]! };
  return undefined;
}

/** One spelling per location, so `country:DE` and `DE` count as the same place. */
export function geolocationKey(location: GeoLocation): string {
  return "continentCode" in location
    ? `continent:${location.continentCode}`
    : `${location.countryCode}${location.subdivisionCode === undefined ? "" : `-${location.subdivisionCode}`}`;
}
