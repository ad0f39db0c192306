// JSON codec for the outbox (platform admins) and the mail mode. Pure functions; thread-safe.
#ifndef TANDEM_HTTP_JSON_OUTBOX_CODEC_H_
#define TANDEM_HTTP_JSON_OUTBOX_CODEC_H_

#include "app/admin.h"
#include "http/json/reader.h"

namespace tandem::http::json {

// {"mode", "items": [OutboxMessage...], "next_cursor"}; a message's "body" is present only in
// development mode (ListOutbox already cleared it otherwise).
Json OutboxJson(const app::OutboxView& v);
// {"mode": "development" | "smtp"}
Json MailStatusJson(app::MailMode mode);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_OUTBOX_CODEC_H_
