// The persistence ports the use cases need. Implemented by store/ (SQLite and PostgreSQL
// through SOCI); the same conformance suite (tests/store/) runs against every implementation.
//
// All work happens inside Store::Transact: the callback receives a Tx, and the transaction
// commits when the callback returns OK and rolls back otherwise (nothing half-written).
// Organisation-owned records are always addressed by (organisation_id, id): a lookup with
// another organisation's id answers NotFound. A Tx must not be used outside its callback or
// from another thread; Store itself is thread-safe (one connection per transaction, pooled).
//
// Error contract for every method: NotFound when the addressed record does not exist,
// AlreadyExists on a uniqueness violation (named in the message), Unavailable when the
// database cannot be reached, Internal for anything else. Find* methods return an empty
// optional instead of NotFound.
//
// Paged lists (app/pagination.h) take a PageQuery and answer PageRows: at most page.limit rows
// (every row when 0) strictly after page.after in the order the method states, which always
// ends in a unique column, and `next` = the sort key of the last row when more follow. Each
// states its sort key's values ("key: created_at, id"). InvalidArgument naming "cursor" when
// page.after does not fit that key. The overloads without a PageQuery read every row, for use
// cases that check a whole list; endpoints page.
#ifndef TANDEM_APP_STORE_H_
#define TANDEM_APP_STORE_H_

#include <functional>

#include "app/ports/agreements_port.h"
#include "app/ports/audit_port.h"
#include "app/ports/budgets_port.h"
#include "app/ports/care_port.h"
#include "app/ports/enrollments_port.h"
#include "app/ports/invitations_port.h"
#include "app/ports/match_data_port.h"
#include "app/ports/match_rounds_port.h"
#include "app/ports/matching_settings_port.h"
#include "app/ports/meetings_port.h"
#include "app/ports/mentor_requests_port.h"
#include "app/ports/messages_port.h"
#include "app/ports/notifications_port.h"
#include "app/ports/organisations_port.h"
#include "app/ports/outbox_port.h"
#include "app/ports/password_resets_port.h"
#include "app/ports/people_port.h"
#include "app/ports/plans_port.h"
#include "app/ports/profiles_port.h"
#include "app/ports/programs_port.h"
#include "app/ports/pulse_port.h"
#include "app/ports/relationships_port.h"
#include "app/ports/sessions_port.h"
#include "app/ports/taxonomy_port.h"
#include "app/ports/throttle_port.h"
#include "app/ports/work_queue_port.h"
#include "base/status.h"

namespace tandem::app {

// The transaction interface: every port, one per resource (app/ports/). A use case takes a Tx&;
// the store adapter implements them all on one connection.
class Tx : public PeoplePort,
           public OrganisationsPort,
           public TaxonomyPort,
           public ProgramsPort,
           public EnrollmentsPort,
           public ProfilesPort,
           public SessionsPort,
           public InvitationsPort,
           public PasswordResetsPort,
           public ThrottlePort,
           public BudgetsPort,
           public MatchDataPort,
           public MatchingSettingsPort,
           public MatchRoundsPort,
           public RelationshipsPort,
           public MentorRequestsPort,
           public NotificationsPort,
           public AuditPort,
           public AgreementsPort,
           public PlansPort,
           public MeetingsPort,
           public MessagesPort,
           public OutboxPort,
           public WorkQueuePort,
           public CarePort,
           public PulsePort {
 public:
  ~Tx() override = default;
};

class Store {
 public:
  virtual ~Store() = default;
  // Runs fn in one transaction; commits when fn returns OK, rolls back otherwise and returns
  // fn's status. Database failures map to Unavailable/Internal.
  virtual Status Transact(const std::function<Status(Tx&)>& fn) = 0;
  // Same for work that only reads: it may run concurrently with other readers (SQLite WAL
  // readers do not take the write lock; PostgreSQL runs it READ ONLY). Writing inside it is a
  // programming error (Internal on PostgreSQL).
  virtual Status TransactRead(const std::function<Status(Tx&)>& fn) = 0;
  // Cheap reachability check for /readyz.
  virtual Status Ping() = 0;
};

}  // namespace tandem::app

#endif  // TANDEM_APP_STORE_H_
