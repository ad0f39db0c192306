#include "domain/message_screening.h"

#include <algorithm>
#include <regex>

#include "base/strings.h"

namespace tandem::domain {
namespace {

using namespace std::string_view_literals;

// Base letters of U+00C0..U+00FF ('\0': keep the character) and of U+0100..U+017F.
constexpr std::string_view kLatin1 =
    "AAAAAAACEEEEIIIIDNOOOOO\0OUUUUYTsaaaaaaaceeeeiiiidnooooo\0ouuuuyty"sv;
constexpr std::string_view kLatinExtendedA =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSs"
    "SsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
static_assert(kLatin1.size() == 64);
static_assert(kLatinExtendedA.size() == 128);

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsWordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c == '_';
}

// Collapses runs of whitespace into one space and trims.
std::string CollapseSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// Replaces every match of `re` in `text` with '#' characters of the same length, so later
// patterns neither see it nor join what stood on either side of it.
void Blank(std::string& text, const std::regex& re) {
  for (std::sregex_iterator it(text.begin(), text.end(), re), end; it != end; ++it) {
    const auto pos = static_cast<size_t>(it->position(0));
    std::fill_n(text.begin() + static_cast<std::ptrdiff_t>(pos), it->length(0), '#');
  }
}

bool Found(const std::string& text, const std::regex& re) { return std::regex_search(text, re); }

struct Patterns {
  std::regex email{R"([a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,24})"};
  std::regex spelled_email{
      R"(\b[a-z0-9._-]{1,64} ?[\(\[]? ?(at|arroba) ?[\)\]]? ?[a-z0-9-]{1,63} ?[\(\[]? ?(dot|punto) ?[\)\]]? ?(com|net|org|es|edu|io|me|mx|co|uk)\b)"};
  std::regex iso_date{R"(\b(19|20)\d\d[-./](0?[1-9]|1[0-2])[-./](0?[1-9]|[12]\d|3[01])\b)"};
  std::regex day_first{R"(\b(0?[1-9]|[12]\d|3[01])[-./](0?[1-9]|1[0-2])[-./](\d{4}|\d\d)\b)"};
  std::regex month_first{R"(\b(0?[1-9]|1[0-2])[-./](0?[1-9]|[12]\d|3[01])[-./](\d{4}|\d\d)\b)"};
  std::regex time{R"(\b\d{1,2}[:h]\d\d(:\d\d)?\b)"};
  std::regex year_range{R"(\b(19|20)\d\d ?[-/] ?(19|20)\d\d\b)"};
  std::regex thousands_comma{R"(\b\d{1,3}(,\d{3})+(\.\d+)?\b)"};
  std::regex thousands_dot{R"(\b\d{1,2}(\.\d{3})+(,\d+)?\b)"};
  // At least 7 digits joined by single spaces, dashes, dots or parentheses.
  std::regex phone{R"((\+ ?)?\(?\d([ .()-]{0,2}\d){6,})"};
  std::regex handle{R"((^|[^a-z0-9._%+-])@[a-z0-9_.]{2,})"};
  std::regex link{
      R"((https?://|\bwww\.)[^ ]+|\b[a-z0-9-]{1,63}\.(com|net|org|io|me|co|gg|ly|app|es|mx|tv|xyz|info|link|to|be|us|uk)\b)"};
};

const Patterns& P() {
  static const Patterns* const p = new Patterns();
  return *p;
}

const std::vector<std::string>& AppNames() {
  static const std::vector<std::string>* const names = new std::vector<std::string>{
      "whatsapp", "whats app", "snapchat", "snap",      "instagram", "insta",
      "telegram", "discord",   "kik",      "tiktok",    "facebook",  "messenger",
      "wechat",   "skype",     "facetime", "signal app"};
  return *names;
}

}  // namespace

std::string FoldForMatching(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out += AsciiLower(text[i]);
      continue;
    }
    // Two-byte sequences cover U+0080..U+07FF, which holds both folded blocks.
    if ((c & 0xE0) == 0xC0 && i + 1 < text.size() &&
        (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) {
      const unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
      char base = '\0';
      if (cp >= 0xC0 && cp < 0x100) base = kLatin1[cp - 0xC0];
      if (cp >= 0x100 && cp < 0x180) base = kLatinExtendedA[cp - 0x100];
      if (base != '\0') {
        if (cp == 0xDF) {
          out += "ss";
        } else {
          out += AsciiLower(base);
        }
        ++i;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

bool HasWatchWord(std::string_view text, const std::vector<std::string>& watch_words) {
  const std::string folded = CollapseSpaces(FoldForMatching(text));
  for (const std::string& entry : watch_words) {
    const std::string word = CollapseSpaces(FoldForMatching(entry));
    if (word.empty()) continue;
    for (size_t pos = folded.find(word); pos != std::string::npos;
         pos = folded.find(word, pos + 1)) {
      const bool starts = pos == 0 || !IsWordByte(folded[pos - 1]) || !IsWordByte(word.front());
      const size_t end = pos + word.size();
      const bool ends =
          end == folded.size() || !IsWordByte(folded[end]) || !IsWordByte(word.back());
      if (starts && ends) return true;
    }
  }
  return false;
}

std::vector<std::string> FindContactDetails(std::string_view raw) {
  const Patterns& p = P();
  std::string text = CollapseSpaces(FoldForMatching(raw));
  std::vector<std::string> out;
  if (Found(text, p.email) || Found(text, p.spelled_email)) {
    out.emplace_back(kReasonContactEmail);
    Blank(text, p.email);
    Blank(text, p.spelled_email);
  }
  // What looks like a number but is not a phone number goes first.
  std::string numbers = text;
  for (const std::regex* re : {&p.iso_date, &p.day_first, &p.month_first, &p.time, &p.year_range,
                               &p.thousands_comma, &p.thousands_dot})
    Blank(numbers, *re);
  if (Found(numbers, p.phone)) out.emplace_back(kReasonContactPhone);
  if (Found(text, p.handle)) out.emplace_back(kReasonContactHandle);
  if (Found(text, p.link)) out.emplace_back(kReasonContactLink);
  if (HasWatchWord(text, AppNames())) out.emplace_back(kReasonContactApp);
  return out;
}

std::vector<std::string> ScreenMessage(std::string_view text,
                                       const std::vector<std::string>& watch_words) {
  std::vector<std::string> out = FindContactDetails(text);
  if (HasWatchWord(text, watch_words)) out.emplace_back(kReasonWatchWord);
  return out;
}

Status ValidateWatchWords(const std::vector<std::string>& words) {
  if (words.size() > kMaxWatchWords)
    return FieldInvalid("words",
                        "must hold at most " + std::to_string(kMaxWatchWords) + " entries");
  for (const std::string& w : words) {
    if (!IsValidUtf8(w) || Utf8Length(w) > kMaxWatchWordChars ||
        std::any_of(w.begin(), w.end(),
                    [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; }))
      return FieldInvalid("words", "each entry must be text of at most " +
                                       std::to_string(kMaxWatchWordChars) +
                                       " characters, without control characters");
  }
  return Status::Ok();
}

std::vector<std::string> NormalizeWatchWords(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  std::vector<std::string> seen;
  for (const std::string& w : words) {
    std::string t = CollapseSpaces(w);
    if (t.empty()) continue;
    std::string key = FoldForMatching(t);
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(std::move(key));
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace tandem::domain
