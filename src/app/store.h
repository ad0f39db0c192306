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
#include <optional>
#include <string>
#include <vector>

#include "app/pagination.h"
#include "base/status.h"
#include "base/time.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/match_round.h"
#include "domain/matching_settings.h"
#include "domain/mentor_request.h"
#include "domain/notification.h"
#include "domain/organisation.h"
#include "domain/password_guard.h"
#include "domain/profile.h"
#include "domain/program.h"
#include "domain/relationship.h"

namespace tandem::app {

struct MemberFilter {
  std::string query;                 // case-insensitive substring of name or email; empty = all
  std::optional<domain::Role> role;  // only members holding this role
};

struct EnrollmentFilter {
  std::optional<domain::ProgramRole> role;
  std::optional<domain::EnrollmentStatus> status;
  std::string query;  // case-insensitive substring of person name or email
};

// An active participant of a program with everything matching reads about them.
struct Participant {
  domain::Enrollment enrollment;
  std::string name;
  std::string email;
  domain::Profile profile;  // defaults (person_id set) when never saved
  std::vector<std::string> organisation_ids;  // every organisation the person belongs to
};

struct RelationshipFilter {
  std::optional<domain::RelationshipStatus> status;
  std::string person_id;  // only relationships where this person is mentee or mentor
};

// The rows of a list read with kEveryRow.
template <typename T>
Result<std::vector<T>> EveryRow(Result<PageRows<T>> rows) {
  if (!rows.ok()) return rows.status();
  return std::move(rows->items);
}

class Tx {
 public:
  virtual ~Tx() = default;

  // People (global).
  virtual Status InsertPerson(const domain::Person& p) = 0;  // AlreadyExists: email
  virtual Status UpdatePerson(const domain::Person& p) = 0;  // name, locale, hash, admin flag
  virtual Result<domain::Person> GetPerson(const std::string& id) = 0;
  // GetPerson, and the row stays locked until the transaction ends (PostgreSQL FOR UPDATE;
  // SQLite write transactions are serial anyway): for read-modify-write, since UpdatePerson
  // writes every column. Lock order: after an invitation or round lock, before participants.
  virtual Result<domain::Person> GetPersonForUpdate(const std::string& id) = 0;
  virtual Result<std::optional<domain::Person>> FindPersonByEmail(const std::string& email) = 0;
  virtual Result<std::vector<domain::Person>> ListPlatformAdmins() = 0;  // by email

  // Organisations.
  virtual Status InsertOrganisation(const domain::Organisation& o) = 0;  // AlreadyExists: slug
  virtual Result<domain::Organisation> GetOrganisation(const std::string& id) = 0;
  // By name (lower(name), name, id; key: name, id): the organisations `member_id` belongs to,
  // or every one when member_id is empty.
  virtual Result<PageRows<domain::Organisation>> ListOrganisations(const std::string& member_id,
                                                                   const PageQuery& page) = 0;
  Result<std::vector<domain::Organisation>> ListOrganisations() {
    return EveryRow(ListOrganisations("", kEveryRow));
  }

  // Memberships. A person is a member of an organisation when a membership row exists
  // (possibly with no roles).
  virtual Result<std::optional<domain::RoleSet>> FindRoles(const std::string& org_id,
                                                           const std::string& person_id) = 0;
  // Creates the membership when missing, then replaces its roles.
  virtual Status SetRoles(const std::string& org_id, const std::string& person_id,
                          const domain::RoleSet& roles) = 0;
  // Removes the membership with its roles (enrollments, relationships and requests stay: the
  // use case ends them first). NotFound when the person is not a member.
  virtual Status DeleteMembership(const std::string& org_id, const std::string& person_id) = 0;
  // Serialises changes to an organisation's memberships (removing a member, changing roles,
  // so that two admins cannot remove each other and leave none) until the transaction ends.
  // PostgreSQL: SELECT … FOR UPDATE on the organisation row; SQLite: existence check. NotFound
  // when the organisation does not exist. Lock order: before every other lock.
  virtual Status LockOrganisation(const std::string& org_id) = 0;
  virtual Result<std::vector<domain::Membership>> ListMembershipsOfPerson(
      const std::string& person_id) = 0;  // by organisation name
  // By name (lower(name), name, person id; key: name, person id).
  virtual Result<PageRows<domain::Member>> ListMembers(const std::string& org_id,
                                                       const MemberFilter& filter,
                                                       const PageQuery& page) = 0;
  Result<std::vector<domain::Member>> ListMembers(const std::string& org_id,
                                                  const MemberFilter& filter) {
    return EveryRow(ListMembers(org_id, filter, kEveryRow));
  }

  // Taxonomy.
  virtual Status InsertTaxonomyTerm(const domain::TaxonomyTerm& t) = 0;  // AlreadyExists:
                                                                        // same kind+label (any case)
  // By label (lower(label), label, id; key: label, id); every kind when `kind` is unset.
  virtual Result<PageRows<domain::TaxonomyTerm>> ListTaxonomy(
      const std::string& org_id, std::optional<domain::TaxonomyTerm::Kind> kind,
      const PageQuery& page) = 0;
  virtual Status DeleteTaxonomyTerm(const std::string& org_id, const std::string& id) = 0;

  // Programs.
  virtual Status InsertProgram(const domain::Program& p) = 0;
  virtual Status UpdateProgram(const domain::Program& p) = 0;  // all fields but created_at
  virtual Result<domain::Program> GetProgram(const std::string& org_id, const std::string& id) = 0;
  // By name (lower(name), name, id; key: name, id); drafts only when `with_drafts`.
  virtual Result<PageRows<domain::Program>> ListPrograms(const std::string& org_id,
                                                         bool with_drafts,
                                                         const PageQuery& page) = 0;
  virtual Result<domain::ProgramCounts> CountEnrollments(const std::string& org_id,
                                                         const std::string& program_id) = 0;

  // Enrollments. Unique per (program, person, role): AlreadyExists.
  virtual Status InsertEnrollment(const domain::Enrollment& e) = 0;
  virtual Status UpdateEnrollment(const domain::Enrollment& e) = 0;  // status, message, flags
  virtual Result<domain::Enrollment> GetEnrollment(const std::string& org_id,
                                                   const std::string& id) = 0;
  virtual Result<std::optional<domain::Enrollment>> FindEnrollment(
      const std::string& org_id, const std::string& program_id, const std::string& person_id,
      domain::ProgramRole role) = 0;
  virtual Result<domain::EnrollmentView> GetEnrollmentView(const std::string& org_id,
                                                           const std::string& id) = 0;
  // By person name (lower(name), name, person id, role, id; key: name, person id, role, id).
  virtual Result<PageRows<domain::EnrollmentView>> ListEnrollmentViews(
      const std::string& org_id, const std::string& program_id, const EnrollmentFilter& filter,
      const PageQuery& page) = 0;
  Result<std::vector<domain::EnrollmentView>> ListEnrollmentViews(
      const std::string& org_id, const std::string& program_id, const EnrollmentFilter& filter) {
    return EveryRow(ListEnrollmentViews(org_id, program_id, filter, kEveryRow));
  }
  // Newest first (created_at, id descending; key: created_at, id), all organisations.
  virtual Result<PageRows<domain::EnrollmentView>> ListEnrollmentViewsOfPerson(
      const std::string& person_id, const PageQuery& page) = 0;
  Result<std::vector<domain::EnrollmentView>> ListEnrollmentViewsOfPerson(
      const std::string& person_id) {
    return EveryRow(ListEnrollmentViewsOfPerson(person_id, kEveryRow));
  }

  // Profiles (global, one per person).
  virtual Result<std::optional<domain::Profile>> FindProfile(const std::string& person_id) = 0;
  virtual Status PutProfile(const domain::Profile& p) = 0;  // insert or replace, lists included

  // Sessions.
  virtual Status InsertSession(const domain::Session& s) = 0;
  virtual Result<std::optional<domain::Session>> FindSession(const std::string& id_hash) = 0;
  virtual Status DeleteSession(const std::string& id_hash) = 0;  // OK when already gone
  virtual Status DeleteSessionsOfPerson(const std::string& person_id) = 0;

  // Invitations.
  virtual Status InsertInvitation(const domain::Invitation& inv) = 0;
  virtual Result<std::optional<domain::Invitation>> FindInvitationByTokenHash(
      const std::string& token_hash) = 0;
  virtual Result<domain::Invitation> GetInvitation(const std::string& org_id,
                                                   const std::string& id) = 0;
  // Newest first (created_at, id descending; key: created_at, id), invited_by_name filled.
  virtual Result<PageRows<domain::Invitation>> ListInvitations(const std::string& org_id,
                                                               const PageQuery& page) = 0;
  Result<std::vector<domain::Invitation>> ListInvitations(const std::string& org_id) {
    return EveryRow(ListInvitations(org_id, kEveryRow));
  }
  virtual Status SetInvitationStatus(const std::string& org_id, const std::string& id,
                                     domain::InvitationStatus status) = 0;
  // Serialises decisions about one invitation (accept, revoke) until the transaction ends
  // (PostgreSQL: SELECT … FOR UPDATE; SQLite: existence check). NotFound when missing. Taken
  // before participant locks.
  virtual Status LockInvitation(const std::string& org_id, const std::string& id) = 0;

  // Password resets.
  virtual Status InsertPasswordReset(const domain::PasswordReset& r) = 0;
  virtual Result<std::optional<domain::PasswordReset>> FindPasswordReset(
      const std::string& token_hash) = 0;
  // Marks an unused reset used: FailedPrecondition when it is already used (so of two
  // concurrent confirmations exactly one succeeds), NotFound when unknown.
  virtual Status MarkPasswordResetUsed(const std::string& token_hash) = 0;

  // Marks every unused reset of the person used (after a completed reset); OK when none.
  virtual Status MarkPasswordResetsOfPersonUsed(const std::string& person_id) = 0;

  // Password guessing (domain/password_guard.h). Accounts are normalised emails, whether or not
  // a person has one; addresses are domain::ThrottleAddress keys.
  //
  // Serialises throttling decisions about `key` (e.g. "account:<email>") until the transaction
  // ends (PostgreSQL: a transaction-scoped advisory lock on a hash of the key; SQLite: nothing
  // to do, write transactions are serial). Inside Transact only. Lock order: at most one
  // account key, then at most one address key, before any other lock.
  virtual Status LockThrottleKey(const std::string& key) = 0;
  // Also deletes every failure older than domain::kPasswordFailureRetention (any account).
  virtual Status InsertPasswordFailure(const domain::PasswordFailure& f) = 0;  // AlreadyExists: id
  // The account's failures (any address) at or after `since`, oldest first.
  virtual Result<std::vector<domain::PasswordFailure>> ListPasswordFailuresOfAccount(
      const std::string& account, Millis since) = 0;
  // When the failures from `address` (any account) at or after `since` happened, oldest first.
  virtual Result<std::vector<Millis>> ListPasswordFailureTimesFromAddress(
      const std::string& address, Millis since) = 0;
  // Deletes the account's failures from one address, or from every address when `address` is
  // empty. OK when there were none.
  virtual Status DeletePasswordFailures(const std::string& account, const std::string& address) = 0;
  // Records a successful sign-in of the person from `address` at `at` (insert, or move
  // last_seen_at forward), and deletes the person's addresses last seen before
  // at - domain::kKnownAddressLifetime.
  virtual Status TouchKnownAddress(const std::string& person_id, const std::string& address,
                                   Millis at) = 0;
  // True when the person signed in from `address` at or after `since`.
  virtual Result<bool> IsKnownAddress(const std::string& person_id, const std::string& address,
                                      Millis since) = 0;

  // Request budgets (domain/request_budget.h). Adds one to `bucket`'s count for the window that
  // starts at `window_start` and returns the count after it, in one statement, so concurrent
  // charges on any server are all counted. Also deletes every bucket's windows that started
  // before `expired_before`. Inside Transact only.
  virtual Result<int> ChargeBudget(const std::string& bucket, Millis window_start,
                                   Millis expired_before) = 0;

  // The version of a program's match data (table match_data_versions, moved by database
  // triggers on every change the prepared match data is built from); 0 when unknown.
  virtual Result<std::int64_t> GetMatchDataVersion(const std::string& program_id) = 0;
  // Records an alert to the person at `at` unless one was recorded at or after `since`: true
  // when this call recorded it (so of two concurrent calls at most one answers true).
  virtual Result<bool> ClaimPasswordAlert(const std::string& person_id, Millis at,
                                          Millis since) = 0;

  // Password-reset requests (domain::PasswordResetRequest). Insert also deletes every request
  // older than domain::kResetRequestRetention.
  virtual Status InsertPasswordResetRequest(const domain::PasswordResetRequest& r) = 0;
  // Requests from `address` (any account, mailed or not) at or after `since`: their times,
  // oldest first.
  virtual Result<std::vector<Millis>> ListPasswordResetRequestTimesFromAddress(
      const std::string& address, Millis since) = 0;
  // Mailed requests for `account` at or after `since`.
  virtual Result<int> CountPasswordResetMails(const std::string& account, Millis since) = 0;

  // Matching settings: at most one row per program.
  virtual Result<std::optional<domain::MatchingSettings>> FindMatchingSettings(
      const std::string& org_id, const std::string& program_id) = 0;
  virtual Status PutMatchingSettings(const domain::MatchingSettings& s) = 0;  // insert/replace

  // Exclusions: unique per (program, mentee, mentor).
  virtual Status InsertExclusion(const domain::Exclusion& e) = 0;
  virtual Status DeleteExclusion(const std::string& org_id, const std::string& program_id,
                                 const std::string& mentee_id, const std::string& mentor_id) = 0;
  // Oldest first (created_at, mentee id, mentor id; key: the same three).
  virtual Result<PageRows<domain::Exclusion>> ListExclusions(const std::string& org_id,
                                                             const std::string& program_id,
                                                             const PageQuery& page) = 0;
  Result<std::vector<domain::Exclusion>> ListExclusions(const std::string& org_id,
                                                        const std::string& program_id) {
    return EveryRow(ListExclusions(org_id, program_id, kEveryRow));
  }

  // Active enrollments of a program in one role, with profiles, ordered by person name then
  // id. Bulk: a fixed number of queries however many participants (10,000 mentees is normal).
  virtual Result<std::vector<Participant>> ListParticipants(const std::string& org_id,
                                                            const std::string& program_id,
                                                            domain::ProgramRole role) = 0;

  // Match rounds and their proposals / unmatched mentees.
  virtual Status InsertRound(const domain::MatchRound& r) = 0;
  virtual Status UpdateRound(const domain::MatchRound& r) = 0;  // status, totals, published_at
  virtual Result<domain::MatchRound> GetRound(const std::string& org_id,
                                              const std::string& id) = 0;
  // Newest first (created_at, id descending; key: created_at, id).
  virtual Result<PageRows<domain::MatchRound>> ListRounds(const std::string& org_id,
                                                          const std::string& program_id,
                                                          const PageQuery& page) = 0;
  Result<std::vector<domain::MatchRound>> ListRounds(const std::string& org_id,
                                                     const std::string& program_id) {
    return EveryRow(ListRounds(org_id, program_id, kEveryRow));
  }
  // Replace every proposal / unmatched row of a round (bulk insert; 10,000 rows is normal).
  virtual Status ReplaceProposals(const std::string& org_id, const std::string& round_id,
                                  const std::vector<domain::Proposal>& proposals) = 0;
  virtual Result<std::vector<domain::Proposal>> ListProposals(
      const std::string& org_id, const std::string& round_id) = 0;  // by mentee id, mentor id
  virtual Status ReplaceUnmatched(const std::string& org_id, const std::string& round_id,
                                  const std::vector<domain::Unmatched>& unmatched) = 0;
  virtual Result<std::vector<domain::Unmatched>> ListUnmatched(
      const std::string& org_id, const std::string& round_id) = 0;  // by mentee id

  // Relationships.
  virtual Status InsertRelationship(const domain::Relationship& r) = 0;
  virtual Status UpdateRelationship(const domain::Relationship& r) = 0;  // status, flags, updated_at
  virtual Result<domain::Relationship> GetRelationship(const std::string& org_id,
                                                       const std::string& id) = 0;
  // Newest first (created_at, id descending; key: created_at, id).
  virtual Result<PageRows<domain::Relationship>> ListRelationships(
      const std::string& org_id, const std::string& program_id, const RelationshipFilter& filter,
      const PageQuery& page) = 0;
  Result<std::vector<domain::Relationship>> ListRelationships(const std::string& org_id,
                                                              const std::string& program_id,
                                                              const RelationshipFilter& filter) {
    return EveryRow(ListRelationships(org_id, program_id, filter, kEveryRow));
  }
  // As mentee or mentor, all organisations, newest first (created_at, id descending; key:
  // created_at, id).
  virtual Result<PageRows<domain::Relationship>> ListRelationshipsOfPerson(
      const std::string& person_id, const PageQuery& page) = 0;
  // Proposed + active relationships of a mentor in a program.
  virtual Result<int> CountCapacityUse(const std::string& org_id, const std::string& program_id,
                                       const std::string& mentor_id) = 0;
  // Participant locks. Serialise every decision about the named people in one program until
  // the transaction ends: a mentor's capacity, a mentee's mentors, open requests and duplicate
  // requests, an enrollment's review or flags. PostgreSQL: SELECT … FOR UPDATE on every
  // enrollment of each person in the program (any role, any status); SQLite: write
  // transactions are already exclusive, so only the existence check. NotFound when one of the
  // people has no enrollment in the program. Must be called inside Transact, before reading the
  // state it protects (READ COMMITTED: reads after the lock see what the previous holder
  // committed).
  //
  // Lock order (no deadlocks): people are locked in ascending id order (byte order), which
  // this method does for the ids it is given (duplicates are ignored). A transaction takes all
  // its participant locks in one call; several calls are allowed only when each call's ids
  // are all greater than those of earlier calls. A round lock (LockRound) or an invitation
  // lock (LockInvitation) comes before any participant lock.
  virtual Status LockParticipants(const std::string& org_id, const std::string& program_id,
                                  std::vector<std::string> person_ids) = 0;
  // Serialises changes to one match round (re-run, proposal edits, publish) until the
  // transaction ends (PostgreSQL: SELECT … FOR UPDATE on the round; SQLite: existence check).
  // NotFound when the round does not exist in the organisation. Taken before participant locks.
  virtual Status LockRound(const std::string& org_id, const std::string& round_id) = 0;

  // Mentor requests (self-match). At most one pending request per (program, mentee, mentor):
  // InsertRequest answers AlreadyExists for a second one. An expired request still stored as
  // pending counts, so the use case marks it expired first (UpdateRequest).
  virtual Status InsertRequest(const domain::MentorRequest& r) = 0;
  virtual Status UpdateRequest(const domain::MentorRequest& r) = 0;  // status, reason, decided_at
  virtual Result<domain::MentorRequest> GetRequest(const std::string& org_id,
                                                   const std::string& id) = 0;
  // Newest first (created_at, id descending; key: created_at, id).
  virtual Result<PageRows<domain::MentorRequest>> ListRequestsOfMentee(
      const std::string& org_id, const std::string& program_id, const std::string& mentee_id,
      const PageQuery& page) = 0;
  Result<std::vector<domain::MentorRequest>> ListRequestsOfMentee(const std::string& org_id,
                                                                  const std::string& program_id,
                                                                  const std::string& mentee_id) {
    return EveryRow(ListRequestsOfMentee(org_id, program_id, mentee_id, kEveryRow));
  }
  // All organisations, newest first (created_at, id descending; key: created_at, id).
  virtual Result<PageRows<domain::MentorRequest>> ListRequestsOfMentor(
      const std::string& mentor_id, const PageQuery& page) = 0;
  Result<std::vector<domain::MentorRequest>> ListRequestsOfMentor(const std::string& mentor_id) {
    return EveryRow(ListRequestsOfMentor(mentor_id, kEveryRow));
  }

  // In-app notifications.
  virtual Status InsertNotification(const domain::Notification& n) = 0;
  // Newest first (created_at, id descending; key: created_at, id).
  virtual Result<PageRows<domain::Notification>> ListNotifications(const std::string& person_id,
                                                                   const PageQuery& page) = 0;
  // One notification by id, whoever it is addressed to (the use case decides through
  // domain/notification_policy.h); NotFound when there is none.
  virtual Result<domain::Notification> GetNotification(const std::string& id) = 0;
  virtual Status MarkNotificationRead(const std::string& person_id, const std::string& id,
                                      Millis at) = 0;  // NotFound for another person's

  // Audit log: append-only. There is deliberately no method to change or delete an entry (and
  // the database refuses UPDATE and DELETE on the table). Use cases call app::RecordAudit
  // (app/audit.h) rather than this directly. AlreadyExists: id.
  virtual Status InsertAuditEntry(const domain::AuditEntry& e) = 0;
  // An organisation's entries, or (organisation_id empty) the platform administrators'
  // actions in every organisation; newest first (created_at, id descending; key: created_at,
  // id); actor_name and subject_name filled from people.
  virtual Result<PageRows<domain::AuditEntry>> ListAuditEntries(
      const std::string& organisation_id, const PageQuery& page) = 0;

  // Outbox (emails waiting for delivery; shown to platform admins). It is also the delivery
  // queue (app/mail_queue.h). InsertOutboxMessage stores every field (a new message is pending).
  virtual Status InsertOutboxMessage(const domain::OutboxMessage& m) = 0;
  // Newest first (created_at, then insertion order, descending; key: created_at, seq).
  virtual Result<PageRows<domain::OutboxMessage>> ListOutbox(const PageQuery& page) = 0;
  // Claims up to `limit` messages due at `now`: pending ones with next_attempt_at <= now, and
  // sending ones whose claim lapsed (claimed_until <= now), earliest due first. Each becomes
  // sending with claimed_by = worker, claimed_until = until and one more attempt; they are
  // returned as stored after the claim. Claimers in concurrent transactions never receive the
  // same message (PostgreSQL: FOR UPDATE SKIP LOCKED plus a re-checked UPDATE; SQLite write
  // transactions are serial).
  virtual Result<std::vector<domain::OutboxMessage>> ClaimOutboxMessages(const std::string& worker,
                                                                         Millis now, Millis until,
                                                                         int limit) = 0;
  // Ends the attempt `worker` claimed: writes m.status (pending, sent or failed),
  // next_attempt_at, last_error and sent_at, and releases the claim; the body of a sent or
  // failed message is cleared (it may hold a live token). NotFound for an unknown id;
  // FailedPrecondition when `worker` no longer holds the claim (it lapsed and was taken over).
  virtual Status FinishOutboxAttempt(const domain::OutboxMessage& m,
                                     const std::string& worker) = 0;
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
