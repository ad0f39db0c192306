// Screening a youth program's message for the coordinator (issue 10, point 5): contact details
// and words of the program's watch list. Pure; thread-safe. The message is still delivered; a
// non-empty result flags it (domain/message.h) with these reason ids, in this order:
//   contact_email   an e-mail address (name@domain.tld), also "name at domain dot com"
//   contact_phone   a phone number: a run of at least 7 digits joined only by spaces, dashes,
//                   dots, slashes-free parentheses and a leading +; dates (2026-03-01,
//                   01.03.2026), times (10:30), year ranges (2024-2025), prices (1,500.00) and
//                   short numbers are not phone numbers
//   contact_handle  a social handle: @name (2+ letters, digits, _ or .) not part of an address
//   contact_link    a link: http(s)://..., www.... or a domain with a common top-level domain
//   contact_app     the name of a messaging or social app (whatsapp, snapchat, instagram, ...)
//   watch_word      a word or phrase of the watch list, matched as whole words, ignoring case
//                   and accents (Latin letters)
// What the detector does not catch (numbers written as words, spaced-out letters) is the
// coordinator's to read: in youth programs they can read every message.
#ifndef TANDEM_DOMAIN_MESSAGE_SCREENING_H_
#define TANDEM_DOMAIN_MESSAGE_SCREENING_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace tandem::domain {

inline constexpr std::string_view kReasonContactEmail = "contact_email";
inline constexpr std::string_view kReasonContactPhone = "contact_phone";
inline constexpr std::string_view kReasonContactHandle = "contact_handle";
inline constexpr std::string_view kReasonContactLink = "contact_link";
inline constexpr std::string_view kReasonContactApp = "contact_app";
inline constexpr std::string_view kReasonWatchWord = "watch_word";

// The contact-detail reason ids found in `text` (each at most once, in the order above).
std::vector<std::string> FindContactDetails(std::string_view text);

// Lower-cases ASCII and folds Latin letters with accents (é, ñ, ü, ç, ...) to their base
// letter; other characters are kept as they are.
std::string FoldForMatching(std::string_view text);

// Whether any entry of `watch_words` (a word or a phrase) occurs in `text` as whole words,
// ignoring case and accents.
bool HasWatchWord(std::string_view text, const std::vector<std::string>& watch_words);

// Every reason id for `text`: contact details, then watch_word.
std::vector<std::string> ScreenMessage(std::string_view text,
                                       const std::vector<std::string>& watch_words);

// A program's watch list: at most kMaxWatchWords entries of 1..kMaxWatchWordChars characters,
// no control characters. InvalidArgument naming `words`. Normalise trims the entries, drops
// empty ones and duplicates (after folding), keeping the first spelling.
inline constexpr size_t kMaxWatchWords = 500;
inline constexpr size_t kMaxWatchWordChars = 60;
Status ValidateWatchWords(const std::vector<std::string>& words);
std::vector<std::string> NormalizeWatchWords(const std::vector<std::string>& words);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_MESSAGE_SCREENING_H_
