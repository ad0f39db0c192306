#include "domain/program.h"

#include <gtest/gtest.h>

#include "base/status_matchers.h"

namespace tandem::domain {
namespace {

Program ValidProgram() {
  Program p;
  p.name = "Career Pathways";
  p.start_date = "2026-09-01";
  p.end_date = "2027-06-15";
  p.default_mentor_capacity = 2;
  return p;
}

TEST(ProgramTest, Valid) { EXPECT_OK(ValidateProgram(ValidProgram())); }

TEST(ProgramTest, EvergreenIsValid) {
  Program p = ValidProgram();
  p.start_date.clear();
  p.end_date.clear();
  EXPECT_OK(ValidateProgram(p));
}

TEST(ProgramTest, InvalidFieldsAreNamed) {
  Program p = ValidProgram();
  p.name = "  ";
  p.default_mentor_capacity = 0;
  p.end_date = "2026-01-01";
  Status s = ValidateProgram(p);
  ASSERT_EQ(s.fields().size(), 3u);
  EXPECT_EQ(s.fields()[0].field, "name");
  EXPECT_EQ(s.fields()[1].field, "end_date");
  EXPECT_EQ(s.fields()[2].field, "default_mentor_capacity");
}

TEST(ProgramTest, EnumNamesRoundTrip) {
  for (auto t : {ProgramType::kOneToOne, ProgramType::kGroup, ProgramType::kPeer,
                 ProgramType::kFlash})
    EXPECT_EQ(ParseProgramType(ProgramTypeName(t)), t);
  EXPECT_FALSE(ParseProgramType("solo").has_value());
  EXPECT_EQ(ParseEnrollmentStatus("withdrawn"), EnrollmentStatus::kWithdrawn);
  for (auto s : {EnrollmentStatus::kPending, EnrollmentStatus::kActive, EnrollmentStatus::kDeclined,
                 EnrollmentStatus::kWithdrawn, EnrollmentStatus::kEnded})
    EXPECT_EQ(ParseEnrollmentStatus(EnrollmentStatusName(s)), s);
  EXPECT_EQ(EnrollmentStatusName(EnrollmentStatus::kEnded), "ended");
}

}  // namespace
}  // namespace tandem::domain
