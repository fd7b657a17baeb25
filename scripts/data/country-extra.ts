/**
 * Hand-written country data that no installed package has: news-style names, common short forms,
 * and demonyms. Keyed by ISO 3166-1 alpha-2; the build checks every key against countries-list.
 */

/** Canonical English names where news usage differs from countries-list. */
export const NAME_OVERRIDES: Readonly<Record<string, string>> = {
  AX: "Åland Islands",
  BL: "Saint Barthélemy",
  CW: "Curaçao",
  RE: "Réunion",
  TR: "Turkey",
};

/** Capitals that countries-list spells differently from GeoNames. */
export const CAPITAL_OVERRIDES: Readonly<Record<string, string>> = {
  EH: "Laayoune",
};

/**
 * Extra aliases. All-capital acronyms without dots ("US", "UK") are loaded as case-sensitive
 * aliases only; dotted forms ("U.S.") also match lowercase text.
 */
export const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  AE: ["U.A.E.", "the Emirates"],
  BA: ["Bosnia", "Bosnia-Herzegovina"],
  BO: ["Plurinational State of Bolivia"],
  BN: ["Brunei Darussalam"],
  CD: ["Democratic Republic of Congo", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "DRC", "Congo"],
  CG: ["Republic of Congo", "Congo-Brazzaville", "Congo Republic"],
  CN: ["PRC", "P.R.C.", "People's Republic of China", "Mainland China"],
  CI: ["Côte d'Ivoire", "Cote d'Ivoire", "Cote dIvoire"],
  CZ: ["Czech Republic"],
  DO: ["Dominican Rep."],
  FK: ["Falklands"],
  FM: ["Federated States of Micronesia"],
  GB: ["U.K.", "UK", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland",
    "England", "Scotland", "Wales", "Northern Ireland"],
  GM: ["The Gambia"],
  IR: ["Islamic Republic of Iran", "Persia"],
  KP: ["DPRK", "D.P.R.K.", "Democratic People's Republic of Korea", "N. Korea"],
  KR: ["ROK", "Republic of Korea", "S. Korea"],
  LA: ["Lao People's Democratic Republic", "Lao PDR"],
  MD: ["Republic of Moldova"],
  MM: ["Burma"],
  MO: ["Macau"],
  NL: ["Holland", "The Netherlands"],
  PS: ["Palestinian Territories", "Palestinian territories", "Occupied Palestinian Territories", "State of Palestine", "West Bank", "Gaza Strip"],
  RU: ["Russian Federation"],
  SY: ["Syrian Arab Republic"],
  SZ: ["Swaziland"],
  TL: ["Timor-Leste"],
  TR: ["Türkiye", "Turkiye"],
  TW: ["Republic of China", "Chinese Taipei"],
  TZ: ["United Republic of Tanzania"],
  US: ["U.S.", "U.S.A.", "US", "USA", "America", "United States of America", "the United States"],
  VA: ["Holy See", "Vatican", "the Vatican"],
  VE: ["Bolivarian Republic of Venezuela"],
  VN: ["Viet Nam"],
};

/**
 * Demonyms and adjectives, comma-separated. A trailing "+" also adds the plural with "s"
 * ("Venezuelan+" gives venezuelan and venezuelans); other plurals are written out. An empty list
 * means English has no demonym that is not another country's ("Dominican" is the Dominican Republic's).
 */
export const DEMONYMS = `
AC: Ascension Islander+
AD: Andorran+
AE: Emirati+, Emirian+
AF: Afghan+, Afghani+
AG: Antiguan+, Barbudan+
AI: Anguillan+
AL: Albanian+
AM: Armenian+
AO: Angolan+
AQ: Antarctic
AR: Argentine+, Argentinian+, Argentinean+
AS: American Samoan+
AT: Austrian+
AU: Australian+, Aussie+
AW: Aruban+
AX: Ålander+, Alander+, Ålandic
AZ: Azerbaijani+, Azeri+
BA: Bosnian+, Herzegovinian+, Bosniak+
BB: Barbadian+, Bajan+
BD: Bangladeshi+
BE: Belgian+
BF: Burkinabe, Burkinabè, Burkinan+
BG: Bulgarian+
BH: Bahraini+
BI: Burundian+
BJ: Beninese
BL: Barthélemois, Saint-Barthélemois
BM: Bermudian+, Bermudan+
BN: Bruneian+
BO: Bolivian+
BQ: Bonairean+
BR: Brazilian+
BS: Bahamian+
BT: Bhutanese
BV:
BW: Botswanan+, Motswana, Batswana
BY: Belarusian+, Belarusan+, Byelorussian+
BZ: Belizean+
CA: Canadian+
CC: Cocos Islander+
CD: Congolese, Kinshasan+
CF: Central African+
CG: Brazzaville Congolese
CH: Swiss
CI: Ivorian+, Ivoirian+
CK: Cook Islander+
CL: Chilean+
CM: Cameroonian+
CN: Chinese
CO: Colombian+
CR: Costa Rican+
CU: Cuban+
CV: Cape Verdean+, Cabo Verdean+
CW: Curaçaoan+, Curacaoan+
CX: Christmas Islander+
CY: Cypriot+
CZ: Czech+
DE: German+
DJ: Djiboutian+
DK: Danish, Dane+
DM:
DO: Dominican+
DZ: Algerian+
EC: Ecuadorian+, Ecuadorean+
EE: Estonian+
EG: Egyptian+
EH: Sahrawi+, Sahraoui+, Western Saharan+
ER: Eritrean+
ES: Spanish, Spaniard+
ET: Ethiopian+
FI: Finnish, Finn+
FJ: Fijian+
FK: Falkland Islander+, Falklander+
FM: Micronesian+
FO: Faroese
FR: French, Frenchman, Frenchmen, Frenchwoman, Frenchwomen
GA: Gabonese
GB: British, Briton+, Brit+, English, Englishman, Englishmen, Scottish, Scot+, Welsh, Northern Irish
GD: Grenadian+
GE: Georgian+
GF: French Guianese
GG: Guernseyman, Guernseymen
GH: Ghanaian+
GI: Gibraltarian+
GL: Greenlandic, Greenlander+
GM: Gambian+
GN: Guinean+
GP: Guadeloupean+, Guadeloupian+
GQ: Equatorial Guinean+, Equatoguinean+
GR: Greek+
GS: South Georgian+
GT: Guatemalan+
GU: Guamanian+
GW: Bissau-Guinean+
GY: Guyanese
HK: Hong Konger+, Hongkonger+
HM: Heard Islander+
HN: Honduran+
HR: Croatian+, Croat+
HT: Haitian+
HU: Hungarian+
ID: Indonesian+
IE: Irish, Irishman, Irishmen, Irishwoman, Irishwomen
IL: Israeli+
IM: Manx
IN: Indian+
IO: Chagossian+
IQ: Iraqi+
IR: Iranian+, Persian+
IS: Icelandic, Icelander+
IT: Italian+
JE: Jerseyman, Jerseymen
JM: Jamaican+
JO: Jordanian+
JP: Japanese
KE: Kenyan+
KG: Kyrgyz, Kyrgyzstani+, Kirghiz
KH: Cambodian+, Khmer
KI: I-Kiribati, Kiribatian+
KM: Comoran+, Comorian+
KN: Kittitian+, Nevisian+
KP: North Korean+
KR: South Korean+, Korean+
KW: Kuwaiti+
KY: Caymanian+
KZ: Kazakh+, Kazakhstani+, Kazak+
LA: Laotian+, Lao
LB: Lebanese
LC: Saint Lucian+, St. Lucian+
LI: Liechtensteiner+
LK: Sri Lankan+
LR: Liberian+
LS: Basotho, Mosotho, Lesothan+
LT: Lithuanian+
LU: Luxembourgish, Luxembourger+
LV: Latvian+
LY: Libyan+
MA: Moroccan+
MC: Monégasque+, Monegasque+, Monacan+
MD: Moldovan+
ME: Montenegrin+
MF: Saint-Martinois, Saint-Martinoise
MG: Malagasy, Madagascan+
MH: Marshallese
MK: Macedonian+, North Macedonian+
ML: Malian+
MM: Burmese, Myanmarese, Myanma
MN: Mongolian+, Mongol+
MO: Macanese
MP: Northern Mariana Islander+
MQ: Martinican+, Martiniquais
MR: Mauritanian+
MS: Montserratian+
MT: Maltese
MU: Mauritian+
MV: Maldivian+
MW: Malawian+
MX: Mexican+
MY: Malaysian+
MZ: Mozambican+
NA: Namibian+
NC: New Caledonian+
NE: Nigerien+
NF: Norfolk Islander+
NG: Nigerian+
NI: Nicaraguan+
NL: Dutch, Dutchman, Dutchmen, Dutchwoman, Dutchwomen, Netherlander+
NO: Norwegian+
NP: Nepalese, Nepali+
NR: Nauruan+
NU: Niuean+
NZ: New Zealander+
OM: Omani+
PA: Panamanian+
PE: Peruvian+
PF: French Polynesian+
PG: Papua New Guinean+, Papuan+
PH: Filipino+, Filipina+, Philippine
PK: Pakistani+
PL: Polish, Pole+
PM: Saint-Pierrais, Miquelonnais
PN: Pitcairn Islander+
PR: Puerto Rican+
PS: Palestinian+
PT: Portuguese
PW: Palauan+
PY: Paraguayan+
QA: Qatari+
RE: Réunionese, Reunionese
RO: Romanian+, Rumanian+
RS: Serbian+, Serb+
RU: Russian+
RW: Rwandan+, Rwandese
SA: Saudi+, Saudi Arabian+
SB: Solomon Islander+
SC: Seychellois
SD: Sudanese
SE: Swedish, Swede+
SG: Singaporean+
SH: Saint Helenian+
SI: Slovenian+, Slovene+
SJ:
SK: Slovak+, Slovakian+
SL: Sierra Leonean+
SM: Sammarinese
SN: Senegalese
SO: Somali+, Somalian+
SR: Surinamese, Surinamer+
SS: South Sudanese
ST: Santomean+, São Toméan+, Sao Tomean+
SV: Salvadoran+, Salvadorean+
SX: Sint Maartener+
SY: Syrian+
SZ: Swazi+
TA: Tristanian+
TC: Turks and Caicos Islander+
TD: Chadian+
TF:
TG: Togolese
TH: Thai+
TJ: Tajik+, Tajikistani+, Tadjik+
TK: Tokelauan+
TL: Timorese, East Timorese
TM: Turkmen+, Turkmenistani+
TN: Tunisian+
TO: Tongan+
TR: Turkish, Turk+
TT: Trinidadian+, Tobagonian+, Trinbagonian+
TV: Tuvaluan+
TW: Taiwanese
TZ: Tanzanian+
UA: Ukrainian+
UG: Ugandan+
UM:
US: American+
UY: Uruguayan+
UZ: Uzbek+, Uzbekistani+
VA:
VC: Vincentian+, Saint Vincentian+
VE: Venezuelan+
VG: British Virgin Islander+
VI: U.S. Virgin Islander+
VN: Vietnamese
VU: Ni-Vanuatu, Vanuatuan+
WF: Wallisian+, Futunan+, Wallis and Futuna Islander+
WS: Samoan+
XK: Kosovar+, Kosovan+
YE: Yemeni+, Yemenite+
YT: Mahoran+, Mahorais
ZA: South African+
ZM: Zambian+
ZW: Zimbabwean+
`;

/** Common English exonyms and short forms of cities, as [alias, GeoNames name, ISO2]. */
export const CITY_ALIASES: readonly (readonly [string, string, string])[] = [
  ["Washington", "Washington, D.C.", "US"],
  ["Washington DC", "Washington, D.C.", "US"],
  ["Washington D.C.", "Washington, D.C.", "US"],
  ["New York", "New York City", "US"],
  ["Kiev", "Kyiv", "UA"],
  ["Peking", "Beijing", "CN"],
  ["Bombay", "Mumbai", "IN"],
  ["Calcutta", "Kolkata", "IN"],
  ["Madras", "Chennai", "IN"],
  ["Rangoon", "Yangon", "MM"],
  ["Saigon", "Ho Chi Minh City", "VN"],
  ["Mecca", "Mecca", "SA"],
  ["Cologne", "Köln", "DE"],
  ["The Hague", "The Hague", "NL"],
  ["Gaza City", "Gaza", "PS"],
  ["Kharkov", "Kharkiv", "UA"],
  ["Odesa", "Odessa", "UA"],
  ["Tiflis", "Tbilisi", "GE"],
  ["Sanaa", "Sanaa", "YE"],
  ["Sana'a", "Sanaa", "YE"],
  ["Mexico City", "Mexico City", "MX"],
  ["Bogota", "Bogotá", "CO"],
  ["Brasilia", "Brasília", "BR"],
  ["Sao Paulo", "São Paulo", "BR"],
  // English names GeoNames lacks: without them "Geneva" is Geneva, Illinois.
  ["Geneva", "Genève", "CH"],
  ["Seville", "Sevilla", "ES"],
  ["Antwerp", "Antwerpen", "BE"],
  ["Nuremberg", "Nürnberg", "DE"],
  ["Hanover", "Hannover", "DE"],
  ["Frankfurt", "Frankfurt am Main", "DE"],
  ["Gothenburg", "Göteborg", "SE"],
  ["Basra", "Basrah", "IQ"],
  ["Fallujah", "Al Fallūjah", "IQ"],
  ["Misrata", "Mişrātah", "LY"],
  ["Jenin", "Janīn", "PS"],
  // News spellings GeoNames writes otherwise.
  ["Taiz", "Ta‘izz", "YE"],
  ["Marib", "Ma'rib", "YE"],
  ["Hodeidah", "Al Ḩudaydah", "YE"],
  ["Saada", "Sa'dah", "YE"],
  ["Raqqa", "Ar Raqqah", "SY"],
  ["Mazar-i-Sharif", "Mazār-e Sharīf", "AF"],
  ["Zaporizhzhia", "Zaporizhia", "UA"],
  ["Avdiivka", "Avdiyivka", "UA"],
  ["Khan Younis", "Khān Yūnis", "PS"],
  ["Jabalia", "Jabālyā", "PS"],
];

/** Cities renamed since the GeoNames data was taken: [current name, GeoNames name, iso2]. The old name stays an alias. */
export const CITY_RENAMES: readonly (readonly [string, string, string])[] = [
  ["Astana", "Nur-Sultan", "KZ"],
];
