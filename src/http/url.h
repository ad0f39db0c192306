// Decoding of the request target (path and query string) as the HTTP edge accepts it. Pure
// functions on attacker-controlled text: linear in the input, no recursion, never throw.
//
// What is accepted: a path and query whose %XX escapes are well formed and whose decoded text
// is valid UTF-8 without control characters (U+0000-U+001F, U+007F). Everything else is a
// client error (the server answers 400 problem+json), so no handler, log line or JSON encoder
// ever sees bytes it cannot represent.
#ifndef TANDEM_HTTP_URL_H_
#define TANDEM_HTTP_URL_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace tandem::http {

// Percent-decoding itself is tandem::PercentDecode (base/strings.h).

// True when `s` is well-formed UTF-8 (no overlong forms, surrogates or code points above
// U+10FFFF) and contains no ASCII control character (0x00-0x1F, 0x7F).
bool IsCleanText(std::string_view s);

// The decoded path of a request target's path part; nullopt when it is malformed or not
// clean text (see IsCleanText).
std::optional<std::string> DecodePath(std::string_view raw_path);

// Parses "a=1&b=x+y&c" into decoded key/value pairs (a missing '=' gives an empty value;
// empty parts are skipped). nullopt when any escape is malformed or any decoded key or value
// is not clean text.
std::optional<std::multimap<std::string, std::string>> ParseQuery(std::string_view query);

}  // namespace tandem::http

#endif  // TANDEM_HTTP_URL_H_
