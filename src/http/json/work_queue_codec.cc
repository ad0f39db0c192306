#include "http/json/work_queue_codec.h"

namespace tandem::http::json {

Json WorkQueueJson(const app::WorkQueue& q) {
  Json programs = Json::array();
  for (const app::ProgramWork& w : q.programs)
    programs.push_back({{"program_id", w.program_id},
                        {"program_name", w.program_name},
                        {"program_status", domain::ProgramStatusName(w.program_status)},
                        {"audience", domain::AudienceName(w.audience)},
                        {"applications", w.applications},
                        {"mentors_not_cleared", w.mentors_not_cleared},
                        {"unmatched_mentees", w.unmatched_mentees},
                        {"requests_expiring", w.requests_expiring},
                        {"draft_rounds", w.draft_rounds}});
  return {{"programs", programs},
          {"expiring_within_hours", q.expiring_within_hours},
          {"open_flags", q.open_flags},
          {"open_reports", q.open_reports}};
}

}  // namespace tandem::http::json
