// SociTx: app::Tx over one SOCI session inside an open transaction. Created by
// SociStore::Transact for the duration of one callback; not thread-safe, not reusable.
//
// The SQL is shared by SQLite and PostgreSQL. Implementation is split by port: each
// app/ports/<port>_port.h is implemented in soci_tx_<port>.cc (soci_tx_match_rounds.cc for
// MatchRoundsPort, and so on); soci_tx.cc holds the helpers below; enrollment_rows.h the row
// reader that enrollments and match data share.
//
// Behaviour beyond app/store.h:
// - Duplicates are detected with INSERT .. ON CONFLICT DO NOTHING (no error is raised, so the
//   transaction stays usable on PostgreSQL) and reported as AlreadyExists naming the field.
// - Any database error poisons the transaction: it is rolled back even if the callback then
//   returns OK, and Transact returns that first error. (PostgreSQL aborts a transaction after
//   an error anyway; SQLite would not, and the two must behave alike.)
// - Orders "by name" compare lower(name), then name, then id, in the database's collation;
//   "newest first" is created_at descending, then id (outbox: insertion order) descending.
// - Paged lists read one page with store/keyset.h: a row-value condition on the sort key and
//   ORDER BY … LIMIT page + 1, answered from an index (migration 0013). Lists whose rows join
//   several rows each (members with their roles) page the main rows in a subquery first.
// - Text filters match case-insensitively with the database's lower() (SQLite folds ASCII
//   letters only).
// - InsertPasswordFailure and InsertPasswordResetRequest also delete the rows past their
//   retention (bounded growth; one indexed range delete, usually empty).
// - LockThrottleKey takes pg_advisory_xact_lock(class, hashtext(key)) on PostgreSQL (the
//   two-key space, apart from the migrations' one-key lock); hash collisions only serialise
//   unrelated keys. ClaimPasswordAlert is one upsert whose update is conditional, so a
//   concurrent second claim waits for the first and then changes nothing.
// - Deletes of an addressed record (DeleteExclusion) answer NotFound when nothing was deleted.
// - Records that carry their owner's ids as well as taking them as arguments (Proposal,
//   Unmatched in Replace*) are stored under the arguments; the records' own round_id and
//   organisation_id are ignored on write and filled on read. Replace* answer NotFound when
//   the round does not exist in the organisation, and AlreadyExists for a duplicate row.
// - Instants not reached yet (published_at, decided_at, read_at; 0 in the domain) are NULL.
// - ListParticipants runs 10 queries whatever the number of participants; their
//   organisation_ids are ordered by organisation id.
// - UpdateRelationship that would give a pair a second proposed/active relationship fails
//   with AlreadyExists and, being a database error, poisons the transaction (InsertRelationship
//   detects the same case without an error).
// - LockParticipants, LockRound and LockInvitation take row locks only inside Transact
//   (PostgreSQL); under TransactRead they are a programming error on PostgreSQL (Internal) and
//   a plain existence check on SQLite. LockParticipants locks in chunks of 500 people, each
//   with ORDER BY person_id COLLATE "C" (byte order) so rows are locked in the documented order.
// - InsertRequest detects a second pending request for a pair without an error (ON CONFLICT
//   DO NOTHING covers mentor_requests_pending_pair_key) and answers AlreadyExists.
// - MarkPasswordResetUsed only changes an unused reset (UPDATE … AND used = 0): of two
//   concurrent calls the second waits for the first and then finds nothing to change.
// - MarkNotificationRead keeps the first read_at when called again.
#ifndef TANDEM_STORE_SOCI_TX_H_
#define TANDEM_STORE_SOCI_TX_H_

#include <exception>
#include <functional>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/store.h"
#include "store/dialect.h"
#include "store/soci_errors.h"

namespace soci {
class session;
}

namespace tandem::store {

class Query;

class SociTx final : public app::Tx {
 public:
  SociTx(soci::session& sql, Dialect dialect) : sql_(sql), dialect_(dialect) {}

  // OK, or the first database error raised inside this transaction.
  const Status& failure() const { return failure_; }

  // The overloads of app::Tx that read a whole list stay visible next to the overrides.
  using app::Tx::ListEnrollmentViews;
  using app::Tx::ListEnrollmentViewsOfPerson;
  using app::Tx::ListExclusions;
  using app::Tx::ListInvitations;
  using app::Tx::ListMembers;
  using app::Tx::ListOrganisations;
  using app::Tx::ListRelationships;
  using app::Tx::ListRequestsOfMentee;
  using app::Tx::ListRequestsOfMentor;
  using app::Tx::ListRounds;

  Status InsertPerson(const domain::Person& p) override;
  Status UpdatePerson(const domain::Person& p) override;
  Result<domain::Person> GetPerson(const std::string& id) override;
  Result<domain::Person> GetPersonForUpdate(const std::string& id) override;
  Result<std::optional<domain::Person>> FindPersonByEmail(const std::string& email) override;
  Result<std::vector<domain::Person>> ListPlatformAdmins() override;

  Status InsertOrganisation(const domain::Organisation& o) override;
  Result<domain::Organisation> GetOrganisation(const std::string& id) override;
  Result<app::PageRows<domain::Organisation>> ListOrganisations(
      const std::string& member_id, const app::PageQuery& page) override;

  Result<std::optional<domain::RoleSet>> FindRoles(const std::string& org_id,
                                                   const std::string& person_id) override;
  Status SetRoles(const std::string& org_id, const std::string& person_id,
                  const domain::RoleSet& roles) override;
  Status DeleteMembership(const std::string& org_id, const std::string& person_id) override;
  Status LockOrganisation(const std::string& org_id) override;
  Result<std::vector<domain::Membership>> ListMembershipsOfPerson(
      const std::string& person_id) override;
  Result<app::PageRows<domain::Member>> ListMembers(const std::string& org_id,
                                                    const app::MemberFilter& filter,
                                                    const app::PageQuery& page) override;

  Status InsertTaxonomyTerm(const domain::TaxonomyTerm& t) override;
  Result<app::PageRows<domain::TaxonomyTerm>> ListTaxonomy(
      const std::string& org_id, std::optional<domain::TaxonomyTerm::Kind> kind,
      const app::PageQuery& page) override;
  Status DeleteTaxonomyTerm(const std::string& org_id, const std::string& id) override;
  Result<domain::TaxonomyTerm> GetTaxonomyTerm(const std::string& org_id,
                                               const std::string& id) override;
  Status RenameTaxonomyTerm(const std::string& org_id, const std::string& id,
                            const std::string& label) override;
  Result<int> CountTaxonomyTermUsage(const domain::TaxonomyTerm& term) override;

  Result<std::vector<app::ProgramWork>> CountProgramWork(const std::string& org_id, Millis now,
                                                         Millis expiring_before) override;

  Status InsertProgram(const domain::Program& p) override;
  Status UpdateProgram(const domain::Program& p) override;
  Result<domain::Program> GetProgram(const std::string& org_id, const std::string& id) override;
  Result<app::PageRows<domain::Program>> ListPrograms(const std::string& org_id,
                                                      bool with_drafts,
                                                      const app::PageQuery& page) override;
  Result<domain::ProgramCounts> CountEnrollments(const std::string& org_id,
                                                 const std::string& program_id) override;

  Status InsertEnrollment(const domain::Enrollment& e) override;
  Status UpdateEnrollment(const domain::Enrollment& e) override;
  Result<domain::Enrollment> GetEnrollment(const std::string& org_id,
                                           const std::string& id) override;
  Result<std::optional<domain::Enrollment>> FindEnrollment(const std::string& org_id,
                                                           const std::string& program_id,
                                                           const std::string& person_id,
                                                           domain::ProgramRole role) override;
  Result<domain::EnrollmentView> GetEnrollmentView(const std::string& org_id,
                                                   const std::string& id) override;
  Result<app::PageRows<domain::EnrollmentView>> ListEnrollmentViews(
      const std::string& org_id, const std::string& program_id,
      const app::EnrollmentFilter& filter, const app::PageQuery& page) override;
  Result<app::PageRows<domain::EnrollmentView>> ListEnrollmentViewsOfPerson(
      const std::string& person_id, const app::PageQuery& page) override;

  Result<std::optional<domain::Profile>> FindProfile(const std::string& person_id) override;
  Status PutProfile(const domain::Profile& p) override;

  Status InsertSession(const domain::Session& s) override;
  Result<std::optional<domain::Session>> FindSession(const std::string& id_hash) override;
  Status DeleteSession(const std::string& id_hash) override;
  Status DeleteSessionsOfPerson(const std::string& person_id) override;

  Status InsertInvitation(const domain::Invitation& inv) override;
  Result<std::optional<domain::Invitation>> FindInvitationByTokenHash(
      const std::string& token_hash) override;
  Result<domain::Invitation> GetInvitation(const std::string& org_id,
                                           const std::string& id) override;
  Result<app::PageRows<domain::Invitation>> ListInvitations(const std::string& org_id,
                                                            const app::PageQuery& page) override;
  Status SetInvitationStatus(const std::string& org_id, const std::string& id,
                             domain::InvitationStatus status) override;
  Status LockInvitation(const std::string& org_id, const std::string& id) override;

  Status InsertPasswordReset(const domain::PasswordReset& r) override;
  Result<std::optional<domain::PasswordReset>> FindPasswordReset(
      const std::string& token_hash) override;
  Status MarkPasswordResetUsed(const std::string& token_hash) override;

  Status MarkPasswordResetsOfPersonUsed(const std::string& person_id) override;

  Status LockThrottleKey(const std::string& key) override;
  Status InsertPasswordFailure(const domain::PasswordFailure& f) override;
  Result<std::vector<domain::PasswordFailure>> ListPasswordFailuresOfAccount(
      const std::string& account, Millis since) override;
  Result<std::vector<Millis>> ListPasswordFailureTimesFromAddress(const std::string& address,
                                                                  Millis since) override;
  Status DeletePasswordFailures(const std::string& account, const std::string& address) override;
  Status TouchKnownAddress(const std::string& person_id, const std::string& address,
                           Millis at) override;
  Result<bool> IsKnownAddress(const std::string& person_id, const std::string& address,
                              Millis since) override;
  Result<bool> ClaimPasswordAlert(const std::string& person_id, Millis at, Millis since) override;
  Status InsertPasswordResetRequest(const domain::PasswordResetRequest& r) override;
  Result<std::vector<Millis>> ListPasswordResetRequestTimesFromAddress(const std::string& address,
                                                                       Millis since) override;
  Result<int> CountPasswordResetMails(const std::string& account, Millis since) override;
  Result<int> ChargeBudget(const std::string& bucket, Millis window_start,
                           Millis expired_before) override;
  Result<std::int64_t> GetMatchDataVersion(const std::string& program_id) override;

  Result<std::optional<domain::MatchingSettings>> FindMatchingSettings(
      const std::string& org_id, const std::string& program_id) override;
  Status PutMatchingSettings(const domain::MatchingSettings& s) override;

  Status InsertExclusion(const domain::Exclusion& e) override;
  Status DeleteExclusion(const std::string& org_id, const std::string& program_id,
                         const std::string& mentee_id, const std::string& mentor_id) override;
  Result<app::PageRows<domain::Exclusion>> ListExclusions(const std::string& org_id,
                                                          const std::string& program_id,
                                                          const app::PageQuery& page) override;

  Result<std::vector<app::Participant>> ListParticipants(const std::string& org_id,
                                                         const std::string& program_id,
                                                         domain::ProgramRole role) override;

  Status InsertRound(const domain::MatchRound& r) override;
  Status UpdateRound(const domain::MatchRound& r) override;
  Result<domain::MatchRound> GetRound(const std::string& org_id, const std::string& id) override;
  Result<app::PageRows<domain::MatchRound>> ListRounds(const std::string& org_id,
                                                       const std::string& program_id,
                                                       const app::PageQuery& page) override;
  Status ReplaceProposals(const std::string& org_id, const std::string& round_id,
                          const std::vector<domain::Proposal>& proposals) override;
  Result<std::vector<domain::Proposal>> ListProposals(const std::string& org_id,
                                                      const std::string& round_id) override;
  Status ReplaceUnmatched(const std::string& org_id, const std::string& round_id,
                          const std::vector<domain::Unmatched>& unmatched) override;
  Result<std::vector<domain::Unmatched>> ListUnmatched(const std::string& org_id,
                                                       const std::string& round_id) override;

  Status InsertRelationship(const domain::Relationship& r) override;
  Status UpdateRelationship(const domain::Relationship& r) override;
  Result<domain::Relationship> GetRelationship(const std::string& org_id,
                                               const std::string& id) override;
  Result<app::PageRows<domain::Relationship>> ListRelationships(
      const std::string& org_id, const std::string& program_id,
      const app::RelationshipFilter& filter, const app::PageQuery& page) override;
  Result<app::PageRows<domain::Relationship>> ListRelationshipsOfPerson(
      const std::string& person_id, const app::PageQuery& page) override;
  Result<int> CountCapacityUse(const std::string& org_id, const std::string& program_id,
                               const std::string& mentor_id) override;
  Status LockParticipants(const std::string& org_id, const std::string& program_id,
                          std::vector<std::string> person_ids) override;
  Status LockRound(const std::string& org_id, const std::string& round_id) override;

  Status InsertRequest(const domain::MentorRequest& r) override;
  Status UpdateRequest(const domain::MentorRequest& r) override;
  Result<domain::MentorRequest> GetRequest(const std::string& org_id,
                                           const std::string& id) override;
  Result<app::PageRows<domain::MentorRequest>> ListRequestsOfMentee(
      const std::string& org_id, const std::string& program_id, const std::string& mentee_id,
      const app::PageQuery& page) override;
  Result<app::PageRows<domain::MentorRequest>> ListRequestsOfMentor(
      const std::string& mentor_id, const app::PageQuery& page) override;

  Status InsertNotification(const domain::Notification& n) override;
  Result<app::PageRows<domain::Notification>> ListNotifications(
      const std::string& person_id, const app::PageQuery& page) override;
  Result<domain::Notification> GetNotification(const std::string& id) override;
  Status MarkNotificationRead(const std::string& person_id, const std::string& id,
                              Millis at) override;

  Status InsertAuditEntry(const domain::AuditEntry& e) override;
  Result<app::PageRows<domain::AuditEntry>> ListAuditEntries(
      const std::string& organisation_id, const app::PageQuery& page) override;

  Result<std::optional<domain::ProgramNorms>> FindProgramNorms(
      const std::string& org_id, const std::string& program_id) override;
  Status SaveProgramNorms(const domain::ProgramNorms& n) override;
  Status InsertAgreementVersion(const domain::AgreementVersion& v) override;
  Result<std::optional<domain::AgreementVersion>> FindLatestAgreementVersion(
      const std::string& org_id, const std::string& program_id) override;
  Result<domain::AgreementVersion> GetAgreementVersion(const std::string& org_id,
                                                       const std::string& program_id,
                                                       int version) override;
  Result<std::vector<domain::AgreementVersion>> ListAgreementVersions(
      const std::string& org_id, const std::string& program_id) override;
  Result<bool> InsertAgreementAcceptance(const domain::AgreementAcceptance& a) override;
  Result<std::vector<domain::AgreementAcceptance>> ListAgreementAcceptances(
      const std::string& org_id, const std::string& relationship_id) override;
  Status InsertGuardianLink(const domain::GuardianLink& l) override;
  Result<int> ExpireGuardianLinks(const std::string& org_id, const std::string& relationship_id,
                                  Millis now) override;
  Result<std::optional<domain::GuardianLink>> FindGuardianLink(
      const std::string& token_hash) override;

  Result<std::vector<domain::PlanGoal>> ListPlanGoals(
      const std::string& org_id, const std::string& relationship_id) override;
  Result<domain::PlanGoal> GetPlanGoal(const std::string& org_id,
                                       const std::string& relationship_id,
                                       const std::string& goal_id) override;
  Status InsertPlanGoal(const domain::PlanGoal& g) override;
  Status UpdatePlanGoal(const domain::PlanGoal& g, int expected_version) override;
  Status DeletePlanGoal(const std::string& org_id, const std::string& relationship_id,
                        const std::string& goal_id, int expected_version) override;
  Result<std::optional<domain::PlanTemplate>> FindPlanTemplate(
      const std::string& org_id, const std::string& program_id) override;
  Status SavePlanTemplate(const domain::PlanTemplate& t, int expected_version) override;

  Status InsertMeeting(const domain::Meeting& m) override;
  Status UpdateMeeting(const domain::Meeting& m) override;
  Result<domain::Meeting> GetMeeting(const std::string& org_id, const std::string& relationship_id,
                                     const std::string& meeting_id) override;
  Result<app::PageRows<domain::Meeting>> ListMeetings(const std::string& org_id,
                                                      const std::string& relationship_id,
                                                      const app::PageQuery& page) override;
  Result<bool> HasFollowUpMeeting(const std::string& org_id,
                                  const std::string& held_meeting_id) override;
  Result<std::string> GetPrivateMeetingNote(const std::string& org_id,
                                            const std::string& meeting_id,
                                            const std::string& author_id) override;
  Status SavePrivateMeetingNote(const std::string& org_id, const std::string& meeting_id,
                                const std::string& author_id, const std::string& text,
                                Millis at) override;
  Result<std::vector<PersonMeeting>> ListMeetingsOfPerson(const std::string& person_id,
                                                          Millis since, int limit) override;
  Status SaveCalendarFeed(const app::CalendarFeed& feed) override;
  Status DeleteCalendarFeed(const std::string& person_id) override;
  Result<std::optional<app::CalendarFeed>> FindCalendarFeedOfPerson(
      const std::string& person_id) override;
  Result<std::optional<app::CalendarFeed>> FindCalendarFeedBySecretHash(
      const std::string& secret_hash) override;

  Status InsertMessage(const domain::Message& m) override;
  Result<domain::Message> GetMessage(const std::string& org_id, const std::string& relationship_id,
                                     const std::string& message_id) override;
  Result<app::PageRows<domain::Message>> ListMessages(const std::string& org_id,
                                                      const std::string& relationship_id,
                                                      const app::PageQuery& page) override;
  Status UpdateMessageFlag(const domain::Message& m) override;
  Result<app::PageRows<domain::Message>> ListFlaggedMessages(const std::string& org_id,
                                                             const app::PageQuery& page) override;
  Status AdvanceReadMarker(const std::string& org_id, const std::string& relationship_id,
                           const std::string& person_id, const app::ReadMarker& to,
                           Millis now) override;
  Result<app::ReadMarker> GetReadMarker(const std::string& org_id,
                                        const std::string& relationship_id,
                                        const std::string& person_id) override;
  Result<int> CountUnread(const std::string& org_id, const std::string& relationship_id,
                          const std::string& person_id) override;
  Result<std::vector<app::ThreadUnread>> CountUnreadOfPerson(const std::string& person_id) override;
  Result<std::vector<app::MessageDelivery>> ListMessagesSince(Millis since, int limit) override;
  Status InsertSafetyReport(const domain::SafetyReport& r) override;
  Result<domain::SafetyReport> GetSafetyReport(const std::string& org_id,
                                               const std::string& report_id) override;
  Status UpdateSafetyReport(const domain::SafetyReport& r) override;
  Result<app::PageRows<domain::SafetyReport>> ListOpenSafetyReports(
      const std::string& org_id, const app::PageQuery& page) override;
  Result<std::vector<app::ProgramSafetyWork>> CountSafetyWork(const std::string& org_id) override;
  Result<std::vector<std::string>> GetWatchWords(const std::string& org_id,
                                                 const std::string& program_id) override;
  Status SaveWatchWords(const std::string& org_id, const std::string& program_id,
                        const std::vector<std::string>& words) override;

  Status InsertOutboxMessage(const domain::OutboxMessage& m) override;
  Result<app::PageRows<domain::OutboxMessage>> ListOutbox(const app::PageQuery& page) override;
  Result<std::vector<domain::OutboxMessage>> ClaimOutboxMessages(const std::string& worker,
                                                                 Millis now, Millis until,
                                                                 int limit) override;
  Status FinishOutboxAttempt(const domain::OutboxMessage& m, const std::string& worker) override;

  // Care and pulse surveys: soci_tx_care.cc, soci_tx_pulse.cc.
  Status SaveManagerAssignment(const domain::ManagerAssignment& a) override;
  Result<std::optional<domain::ManagerAssignment>> FindManagerAssignment(
      const std::string& org_id, const std::string& relationship_id) override;
  Result<std::string> LeastLoadedCoordinator(const std::string& org_id) override;
  Result<int> MarkActiveSince(Millis now) override;
  Status InsertCheckin(const domain::Checkin& c) override;
  Result<app::PageRows<domain::Checkin>> ListCheckins(const std::string& org_id,
                                                      const std::string& relationship_id,
                                                      const app::PageQuery& page) override;
  Status MarkFollowUpDone(const std::string& org_id, const std::string& relationship_id,
                          const std::string& follow_up_id, const std::string& by,
                          Millis at) override;
  Result<std::vector<app::CaseloadRow>> ListCaseload(const std::string& org_id,
                                                     const std::string& manager_id,
                                                     const std::string& today) override;
  Result<std::vector<app::PulseCandidate>> ListPulseCandidates() override;
  Result<bool> ClaimPulseSurvey(const domain::PulseSurvey& s) override;
  Result<app::PulseSurveyRow> GetPulseSurvey(const std::string& org_id,
                                             const std::string& id) override;
  Result<bool> SavePulseAnswer(const std::string& org_id, const std::string& id,
                               const domain::PulseAnswer& answer, Millis at) override;
  Result<std::vector<app::PulseSurveyRow>> ListOpenPulseSurveys(const std::string& person_id,
                                                                int limit) override;
  Result<std::vector<app::PulseSurveyRow>> ListPulseAnswers(const std::string& org_id,
                                                            const std::string& relationship_id,
                                                            int limit) override;

 private:
  // Runs one method body, turning exceptions into Status and poisoning the transaction.
  template <typename Body>
  auto Run(const char* operation, Body&& body) -> decltype(body()) {
    try {
      return body();
    } catch (const std::exception& e) {
      Status status = TranslateError(e, operation, &sql_, dialect_);
      if (failure_.ok()) failure_ = status;
      return status;
    }
  }

  // Runs `select` (one row per record, with :org and :id parameters), adding FOR UPDATE on
  // PostgreSQL; NotFound(`missing`) when it returns no row. For the Lock* methods.
  Status LockRow(std::string select, const std::string& org_id, const std::string& id,
                 const char* missing);
  // True when `query` (a COUNT(*) with one :id parameter) counts at least one row.
  bool Exists(const char* query, const std::string& id);
  // True when the match round exists in the organisation. Defined in soci_tx_match_rounds.cc.
  bool RoundExists(const std::string& org_id, const std::string& round_id);
  // Enrollment views matching `where` (SQL over e = enrollments, pe = people); binds come from
  // `bind`. Fills home_organisation_names. Defined in soci_tx_enrollments.cc.
  template <typename Bind>
  std::vector<domain::EnrollmentView> LoadViews(const std::string& where,
                                                const std::string& order, Bind bind);
  // (person id, organisation id) -> organisation name, for every membership of everyone in
  // `person_ids`.
  std::map<std::pair<std::string, std::string>, std::string> HomeOrganisationNames(
      const std::vector<std::string>& person_ids);
  // The saved profiles (lists included) of the people whose id satisfies `who`, a SQL
  // condition on an unqualified `person_id` column (e.g. "person_id = :person" or
  // "person_id IN (SELECT ...)"); `bind` binds its parameters. One query per profile table
  // (8) however many people. Defined in soci_tx_profiles.cc.
  std::unordered_map<std::string, domain::Profile> LoadProfiles(
      const std::string& who, const std::function<void(Query&)>& bind);

  soci::session& sql_;
  Dialect dialect_;
  Status failure_;
};

}  // namespace tandem::store

#endif  // TANDEM_STORE_SOCI_TX_H_
