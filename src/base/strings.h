// Small string helpers shared by every layer. Pure functions; thread-safe.
#ifndef TANDEM_BASE_STRINGS_H_
#define TANDEM_BASE_STRINGS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tandem {

std::string Trim(std::string_view s);
std::string ToLower(std::string_view s);
// Lower-cases and trims an email address; does not validate it.
std::string NormalizeEmail(std::string_view email);
// A pragmatic check: one '@', a non-empty local part, a dotted domain, no spaces, <= 254 chars.
bool IsValidEmail(std::string_view email);
std::vector<std::string> Split(std::string_view s, char sep);
std::string Join(const std::vector<std::string>& parts, std::string_view sep);
// Number of Unicode code points in a UTF-8 string (for user-facing length limits).
size_t Utf8Length(std::string_view s);
// Case-insensitive substring test over ASCII letters.
bool ContainsIgnoreCase(std::string_view haystack, std::string_view needle);
// True when `s` is well-formed UTF-8: no stray continuation bytes, overlong forms, surrogates
// or code points above U+10FFFF. Linear; any bytes (NUL included) may be passed.
bool IsValidUtf8(std::string_view s);

// Base64url (RFC 4648 section 5) without padding. Decode answers nullopt for anything Encode
// does not produce: a character outside the alphabet, padding, an impossible length or
// non-zero unused bits.
std::string Base64UrlEncode(std::string_view bytes);
std::optional<std::string> Base64UrlDecode(std::string_view text);

// Decodes %XX escapes (and, when plus_is_space, '+' as a space, as in query strings). nullopt
// on a malformed escape. The result may hold any bytes; callers validate it.
std::optional<std::string> PercentDecode(std::string_view in, bool plus_is_space = false);

// Whether two secrets (tokens, hashes) are equal, in time that depends only on their length;
// an empty secret equals nothing.
bool SameSecret(std::string_view a, std::string_view b);

}  // namespace tandem

#endif  // TANDEM_BASE_STRINGS_H_
