// JSON codec for the coordinator's work queue. Pure; thread-safe.
#ifndef TANDEM_HTTP_JSON_WORK_QUEUE_CODEC_H_
#define TANDEM_HTTP_JSON_WORK_QUEUE_CODEC_H_

#include "app/work_queue.h"
#include "http/json/reader.h"

namespace tandem::http::json {

Json WorkQueueJson(const app::WorkQueue& q);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_WORK_QUEUE_CODEC_H_
