/** Common ISO 639-1 codes offered in the profile; names come from Intl.DisplayNames. */
export const LANGUAGE_CODES: readonly string[] = [
  'en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'sv', 'no', 'da', 'fi', 'pl', 'cs', 'sk', 'ro', 'hu',
  'el', 'tr', 'ru', 'uk', 'ar', 'he', 'fa', 'hi', 'bn', 'ur', 'pa', 'ta', 'te', 'mr', 'gu', 'zh',
  'ja', 'ko', 'vi', 'th', 'id', 'ms', 'tl', 'sw', 'am', 'yo', 'ha', 'ig', 'so', 'ht', 'ca', 'eu',
  'gl', 'ga', 'cy', 'sq', 'hr', 'sr', 'bg', 'lt', 'lv', 'et', 'ne', 'km', 'my', 'ps', 'hy', 'ka',
];
