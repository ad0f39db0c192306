// Relationship care: managers, check-ins and their follow-ups, and the caseload's signals
// (domain/checkin.h; migration 0022).
// A port of the persistence layer: see app/store.h for the contract every method keeps
// (errors, organisation scoping, paging); tests/store/ checks it on every database.
#ifndef TANDEM_APP_PORTS_CARE_PORT_H_
#define TANDEM_APP_PORTS_CARE_PORT_H_

#include <optional>
#include <string>
#include <vector>

#include "app/pagination.h"
#include "base/status.h"
#include "base/time.h"
#include "domain/checkin.h"
#include "domain/relationship.h"

namespace tandem::app {

// One relationship of a caseload with the raw signals its health is computed from, all read in
// one query whatever the number of relationships.
struct CaseloadRow {
  domain::Relationship relationship;  // id, program, pair, status, created_at
  std::string mentee_name;
  std::string mentor_name;
  std::string program_name;
  domain::Audience audience = domain::Audience::kAdult;
  domain::ManagerAssignment manager;
  int meeting_cadence_days = 0;  // the norms' values as stored (0: the default)
  int checkin_cadence_days = 0;
  Millis last_meeting_at = 0;   // the latest meeting logged as held; 0: none
  std::string last_checkin_on;  // the latest check-in's day; '' none
  Millis last_message_at = 0;   // the latest message in the pair's thread; 0: none
  int milestones_total = 0;     // not dropped
  int milestones_done = 0;
  int milestones_overdue = 0;  // open with a due date before `today`
  int follow_ups_overdue = 0;  // open with a due date before `today`
  int mentee_pulse = 0;        // each side's latest answered rating; 0: none
  int mentor_pulse = 0;
  bool pulse_not_met = false;  // a side's latest answer said they had not met
};

class CarePort {
 public:
  virtual ~CarePort() = default;

  // Inserts or replaces the relationship's manager row (every field). NotFound when the
  // relationship does not exist.
  virtual Status SaveManagerAssignment(const domain::ManagerAssignment& a) = 0;
  virtual Result<std::optional<domain::ManagerAssignment>> FindManagerAssignment(
      const std::string& org_id, const std::string& relationship_id) = 0;
  // The organisation's coordinator managing the fewest proposed, awaiting, active or paused
  // relationships (ties: the smallest person id); '' when it has no coordinator.
  virtual Result<std::string> LeastLoadedCoordinator(const std::string& org_id) = 0;
  // Sets active_since = now on every row whose relationship is active and has none; returns how
  // many changed.
  virtual Result<int> MarkActiveSince(Millis now) = 0;

  // Inserts a check-in and its follow-ups. NotFound when the relationship does not exist;
  // AlreadyExists for a taken id.
  virtual Status InsertCheckin(const domain::Checkin& c) = 0;
  // The relationship's check-ins with their follow-ups, latest first (held_on, then id,
  // descending; key: held_on, id).
  virtual Result<PageRows<domain::Checkin>> ListCheckins(const std::string& org_id,
                                                         const std::string& relationship_id,
                                                         const PageQuery& page) = 0;
  // Marks a follow-up of the relationship done (the first time counts). NotFound when the
  // relationship has no such follow-up.
  virtual Status MarkFollowUpDone(const std::string& org_id, const std::string& relationship_id,
                                  const std::string& follow_up_id, const std::string& by,
                                  Millis at) = 0;

  // The active and paused relationships (the started ones) that `manager_id` manages in the
  // organisation ('' : those nobody manages), with their signals; `today` ("YYYY-MM-DD", UTC)
  // decides what is overdue. In no particular order (the use case sorts by urgency).
  virtual Result<std::vector<CaseloadRow>> ListCaseload(const std::string& org_id,
                                                        const std::string& manager_id,
                                                        const std::string& today) = 0;
};

}  // namespace tandem::app

#endif  // TANDEM_APP_PORTS_CARE_PORT_H_
