#include "http/json/relationship_codec.h"

#include "http/json/common_codec.h"
#include "http/json/reason_codec.h"

namespace tandem::http::json {

Json RelationshipViewJson(const app::RelationshipView& v) {
  const auto& r = v.relationship;
  return {{"id", r.id},
          {"organisation_id", r.organisation_id},
          {"program_id", r.program_id},
          {"program_name", v.program_name},
          {"mentee_id", r.mentee_id},
          {"mentee_name", v.mentee_name},
          {"mentor_id", r.mentor_id},
          {"mentor_name", v.mentor_name},
          {"status", domain::RelationshipStatusName(r.status)},
          {"source", domain::RelationshipSourceName(r.source)},
          {"mentee_accepted", r.mentee_accepted},
          {"mentor_accepted", r.mentor_accepted},
          {"score", r.score},
          {"reasons", ReasonsJson(r.reasons)},
          {"end_reason", r.end_reason},
          {"created_at", TimeJson(r.created_at)}};
}

}  // namespace tandem::http::json
