#include "http/json/notification_codec.h"

#include "http/json/common_codec.h"

namespace tandem::http::json {

// The kind and its parameters, never a sentence: the reader's app words it in the reader's
// language. Rows older than migration 0015 have empty parameters.
Json NotificationJson(const domain::Notification& n) {
  Json params = Json::object();
  for (const auto& [k, v] : n.params) params[k] = v;
  return {{"id", n.id},
          {"organisation_id", n.organisation_id},
          {"kind", domain::NotificationKindName(n.kind)},
          {"params", params},
          {"link", n.link},
          {"created_at", TimeJson(n.created_at)},
          {"read", n.read_at != 0}};
}

}  // namespace tandem::http::json
