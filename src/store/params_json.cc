#include "store/params_json.h"

#include <nlohmann/json.hpp>

#include "store/enum_codec.h"

namespace tandem::store {

std::string EncodeParams(const std::map<std::string, std::string>& params) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [k, v] : params) j[k] = v;
  return j.dump();
}

std::map<std::string, std::string> DecodeParams(const std::string& text, const char* column) {
  std::map<std::string, std::string> out;
  nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) throw CorruptRow(std::string(column) + " is not a JSON object");
  for (const auto& [k, v] : j.items()) {
    if (!v.is_string())
      throw CorruptRow(std::string(column) + " holds a value that is not a string");
    out[k] = v.get<std::string>();
  }
  return out;
}

}  // namespace tandem::store
