// Strict JSON decoding for request bodies: every field is checked for presence and type, and
// fields the endpoint does not know are rejected, each error naming the field by its path
// (e.g. "skills_learn[1].target_level"). Errors accumulate so one response lists them all.
//
// Usage:
//   ObjectReader r(body_json);            // or r(value, "mentor") for a nested object
//   auto email = r.String("email");       // required
//   auto bio = r.OptionalString("bio");   // may be absent
//   RETURN_IF_ERROR(r.Finish());          // unknown fields + all errors so far
#ifndef TANDEM_HTTP_JSON_READER_H_
#define TANDEM_HTTP_JSON_READER_H_

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/status.h"

namespace tandem::http::json {

using Json = nlohmann::json;

// Deepest nesting of arrays and objects a request body may have. Deeper bodies are refused
// before any JSON value is built: copying or destroying a deep nlohmann value recurses once
// per level, so a body of a few hundred thousand '[' would otherwise overflow the stack.
inline constexpr int kMaxJsonDepth = 64;

// At most this many field errors are reported in one answer (the rest are counted).
inline constexpr size_t kMaxReportedErrors = 20;

// The deepest nesting of arrays and objects in `text`, counting brackets outside strings, or
// stopping early (returning max_depth + 1) once it exceeds max_depth. Linear, no recursion.
// For malformed JSON the count covers the text as far as a JSON parser would read it.
int JsonDepth(std::string_view text, int max_depth);

// Parses a request body; InvalidArgument with the parser's position on malformed JSON, or
// when the body nests deeper than kMaxJsonDepth.
Result<Json> ParseBody(const std::string& body);

class ObjectReader {
 public:
  // `errors` is shared with nested readers; pass nullptr at the top level.
  ObjectReader(const Json& value, std::string path = "",
               std::shared_ptr<std::vector<FieldError>> errors = nullptr);

  std::optional<std::string> String(const std::string& key, size_t max_len = 100000);
  std::optional<std::string> OptionalString(const std::string& key, size_t max_len = 100000);
  // Accepts null as "absent" (returns an engaged outer optional holding nullopt).
  std::optional<std::optional<std::string>> NullableString(const std::string& key);
  std::optional<long long> Int(const std::string& key);
  std::optional<long long> OptionalInt(const std::string& key);
  std::optional<bool> Bool(const std::string& key);
  std::optional<bool> OptionalBool(const std::string& key);
  std::optional<std::vector<std::string>> StringArray(const std::string& key,
                                                      bool required = true);
  // Calls each(reader_for_item, index) for every element that is an object.
  bool ObjectArray(const std::string& key, bool required,
                   const std::function<void(ObjectReader&, size_t)>& each);
  // Calls fn with a reader for a nested object.
  bool Object(const std::string& key, bool required, const std::function<void(ObjectReader&)>& fn);

  void AddError(const std::string& key, std::string message);
  std::string PathOf(const std::string& key) const;
  // Records unknown fields; then InvalidArgument listing the first kMaxReportedErrors errors
  // (field names cut to 200 bytes) and counting the rest, or OK.
  Status Finish();
  // For nested readers: records unknown fields only.
  void CheckUnknown();
  bool ok() const { return errors_->empty(); }

 private:
  const Json* Find(const std::string& key, bool required);

  const Json& value_;
  std::string path_;
  std::shared_ptr<std::vector<FieldError>> errors_;
  std::set<std::string> known_;
  bool is_object_ = true;
};

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_READER_H_
