#include "http/json/notification_codec.h"

#include "http/json/common_codec.h"

namespace tandem::http::json {

Json NotificationJson(const domain::Notification& n) {
  return {{"id", n.id},
          {"organisation_id", n.organisation_id},
          {"kind", n.kind},
          {"text", n.text},
          {"link", n.link},
          {"created_at", TimeJson(n.created_at)},
          {"read", n.read_at != 0}};
}

}  // namespace tandem::http::json
