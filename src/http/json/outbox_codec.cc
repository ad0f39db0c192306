#include "http/json/outbox_codec.h"

#include "http/json/common_codec.h"
#include "http/json/page_codec.h"

namespace tandem::http::json {

namespace {

Json OutboxMessageJson(const domain::OutboxMessage& m, bool with_body) {
  Json out = {{"id", m.id},
              {"to", m.to},
              {"subject", m.subject},
              {"created_at", TimeJson(m.created_at)},
              {"status", domain::DeliveryStatusName(m.status)},
              {"attempts", m.attempts},
              {"next_attempt_at", m.status == domain::DeliveryStatus::kPending
                                      ? TimeJson(std::max(m.next_attempt_at, m.created_at))
                                      : Json(nullptr)},
              {"last_error", m.last_error.empty() ? Json(nullptr) : Json(m.last_error)},
              {"sent_at", TimeJson(m.sent_at)}};
  if (with_body) out["body"] = m.body;
  return out;
}

}  // namespace

Json OutboxJson(const app::OutboxView& v) {
  const bool with_body = v.mode == app::MailMode::kDevelopment;
  Json out = PageJson(v.messages, [with_body](const domain::OutboxMessage& m) {
    return OutboxMessageJson(m, with_body);
  });
  out["mode"] = app::MailModeName(v.mode);
  return out;
}

Json MailStatusJson(app::MailMode mode) { return {{"mode", app::MailModeName(mode)}}; }

}  // namespace tandem::http::json
