// Programs and enrollments.
//
// A program belongs to one organisation. People join it as mentor or mentee, either invited
// (active at once) or by applying (pending until a coordinator approves, when the program
// requires approval). Mentor enrollments carry the youth-safety fields used by matching.
#ifndef TANDEM_DOMAIN_PROGRAM_H_
#define TANDEM_DOMAIN_PROGRAM_H_

#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"
#include "base/time.h"
#include "domain/role.h"

namespace tandem::domain {

enum class ProgramType { kOneToOne, kGroup, kPeer, kFlash };
enum class Audience { kYouth, kAdult };
enum class ProgramStatus { kDraft, kOpen, kClosed };
// kEnded: a coordinator ended the person's place, or the person left the organisation or lost
// the role (the row stays, so the history does; applying again always needs approval).
enum class EnrollmentStatus { kPending, kActive, kDeclined, kWithdrawn, kEnded };
enum class EnrollmentSource { kInvitation, kApplication };

std::string_view ProgramTypeName(ProgramType t);
std::optional<ProgramType> ParseProgramType(std::string_view s);
std::string_view AudienceName(Audience a);
std::optional<Audience> ParseAudience(std::string_view s);
std::string_view ProgramStatusName(ProgramStatus s);
std::optional<ProgramStatus> ParseProgramStatus(std::string_view s);
std::string_view EnrollmentStatusName(EnrollmentStatus s);
std::optional<EnrollmentStatus> ParseEnrollmentStatus(std::string_view s);
std::string_view EnrollmentSourceName(EnrollmentSource s);
std::optional<EnrollmentSource> ParseEnrollmentSource(std::string_view s);

struct Program {
  std::string id;
  std::string organisation_id;
  std::string name;
  std::string description;
  ProgramType type = ProgramType::kOneToOne;
  Audience audience = Audience::kAdult;
  std::string start_date;  // "YYYY-MM-DD" or empty; both empty = evergreen
  std::string end_date;
  int default_mentor_capacity = 1;
  bool requires_approval = false;
  ProgramStatus status = ProgramStatus::kOpen;
  Millis created_at = 0;
};

struct ProgramCounts {
  int mentors = 0;  // active
  int mentees = 0;  // active
  int pending = 0;
};

struct Enrollment {
  std::string id;
  std::string organisation_id;  // the program's organisation
  std::string program_id;
  std::string person_id;
  ProgramRole role = ProgramRole::kMentee;
  EnrollmentStatus status = EnrollmentStatus::kPending;
  EnrollmentSource source = EnrollmentSource::kApplication;
  std::string message;
  bool screening_cleared = false;
  bool training_complete = false;
  // Set by a coordinator: this participant is a minor (domain/safeguarding.h). Only a
  // coordinator changes it; the person's own profile box can add protection, never clear it.
  bool minor_marked = false;
  // Set by a coordinator to choose a round's mentees by filters (domain/mentee_filter.h): the
  // participant's grade and group in this program ("" = none), free labels of the program's
  // own choosing.
  std::string grade;
  std::string group;
  Millis created_at = 0;
};

// An enrollment joined with what a list shows about it.
struct EnrollmentView {
  Enrollment enrollment;
  std::string program_name;
  std::string person_name;
  std::string person_email;
  // The enrollment's organisation's name when the person is a member of it, else '' (an
  // outside participant). Never another organisation's name: coordinators read these views.
  std::string home_organisation_names;
  Audience program_audience = Audience::kAdult;
  bool self_declared_minor = false;  // the person's own profile box
};

Status ValidateProgram(const Program& p);

}  // namespace tandem::domain

#endif  // TANDEM_DOMAIN_PROGRAM_H_
