// The strict JSON reader (src/http/json/reader.cc): ParseBody on arbitrary bytes, then an
// ObjectReader walk over whatever parsed, calling every accessor (the input's own key names
// and value types decide which, so both matching and mismatching types are exercised).
// Invariants: parsing never throws; a parsed value serialises and parses back equal; Finish()
// fails exactly when some error was recorded, and its message names every error's field.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_check.h"
#include "http/json/reader.h"

namespace {

using tandem::http::json::Json;
using tandem::http::json::ObjectReader;

constexpr int kMaxDepth = 8;

void Walk(ObjectReader& r, const Json& value, int depth) {
  if (!value.is_object()) return;
  for (auto it = value.begin(); it != value.end(); ++it) {
    const std::string& key = it.key();
    const Json& v = it.value();
    // Mostly the accessor that fits the value; sometimes a deliberately wrong one.
    const unsigned pick = static_cast<unsigned>(key.size() * 7 + depth) % 13;
    switch (pick) {
      case 0: r.String(key, key.size() % 5); break;   // tiny max_len: "is too long"
      case 1: r.OptionalInt(key); break;
      case 2: r.Bool(key); break;
      case 3: r.NullableString(key); break;
      default:
        if (v.is_string()) {
          (pick & 1) ? r.String(key) : r.OptionalString(key);
        } else if (v.is_number_integer()) {
          r.Int(key);
        } else if (v.is_boolean()) {
          r.OptionalBool(key);
        } else if (v.is_array() && depth < kMaxDepth) {
          if (!v.empty() && v.front().is_object()) {
            r.ObjectArray(key, true, [&](ObjectReader& item, size_t i) {
              Walk(item, v[i], depth + 1);
            });
          } else {
            r.StringArray(key, pick & 1);
          }
        } else if (v.is_object() && depth < kMaxDepth) {
          r.Object(key, pick & 1, [&](ObjectReader& nested) { Walk(nested, v, depth + 1); });
        } else {
          r.NullableString(key);
        }
    }
  }
  // A key that is never there: an optional accessor records no error for it.
  if (depth == 0) r.OptionalString("\x01" "absent");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string body(reinterpret_cast<const char*>(data), size);
  auto parsed = tandem::http::json::ParseBody(body);
  if (!parsed.ok()) {
    FUZZ_CHECK(!parsed.status().message().empty(), "a parse error without a message");
    return 0;
  }
  const Json& value = parsed.value();

  // Whatever parsed serialises (valid UTF-8 only) and parses back to the same value.
  const std::string dumped = value.dump();
  auto again = tandem::http::json::ParseBody(dumped);
  FUZZ_CHECK(again.ok(), "dump() of a parsed body does not parse: " + dumped.substr(0, 200));
  FUZZ_CHECK(again.value() == value, "dump() does not round-trip: " + dumped.substr(0, 200));

  ObjectReader r(value);
  Walk(r, value, 0);
  const bool had_errors = !r.ok();
  tandem::Status st = r.Finish();
  if (!value.is_object()) FUZZ_CHECK(!st.ok(), "a non-object body was accepted");
  if (had_errors) FUZZ_CHECK(!st.ok(), "recorded errors but Finish() is OK");
  if (!st.ok()) {
    FUZZ_CHECK(st.message().rfind("The request has invalid fields: ", 0) == 0, st.message());
    for (const auto& e : st.fields())
      FUZZ_CHECK(st.message().find(e.field) != std::string::npos,
                 "the message does not name field " + e.field);
  }
  return 0;
}
