// Test-data builders ("fabricators"): one per entity, each starting from a valid record with
// unique ids, emails and slugs, and chainable setters for what a test cares about:
//
//   domain::Person ana = test::APerson().Name("Ana").Locale("es");
//   domain::Program p = test::AProgram(org.id).RequiresApproval().Status(ProgramStatus::kDraft);
//   domain::Enrollment e = test::AnEnrollment(p, ana.id).Role(ProgramRole::kMentor);
//
// A builder converts implicitly to its entity (or call Build()). Records that belong to
// something take the owner's ids in the factory function. Times default to kT0 so tests can
// order records explicitly. Header-only; the sequence counter is thread-safe.
#ifndef TANDEM_TESTS_BUILDERS_H_
#define TANDEM_TESTS_BUILDERS_H_

#include <atomic>
#include <string>
#include <utility>
#include <vector>

#include "base/ids.h"
#include "base/time.h"
#include "domain/access.h"
#include "domain/match_round.h"
#include "domain/matching_settings.h"
#include "domain/mentor_request.h"
#include "domain/notification.h"
#include "domain/organisation.h"
#include "domain/profile.h"
#include "domain/program.h"
#include "domain/relationship.h"

namespace tandem::test {

// 2027-01-15T08:00:00Z: a fixed "now" for test data.
inline constexpr Millis kT0 = 1'800'000'000'000;

// Unique within the test process: keeps emails, slugs and labels apart across tests.
inline int NextSequence() {
  static std::atomic<int> counter{0};
  return ++counter;
}

// A syntactically plausible argon2id hash; no test needs it to verify anything.
inline constexpr char kSomePasswordHash[] =
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$qnZ3WkE0b2xhbmRvbWhhc2h2YWx1ZQ";

// Builder<Self, T> holds the record and the conversions; each builder adds its setters.
template <typename Self, typename T>
class Builder {
 public:
  T Build() const { return value_; }
  operator T() const { return value_; }  // NOLINT: implicit by design

 protected:
  Self& self() { return static_cast<Self&>(*this); }
  T value_;
};

// Declares `Self& Name(field type)`; taking the exact type lets callers pass braced lists.
#define TANDEM_BUILDER_SETTER(Name, field) \
  auto& Name(decltype(value_.field) v) {   \
    value_.field = std::move(v);           \
    return self();                         \
  }

class PersonBuilder : public Builder<PersonBuilder, domain::Person> {
 public:
  PersonBuilder() {
    int n = NextSequence();
    value_.id = NewId();
    value_.email = "person" + std::to_string(n) + "@example.test";
    value_.name = "Person " + std::to_string(n);
    value_.password_hash = kSomePasswordHash;
    value_.locale = "en";
    value_.created_at = kT0;
  }
  TANDEM_BUILDER_SETTER(Id, id)
  TANDEM_BUILDER_SETTER(Email, email)
  TANDEM_BUILDER_SETTER(Name, name)
  TANDEM_BUILDER_SETTER(PasswordHash, password_hash)
  TANDEM_BUILDER_SETTER(Locale, locale)
  TANDEM_BUILDER_SETTER(CreatedAt, created_at)
  PersonBuilder& PlatformAdmin(bool v = true) {
    value_.is_platform_admin = v;
    return *this;
  }
  PersonBuilder& NoPassword() {
    value_.password_hash.clear();
    return *this;
  }
};
inline PersonBuilder APerson() { return {}; }

class OrganisationBuilder : public Builder<OrganisationBuilder, domain::Organisation> {
 public:
  OrganisationBuilder() {
    int n = NextSequence();
    value_.id = NewId();
    value_.name = "Organisation " + std::to_string(n);
    value_.slug = "org-" + std::to_string(n);
    value_.kind = domain::OrganisationKind::kNonprofit;
    value_.created_at = kT0;
  }
  TANDEM_BUILDER_SETTER(Id, id)
  TANDEM_BUILDER_SETTER(Name, name)
  TANDEM_BUILDER_SETTER(Slug, slug)
  TANDEM_BUILDER_SETTER(Kind, kind)
  TANDEM_BUILDER_SETTER(CreatedAt, created_at)
};
inline OrganisationBuilder AnOrganisation() { return {}; }

class TaxonomyTermBuilder : public Builder<TaxonomyTermBuilder, domain::TaxonomyTerm> {
 public:
  explicit TaxonomyTermBuilder(std::string org_id) {
    value_.id = NewId();
    value_.organisation_id = std::move(org_id);
    value_.kind = domain::TaxonomyTerm::Kind::kSkill;
    value_.label = "Skill " + std::to_string(NextSequence());
  }
  TANDEM_BUILDER_SETTER(Id, id)
  TANDEM_BUILDER_SETTER(Kind, kind)
  TANDEM_BUILDER_SETTER(Label, label)
};
inline TaxonomyTermBuilder ATaxonomyTerm(std::string org_id) {
  return TaxonomyTermBuilder(std::move(org_id));
}

class ProgramBuilder : public Builder<ProgramBuilder, domain::Program> {
 public:
  explicit ProgramBuilder(std::string org_id) {
    value_.id = NewId();
    value_.organisation_id = std::move(org_id);
    value_.name = "Program " + std::to_string(NextSequence());
    value_.description = "Pairs newcomers with experienced members for a term.";
    value_.type = domain::ProgramType::kOneToOne;
    value_.audience = domain::Audience::kAdult;
    value_.default_mentor_capacity = 1;
    value_.status = domain::ProgramStatus::kOpen;
    value_.created_at = kT0;
  }
  TANDEM_BUILDER_SETTER(Id, id)
  TANDEM_BUILDER_SETTER(Name, name)
  TANDEM_BUILDER_SETTER(Description, description)
  TANDEM_BUILDER_SETTER(Type, type)
  TANDEM_BUILDER_SETTER(Audience, audience)
  TANDEM_BUILDER_SETTER(StartDate, start_date)
  TANDEM_BUILDER_SETTER(EndDate, end_date)
  TANDEM_BUILDER_SETTER(DefaultMentorCapacity, default_mentor_capacity)
  TANDEM_BUILDER_SETTER(Status, status)
  TANDEM_BUILDER_SETTER(CreatedAt, created_at)
  ProgramBuilder& RequiresApproval(bool v = true) {
    value_.requires_approval = v;
    return *this;
  }
  ProgramBuilder& Dates(std::string start, std::string end) {
    value_.start_date = std::move(start);
    value_.end_date = std::move(end);
    return *this;
  }
};
inline ProgramBuilder AProgram(std::string org_id) { return ProgramBuilder(std::move(org_id)); }

class EnrollmentBuilder : public Builder<EnrollmentBuilder, domain::Enrollment> {
 public:
  EnrollmentBuilder(const domain::Program& program, std::string person_id) {
    value_.id = NewId();
    value_.organisation_id = program.organisation_id;
    value_.program_id = program.id;
    value_.person_id = std::move(person_id);
    value_.role = domain::ProgramRole::kMentee;
    value_.status = domain::EnrollmentStatus::kActive;
    value_.source = domain::EnrollmentSource::kApplication;
    value_.message = "I would like to learn from someone in the field.";
    value_.created_at = kT0;
  }
  TANDEM_BUILDER_SETTER(Id, id)
  TANDEM_BUILDER_SETTER(Role, role)
  TANDEM_BUILDER_SETTER(Status, status)
  TANDEM_BUILDER_SETTER(Source, source)
  TANDEM_BUILDER_SETTER(Message, message)
  TANDEM_BUILDER_SETTER(CreatedAt, created_at)
  EnrollmentBuilder& ScreeningCleared(bool v = true) {
    value_.screening_cleared = v;
    return *this;
  }
  EnrollmentBuilder& MinorMarked(bool v = true) {
    value_.minor_marked = v;
    return *this;
  }
  EnrollmentBuilder& Grade(std::string v) {
    value_.grade = std::move(v);
    return *this;
  }
  EnrollmentBuilder& Group(std::string v) {
    value_.group = std::move(v);
    return *this;
  }
  EnrollmentBuilder& TrainingComplete(bool v = true) {
    value_.training_complete = v;
    return *this;
  }
};
inline EnrollmentBuilder AnEnrollment(const domain::Program& program, std::string person_id) {
  return EnrollmentBuilder(program, std::move(person_id));
}

// A complete, valid profile (every list non-empty) so round trips exercise every table.
class ProfileBuilder : public Builder<ProfileBuilder, domain::Profile> {
 public:
  explicit ProfileBuilder(std::string person_id) {
    value_.person_id = std::move(person_id);
    value_.headline = "Data analyst who enjoys teaching";
    value_.bio = "Ten years of analytics in retail and health care.";
    value_.skills_teach = {{"SQL", 5}, {"Data analysis", 4}};
    value_.skills_learn = {{"Public speaking", 2, 4}};
    value_.interests = {"Technology", "Health"};
    value_.goals = {{"Give a conference talk", {"speaking", "confidence"}},
                    {"Mentor two people this year", {}}};
    value_.languages = {"en", "es"};
    value_.time_zone = "Europe/Madrid";
    value_.availability_hours_per_month = 6;
    value_.background = {{"first_generation", "yes", domain::Visibility::kMatching}};
    value_.mentor = {2, true};
    value_.updated_at = kT0;
  }
  TANDEM_BUILDER_SETTER(Headline, headline)
  TANDEM_BUILDER_SETTER(Bio, bio)
  TANDEM_BUILDER_SETTER(SkillsTeach, skills_teach)
  TANDEM_BUILDER_SETTER(SkillsLearn, skills_learn)
  TANDEM_BUILDER_SETTER(Interests, interests)
  TANDEM_BUILDER_SETTER(Goals, goals)
  TANDEM_BUILDER_SETTER(Languages, languages)
  TANDEM_BUILDER_SETTER(TimeZone, time_zone)
  TANDEM_BUILDER_SETTER(AvailabilityHoursPerMonth, availability_hours_per_month)
  TANDEM_BUILDER_SETTER(Background, background)
  TANDEM_BUILDER_SETTER(Mentor, mentor)
  TANDEM_BUILDER_SETTER(Mentee, mentee)
  TANDEM_BUILDER_SETTER(UpdatedAt, updated_at)
  ProfileBuilder& Minor(std::string guardian_name, std::string guardian_email) {
    value_.minor = {true, std::move(guardian_name), std::move(guardian_email)};
    return *this;
  }
  // No lists, default settings: what a person has before saving anything.
  ProfileBuilder& Empty() {
    std::string id = value_.person_id;
    value_ = domain::Profile{};
    value_.person_id = std::move(id);
    value_.updated_at = kT0;
    return *this;
  }
};
inline ProfileBuilder AProfile(std::string person_id) {
  return ProfileBuilder(std::move(person_id));
}

class SessionBuilder : public Builder<SessionBuilder, domain::Session> {
 public:
  explicit SessionBuilder(std::string person_id) {
    value_.id_hash = NewId() + NewId();  // 64 hex chars, like a SHA-256 hex digest
    value_.person_id = std::move(person_id);
    value_.csrf_token = NewId();
    value_.created_at = kT0;
    value_.expires_at = kT0 + domain::kSessionLifetime;
  }
  TANDEM_BUILDER_SETTER(IdHash, id_hash)
  TANDEM_BUILDER_SETTER(CsrfToken, csrf_token)
  TANDEM_BUILDER_SETTER(CreatedAt, created_at)
  TANDEM_BUILDER_SETTER(ExpiresAt, expires_at)
};
inline SessionBuilder ASession(std::string person_id) {
  return SessionBuilder(std::move(person_id));
}

class InvitationBuilder : public Builder<InvitationBuilder, domain::Invitation> {
 public:
  InvitationBuilder(std::string org_id, std::string invited_by) {
    int n = NextSequence();
    value_.id = NewId();
    value_.organisation_id = std::move(org_id);
    value_.email = "invitee" + std::to_string(n) + "@example.test";
    value_.token_hash = NewId() + NewId();
    value_.roles = {domain::Role::kMentee};
    value_.status = domain::InvitationStatus::kPending;
    value_.invited_by = std::move(invited_by);
    value_.created_at = kT0;
    value_.expires_at = kT0 + domain::kInvitationLifetime;
  }
  TANDEM_BUILDER_SETTER(Id, id)
  TANDEM_BUILDER_SETTER(Email, email)
  TANDEM_BUILDER_SETTER(TokenHash, token_hash)
  TANDEM_BUILDER_SETTER(Roles, roles)
  TANDEM_BUILDER_SETTER(Status, status)
  TANDEM_BUILDER_SETTER(CreatedAt, created_at)
  TANDEM_BUILDER_SETTER(ExpiresAt, expires_at)
  // Also enrolls the invitee in `program` with `role` on acceptance.
  InvitationBuilder& ToProgram(std::string program_id, domain::ProgramRole role) {
    value_.program_id = std::move(program_id);
    value_.program_role = role;
    return *this;
  }
};
inline InvitationBuilder AnInvitation(std::string org_id, std::string invited_by) {
  return InvitationBuilder(std::move(org_id), std::move(invited_by));
}

class PasswordResetBuilder : public Builder<PasswordResetBuilder, domain::PasswordReset> {
 public:
  explicit PasswordResetBuilder(std::string person_id) {
    value_.token_hash = NewId() + NewId();
    value_.person_id = std::move(person_id);
    value_.expires_at = kT0 + domain::kPasswordResetLifetime;
  }
  TANDEM_BUILDER_SETTER(TokenHash, token_hash)
  TANDEM_BUILDER_SETTER(ExpiresAt, expires_at)
  PasswordResetBuilder& Used(bool v = true) {
    value_.used = v;
    return *this;
  }
};
inline PasswordResetBuilder APasswordReset(std::string person_id) {
  return PasswordResetBuilder(std::move(person_id));
}

class OutboxMessageBuilder : public Builder<OutboxMessageBuilder, domain::OutboxMessage> {
 public:
  OutboxMessageBuilder() {
    int n = NextSequence();
    value_.id = NewId();
    value_.to = "recipient" + std::to_string(n) + "@example.test";
    value_.subject = "Message " + std::to_string(n);
    value_.body = "Hello,\n\nThis is message " + std::to_string(n) + ".\n";
    value_.created_at = kT0;
  }
  TANDEM_BUILDER_SETTER(Id, id)
  TANDEM_BUILDER_SETTER(To, to)
  TANDEM_BUILDER_SETTER(Subject, subject)
  TANDEM_BUILDER_SETTER(Body, body)
  TANDEM_BUILDER_SETTER(CreatedAt, created_at)
  TANDEM_BUILDER_SETTER(Status, status)
  TANDEM_BUILDER_SETTER(Attempts, attempts)
  TANDEM_BUILDER_SETTER(NextAttemptAt, next_attempt_at)
  TANDEM_BUILDER_SETTER(LastError, last_error)
  TANDEM_BUILDER_SETTER(SentAt, sent_at)
  TANDEM_BUILDER_SETTER(ClaimedBy, claimed_by)
  TANDEM_BUILDER_SETTER(ClaimedUntil, claimed_until)
};
inline OutboxMessageBuilder AnOutboxMessage() { return {}; }

// Non-default values everywhere, so round trips show every column is stored.
class MatchingSettingsBuilder : public Builder<MatchingSettingsBuilder, domain::MatchingSettings> {
 public:
  explicit MatchingSettingsBuilder(const domain::Program& program) {
    value_.organisation_id = program.organisation_id;
    value_.program_id = program.id;
    value_.priorities = {{"language", "must"}, {"skills", "high"}, {"time_zone", "ignore"}};
    value_.max_mentors_per_mentee = 2;
    value_.require_acceptance = false;
    value_.request_expiry_days = 14;
    value_.priority_field = "first_generation";
    value_.priority_value = "yes";
  }
  TANDEM_BUILDER_SETTER(Priorities, priorities)
  TANDEM_BUILDER_SETTER(MaxMentorsPerMentee, max_mentors_per_mentee)
  TANDEM_BUILDER_SETTER(RequestExpiryDays, request_expiry_days)
  TANDEM_BUILDER_SETTER(PriorityField, priority_field)
  TANDEM_BUILDER_SETTER(PriorityValue, priority_value)
  MatchingSettingsBuilder& RequireAcceptance(bool v = true) {
    value_.require_acceptance = v;
    return *this;
  }
};
inline MatchingSettingsBuilder SomeMatchingSettings(const domain::Program& program) {
  return MatchingSettingsBuilder(program);
}

class ExclusionBuilder : public Builder<ExclusionBuilder, domain::Exclusion> {
 public:
  ExclusionBuilder(const domain::Program& program, std::string mentee_id, std::string mentor_id) {
    value_.organisation_id = program.organisation_id;
    value_.program_id = program.id;
    value_.mentee_id = std::move(mentee_id);
    value_.mentor_id = std::move(mentor_id);
    value_.reason = "Siblings";
    value_.created_at = kT0;
  }
  TANDEM_BUILDER_SETTER(Reason, reason)
  TANDEM_BUILDER_SETTER(CreatedAt, created_at)
};
inline ExclusionBuilder AnExclusion(const domain::Program& program, std::string mentee_id,
                                    std::string mentor_id) {
  return ExclusionBuilder(program, std::move(mentee_id), std::move(mentor_id));
}

class MatchRoundBuilder : public Builder<MatchRoundBuilder, domain::MatchRound> {
 public:
  MatchRoundBuilder(const domain::Program& program, std::string created_by) {
    value_.id = NewId();
    value_.organisation_id = program.organisation_id;
    value_.program_id = program.id;
    value_.created_by = std::move(created_by);
    value_.created_at = kT0;
  }
  TANDEM_BUILDER_SETTER(Id, id)
  TANDEM_BUILDER_SETTER(Objective, objective)
  TANDEM_BUILDER_SETTER(Status, status)
  TANDEM_BUILDER_SETTER(MenteeScope, mentee_scope)
  TANDEM_BUILDER_SETTER(MentorScope, mentor_scope)
  TANDEM_BUILDER_SETTER(CandidatesPerMentee, candidates_per_mentee)
  TANDEM_BUILDER_SETTER(CreatedAt, created_at)
  TANDEM_BUILDER_SETTER(PublishedAt, published_at)
  // The totals a finished run records.
  MatchRoundBuilder& Totals(int total_score, int matched, int unmatched, int priority_cost) {
    value_.total_score = total_score;
    value_.matched = matched;
    value_.unmatched = unmatched;
    value_.priority_cost = priority_cost;
    return *this;
  }
};
inline MatchRoundBuilder AMatchRound(const domain::Program& program, std::string created_by) {
  return MatchRoundBuilder(program, std::move(created_by));
}

class ProposalBuilder : public Builder<ProposalBuilder, domain::Proposal> {
 public:
  ProposalBuilder(const domain::MatchRound& round, std::string mentee_id, std::string mentor_id) {
    value_.round_id = round.id;
    value_.organisation_id = round.organisation_id;
    value_.mentee_id = std::move(mentee_id);
    value_.mentor_id = std::move(mentor_id);
    value_.score = 42;
    value_.reasons = {
        {"skill_match", 32, {{"skill", "Public speaking"}, {"mentor_level", 4}, {"target_level", 3}}},
        {"goals_overlap", 6, {{"words", std::vector<std::string>{"talk", "\"give\""}}}},
        {"shared_language", 4, {{"languages", std::vector<std::string>{"en"}}}}};
  }
  TANDEM_BUILDER_SETTER(Score, score)
  TANDEM_BUILDER_SETTER(Reasons, reasons)
  TANDEM_BUILDER_SETTER(ShownScore, shown_score)
  ProposalBuilder& Locked(bool v = true) {
    value_.locked = v;
    return *this;
  }
};
inline ProposalBuilder AProposal(const domain::MatchRound& round, std::string mentee_id,
                                 std::string mentor_id) {
  return ProposalBuilder(round, std::move(mentee_id), std::move(mentor_id));
}

class UnmatchedBuilder : public Builder<UnmatchedBuilder, domain::Unmatched> {
 public:
  UnmatchedBuilder(const domain::MatchRound& round, std::string mentee_id) {
    value_.round_id = round.id;
    value_.organisation_id = round.organisation_id;
    value_.mentee_id = std::move(mentee_id);
    value_.reason_id = "no_suitable_mentor";
    value_.params = {{"cause", "no_shared_language"}, {"count", 3}, {"mentors", 4}};
  }
  TANDEM_BUILDER_SETTER(ReasonId, reason_id)
  TANDEM_BUILDER_SETTER(Params, params)
};
inline UnmatchedBuilder AnUnmatched(const domain::MatchRound& round, std::string mentee_id) {
  return UnmatchedBuilder(round, std::move(mentee_id));
}

class RelationshipBuilder : public Builder<RelationshipBuilder, domain::Relationship> {
 public:
  RelationshipBuilder(const domain::Program& program, std::string mentee_id,
                      std::string mentor_id) {
    value_.id = NewId();
    value_.organisation_id = program.organisation_id;
    value_.program_id = program.id;
    value_.mentee_id = std::move(mentee_id);
    value_.mentor_id = std::move(mentor_id);
    value_.score = 37;
    value_.reasons = {{"shared_language", 10, {{"languages", std::vector<std::string>{"es"}}}},
                      {"experience_gap", 12, {}}};
    value_.created_at = kT0;
    value_.updated_at = kT0;
  }
  TANDEM_BUILDER_SETTER(Id, id)
  TANDEM_BUILDER_SETTER(Status, status)
  TANDEM_BUILDER_SETTER(Source, source)
  TANDEM_BUILDER_SETTER(Score, score)
  TANDEM_BUILDER_SETTER(Reasons, reasons)
  TANDEM_BUILDER_SETTER(CreatedAt, created_at)
  TANDEM_BUILDER_SETTER(UpdatedAt, updated_at)
  TANDEM_BUILDER_SETTER(EndReason, end_reason)
  RelationshipBuilder& Accepted(bool by_mentee, bool by_mentor) {
    value_.mentee_accepted = by_mentee;
    value_.mentor_accepted = by_mentor;
    return *this;
  }
};
inline RelationshipBuilder ARelationship(const domain::Program& program, std::string mentee_id,
                                         std::string mentor_id) {
  return RelationshipBuilder(program, std::move(mentee_id), std::move(mentor_id));
}

class MentorRequestBuilder : public Builder<MentorRequestBuilder, domain::MentorRequest> {
 public:
  MentorRequestBuilder(const domain::Program& program, std::string mentee_id,
                       std::string mentor_id) {
    value_.id = NewId();
    value_.organisation_id = program.organisation_id;
    value_.program_id = program.id;
    value_.mentee_id = std::move(mentee_id);
    value_.mentor_id = std::move(mentor_id);
    value_.message = "Could you help me prepare my first conference talk?";
    value_.score = 28;
    value_.reasons = {
        {"skill_match", 18, {{"skill", "Public speaking"}, {"mentor_level", 5}, {"target_level", 2}}},
        {"time_zone", 10, {{"min_minutes", 240}, {"max_minutes", 300}}}};
    value_.created_at = kT0;
    value_.expires_at = kT0 + 7 * kDay;
  }
  TANDEM_BUILDER_SETTER(Id, id)
  TANDEM_BUILDER_SETTER(Message, message)
  TANDEM_BUILDER_SETTER(Status, status)
  TANDEM_BUILDER_SETTER(DeclineReason, decline_reason)
  TANDEM_BUILDER_SETTER(Reasons, reasons)
  TANDEM_BUILDER_SETTER(CreatedAt, created_at)
  TANDEM_BUILDER_SETTER(ExpiresAt, expires_at)
  TANDEM_BUILDER_SETTER(DecidedAt, decided_at)
};
inline MentorRequestBuilder AMentorRequest(const domain::Program& program, std::string mentee_id,
                                           std::string mentor_id) {
  return MentorRequestBuilder(program, std::move(mentee_id), std::move(mentor_id));
}

class NotificationBuilder : public Builder<NotificationBuilder, domain::Notification> {
 public:
  explicit NotificationBuilder(std::string person_id) {
    value_.id = NewId();
    value_.person_id = std::move(person_id);
    Content(domain::MatchProposed(NewId(), "Program " + std::to_string(NextSequence()),
                                  "Mentor " + std::to_string(NextSequence()),
                                  domain::OtherRole::kMentor));
    value_.created_at = kT0;
  }
  // Kind, parameters and link, from one of the constructors in domain/notification.h.
  NotificationBuilder& Content(domain::NotificationContent c) {
    value_.kind = c.kind;
    value_.params = std::move(c.params);
    value_.link = std::move(c.link);
    return self();
  }
  TANDEM_BUILDER_SETTER(Id, id)
  TANDEM_BUILDER_SETTER(OrganisationId, organisation_id)
  TANDEM_BUILDER_SETTER(Params, params)
  TANDEM_BUILDER_SETTER(Link, link)
  TANDEM_BUILDER_SETTER(CreatedAt, created_at)
  TANDEM_BUILDER_SETTER(ReadAt, read_at)
};
inline NotificationBuilder ANotification(std::string person_id) {
  return NotificationBuilder(std::move(person_id));
}

#undef TANDEM_BUILDER_SETTER

}  // namespace tandem::test

#endif  // TANDEM_TESTS_BUILDERS_H_
