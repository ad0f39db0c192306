#include "http/json/mentor_request_codec.h"

#include "http/json/common_codec.h"
#include "http/json/reason_codec.h"

namespace tandem::http::json {

Json RequestViewJson(const app::RequestView& v) {
  const auto& r = v.request;
  return {{"id", r.id},
          {"organisation_id", r.organisation_id},
          {"program_id", r.program_id},
          {"program_name", v.program_name},
          {"mentee_id", r.mentee_id},
          {"mentee_name", v.mentee_name},
          {"mentor_id", r.mentor_id},
          {"mentor_name", v.mentor_name},
          {"message", r.message},
          {"status", domain::RequestStatusName(v.effective_status)},
          {"decline_reason", r.decline_reason},
          {"withdraw_reason", r.withdraw_reason},
          {"score", r.score},
          {"reasons", ReasonsJson(r.reasons)},
          {"created_at", TimeJson(r.created_at)},
          {"expires_at", TimeJson(r.expires_at)},
          {"decided_at", TimeJson(r.decided_at)}};
}

}  // namespace tandem::http::json
