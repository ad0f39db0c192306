#include "app/pagination.h"

#include <charconv>

#include "base/strings.h"

namespace tandem::app {

namespace {

// The text inside the base64url: "1" (the format's version), then fields, each a tag, a
// decimal byte count, ':' and that many bytes:
//   l<n>:<list name>   then per key value   n<n>:<decimal integer>   or   t<n>:<UTF-8 text>
// Counts make every byte of a value legal (names may hold any character) and the parse exact.
constexpr char kVersion = '1';
// Cursors longer than this are refused before decoding (a page's key is a few names and ids).
constexpr size_t kMaxCursorLength = 4096;

void AppendField(std::string& out, char tag, std::string_view bytes) {
  out.push_back(tag);
  out += std::to_string(bytes.size());
  out.push_back(':');
  out += bytes;
}

// Reads one field at `pos` (advancing it); nullopt when malformed.
std::optional<std::pair<char, std::string_view>> ReadField(std::string_view text, size_t& pos) {
  if (pos >= text.size()) return std::nullopt;
  const char tag = text[pos++];
  const size_t colon = text.find(':', pos);
  if (colon == std::string_view::npos || colon == pos || colon - pos > 4) return std::nullopt;
  size_t length = 0;
  auto [end, ec] = std::from_chars(text.data() + pos, text.data() + colon, length);
  if (ec != std::errc() || end != text.data() + colon) return std::nullopt;
  if (text[pos] == '0' && colon - pos > 1) return std::nullopt;  // one spelling per count
  pos = colon + 1;
  if (text.size() - pos < length) return std::nullopt;
  std::string_view bytes = text.substr(pos, length);
  pos += length;
  return std::pair{tag, bytes};
}

std::optional<std::int64_t> ReadInteger(std::string_view digits) {
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc() || end != digits.data() + digits.size() || digits.empty()) return {};
  if (std::to_string(value) != digits) return {};  // canonical: no "+1", "01" or "-0"
  return value;
}

}  // namespace

std::string EncodeCursor(std::string_view list, const SortKey& key) {
  std::string text(1, kVersion);
  AppendField(text, 'l', list);
  for (const SortValue& v : key) {
    if (const auto* n = std::get_if<std::int64_t>(&v))
      AppendField(text, 'n', std::to_string(*n));
    else
      AppendField(text, 't', std::get<std::string>(v));
  }
  return Base64UrlEncode(text);
}

std::optional<SortKey> DecodeCursor(std::string_view list, std::string_view cursor) {
  if (cursor.empty() || cursor.size() > kMaxCursorLength) return std::nullopt;
  std::optional<std::string> text = Base64UrlDecode(cursor);
  if (!text || text->empty() || (*text)[0] != kVersion) return std::nullopt;
  size_t pos = 1;
  auto name = ReadField(*text, pos);
  if (!name || name->first != 'l' || name->second != list) return std::nullopt;
  SortKey key;
  while (pos < text->size()) {
    auto field = ReadField(*text, pos);
    if (!field) return std::nullopt;
    auto [tag, bytes] = *field;
    if (tag == 'n') {
      std::optional<std::int64_t> n = ReadInteger(bytes);
      if (!n) return std::nullopt;
      key.emplace_back(*n);
    } else if (tag == 't') {
      if (!IsValidUtf8(bytes) || bytes.find('\0') != std::string_view::npos) return std::nullopt;
      key.emplace_back(std::string(bytes));
    } else {
      return std::nullopt;
    }
  }
  if (key.empty()) return std::nullopt;
  return key;
}

Result<Pager> Pager::Open(std::string_view list, const PageRequest& request) {
  if (request.limit < 1 || request.limit > kMaxPageSize)
    return FieldInvalid("limit", "must be a whole number between 1 and " +
                                     std::to_string(kMaxPageSize));
  PageQuery query;
  query.limit = request.limit;
  if (!request.cursor.empty()) {
    query.after = DecodeCursor(list, request.cursor);
    if (!query.after) return FieldInvalid("cursor", "is not a cursor of this list");
  }
  return Pager(std::string(list), std::move(query));
}

}  // namespace tandem::app
