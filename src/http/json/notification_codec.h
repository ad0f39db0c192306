// JSON codec for in-app notifications. Pure; thread-safe.
#ifndef TANDEM_HTTP_JSON_NOTIFICATION_CODEC_H_
#define TANDEM_HTTP_JSON_NOTIFICATION_CODEC_H_

#include "domain/notification.h"
#include "http/json/reader.h"

namespace tandem::http::json {

Json NotificationJson(const domain::Notification& n);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_NOTIFICATION_CODEC_H_
