#include "demo/data_programs.h"

namespace tandem::demo {
namespace {

using domain::Audience;
using domain::OrganisationKind;
using domain::ProgramRole;
using domain::ProgramStatus;
using domain::ProgramType;
using domain::Role;

constexpr OrganisationRow kOrganisationRows[] = {
    {&Cast::lincoln, "Lincoln High School", "lincoln-high", OrganisationKind::kSchool, 400},
    {&Cast::northwind, "Northwind Analytics", "northwind", OrganisationKind::kCompany, 380},
    {&Cast::alumni, "Lincoln Alumni Association", "lincoln-alumni", OrganisationKind::kAlumni, 360},
};

constexpr ProgramRow kProgramRows[] = {
    {&Cast::career, &Cast::lincoln, "Career Pathways Mentoring",
     "Year-long one-to-one mentoring: each student meets a mentor from our alumni or "
     "partner companies twice a month to explore careers, plan for college and build "
     "confidence. Mentors are background-checked and trained before matching.",
     ProgramType::kOneToOne, Audience::kYouth, "2026-08-31", "2027-06-11", 2, true,
     ProgramStatus::kOpen},
    {&Cast::sprint, &Cast::lincoln, "College Application Sprint",
     "Short, focused sessions for seniors: one mentor, one question — an essay "
     "draft, a financial aid form, a scholarship deadline.",
     ProgramType::kFlash, Audience::kYouth, "2026-10-01", "2026-12-15", 5, false,
     ProgramStatus::kOpen},
    {&Cast::draft, &Cast::lincoln, "Summer Internship Readiness",
     "Small groups preparing juniors for summer internships: resumes, interviews and "
     "workplace basics. Still being planned.",
     ProgramType::kGroup, Audience::kYouth, "2027-06-14", "2027-08-06", 6, true,
     ProgramStatus::kDraft},
    {&Cast::circles, &Cast::northwind, "Northwind Growth Circles",
     "Small circles of early-career colleagues meeting monthly with an experienced "
     "lead to work on leadership, communication and career growth.",
     ProgramType::kGroup, Audience::kAdult, "2026-09-01", "2027-02-26", 6, true,
     ProgramStatus::kOpen},
    {&Cast::peer, &Cast::northwind, "Northwind Peer Learning",
     "Pair up with a colleague from another team and teach each other a skill. "
     "Everyone joins as a participant and is matched with a peer.",
     ProgramType::kPeer, Audience::kAdult, "", "", 1, false, ProgramStatus::kOpen},
};

const InvitationRow kInvitationRows[] = {
    {&Cast::lincoln, &Cast::lincoln_admin, "counselor@lincoln-high.example", Role::kCoordinator,
     nullptr, std::nullopt, 3},
    {&Cast::lincoln, &Cast::lincoln_coordinator, "parent.volunteer@example.org", Role::kMentor,
     &Cast::career, ProgramRole::kMentor, 2},
    {&Cast::northwind, &Cast::northwind_coordinator, "new.hire@northwind.example", Role::kMentee,
     &Cast::peer, ProgramRole::kMentee, 1},
};

}  // namespace

const std::span<const OrganisationRow> kOrganisations = kOrganisationRows;
const std::span<const ProgramRow> kPrograms = kProgramRows;
const std::span<const InvitationRow> kInvitations = kInvitationRows;

}  // namespace tandem::demo
