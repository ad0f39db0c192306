#include "http/json/reason_codec.h"

#include <variant>

namespace tandem::http::json {

Json ReasonParamsJson(const ReasonParams& params) {
  Json out = Json::object();
  for (const auto& [key, value] : params)
    std::visit([&out, &key = key](const auto& v) { out[key] = v; }, value);
  return out;
}

Json ReasonsJson(const std::vector<Reason>& reasons) {
  Json out = Json::array();
  for (const Reason& r : reasons)
    out.push_back({{"id", r.id}, {"points", r.points}, {"params", ReasonParamsJson(r.params)}});
  return out;
}

}  // namespace tandem::http::json
