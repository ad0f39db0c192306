// JSON codec for relationship care: the caseload, relationship managers, check-ins and pulse
// surveys. Pure; thread-safe.
#ifndef TANDEM_HTTP_JSON_CARE_CODEC_H_
#define TANDEM_HTTP_JSON_CARE_CODEC_H_

#include <string>

#include "app/care.h"
#include "app/caseload.h"
#include "app/pulse_surveys.h"
#include "http/json/reader.h"

namespace tandem::http::json {

Json CaseloadJson(const app::Caseload& c);
Json CaseloadEntryJson(const app::CaseloadEntry& e);
Json ManagerJson(const app::ManagerView& v);
Json CheckinJson(const app::CheckinView& v);
Json PulseSurveyJson(const app::PulseSurveyRow& r);
Json PulseAnswerJson(const app::PulseAnswerView& v);

// {manager_id}
Result<std::string> DecodeManagerAssignment(const Json& body);
// {with ("mentee" | "mentor" | "both" | "guardian"), held_on ("YYYY-MM-DD", optional),
//  notes (optional), follow_ups: [{text, due_date}] (optional)}
Result<app::CheckinInput> DecodeCheckin(const Json& body);
// {rating (1..5), met_since (bool), comment (optional)}
Result<domain::PulseAnswer> DecodePulseAnswer(const Json& body);

}  // namespace tandem::http::json

#endif  // TANDEM_HTTP_JSON_CARE_CODEC_H_
