#include "store/reason_codec.h"

#include <nlohmann/json.hpp>

#include "store/enum_codec.h"

namespace tandem::store {
namespace {

using nlohmann::json;

json ParamsJson(const ReasonParams& params) {
  json j = json::object();
  for (const auto& [key, value] : params)
    std::visit([&, k = &key](const auto& v) { j[*k] = v; }, value);
  return j;
}

ReasonParams ParamsOf(const json& j, const char* column) {
  if (!j.is_object()) throw CorruptRow(std::string(column) + " holds params that are not an object");
  ReasonParams out;
  for (const auto& [key, v] : j.items()) {
    if (v.is_number_integer()) {
      out[key] = v.get<long long>();
    } else if (v.is_string()) {
      out[key] = v.get<std::string>();
    } else if (v.is_array()) {
      std::vector<std::string> list;
      for (const auto& s : v) {
        if (!s.is_string()) throw CorruptRow(std::string(column) + " holds a list of non-strings");
        list.push_back(s.get<std::string>());
      }
      out[key] = std::move(list);
    } else {
      throw CorruptRow(std::string(column) + " holds a param of an unknown type");
    }
  }
  return out;
}

json Parse(const std::string& text, const char* column) {
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) throw CorruptRow(std::string(column) + " is not JSON");
  return j;
}

}  // namespace

std::string EncodeReasons(const std::vector<Reason>& reasons) {
  json j = json::array();
  for (const Reason& r : reasons)
    j.push_back({{"id", r.id}, {"points", r.points}, {"params", ParamsJson(r.params)}});
  return j.dump();
}

std::string EncodeReasonParams(const ReasonParams& params) { return ParamsJson(params).dump(); }

std::vector<Reason> DecodeReasons(const std::string& text, const char* column) {
  json j = Parse(text, column);
  if (!j.is_array()) throw CorruptRow(std::string(column) + " is not a JSON array");
  std::vector<Reason> out;
  for (const auto& r : j) {
    if (!r.is_object() || !r.contains("id") || !r["id"].is_string() || !r.contains("points") ||
        !r["points"].is_number_integer() || !r.contains("params"))
      throw CorruptRow(std::string(column) + " holds a reason without id, points or params");
    out.push_back({r["id"].get<std::string>(), r["points"].get<int>(),
                   ParamsOf(r["params"], column)});
  }
  return out;
}

ReasonParams DecodeReasonParams(const std::string& text, const char* column) {
  return ParamsOf(Parse(text, column), column);
}

}  // namespace tandem::store
