// JSON codec for message threads, messages, flags, safety reports and watch lists. Pure;
// thread-safe. A message's body is sent as it was written, as a JSON string: the web app
// renders it as text, never as HTML.
#ifndef TANDEM_HTTP_JSON_MESSAGE_CODEC_H_
#define TANDEM_HTTP_JSON_MESSAGE_CODEC_H_

#include <string>
#include <vector>

#include "app/message_safety.h"
#include "app/messages.h"
#include "http/json/reader.h"

namespace tandem::http::json {

Json ThreadJson(const app::ThreadView& t);
Json MessageJson(const app::MessageView& v);
Json FlaggedMessageJson(const app::FlaggedMessageView& v);
Json SafetyReportJson(const app::SafetyReportView& v);
Json UnreadJson(const app::UnreadSummary& s);
Json WatchWordsJson(const std::vector<std::string>& words);

// {body}
Result<std::string> DecodeMessageBody(const Json& body);
// {message_id}
Result<std::string> DecodeReadMarker(const Json& body);
// {note} (may be empty)
Result<std::string> DecodeResolution(const Json& body);
// {kind ("message" | "concern"), message_id (kind message), reason, text?}
Result<app::ReportInput> DecodeReport(const Json& body);
// {text?}
Result<std::string> DecodeUnsafe(const Json& body);
// {words: [string]}
Result<std::vector<std::string>> DecodeWatchWords(const Json& body);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_MESSAGE_CODEC_H_
