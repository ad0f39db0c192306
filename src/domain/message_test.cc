#include "domain/message.h"

#include <gtest/gtest.h>

#include "base/status_matchers.h"

namespace tandem::domain {
namespace {

TEST(MessageTest, BodyIsPlainUtf8TextOfBoundedLength) {
  EXPECT_OK(ValidateMessageBody("Hola, ¿qué tal?\nSee you"));
  EXPECT_OK(ValidateMessageBody(std::string(kMaxMessageChars, 'x')));
  EXPECT_CODE(ValidateMessageBody(std::string(kMaxMessageChars + 1, 'x')),
              StatusCode::kInvalidArgument);
  EXPECT_CODE(ValidateMessageBody(""), StatusCode::kInvalidArgument);
  EXPECT_CODE(ValidateMessageBody("  \n "), StatusCode::kInvalidArgument);
  EXPECT_CODE(ValidateMessageBody("bad \xC3"), StatusCode::kInvalidArgument);
  EXPECT_CODE(ValidateMessageBody(std::string("nul \0 byte", 10)), StatusCode::kInvalidArgument);
  EXPECT_CODE(ValidateMessageBody("bell \x07"), StatusCode::kInvalidArgument);
  // 4000 characters of two bytes each is still within the limit.
  std::string wide;
  for (size_t i = 0; i < kMaxMessageChars; ++i) wide += "é";
  EXPECT_OK(ValidateMessageBody(wide));
}

TEST(MessageTest, OnlyAnActiveRelationshipTakesMessages) {
  Relationship r;
  r.status = RelationshipStatus::kActive;
  EXPECT_OK(CheckMessagingOpen(r));
  for (RelationshipStatus s :
       {RelationshipStatus::kPaused, RelationshipStatus::kEnded, RelationshipStatus::kDeclined,
        RelationshipStatus::kProposed, RelationshipStatus::kAwaitingAgreement}) {
    r.status = s;
    EXPECT_CODE(CheckMessagingOpen(r), StatusCode::kFailedPrecondition);
  }
}

TEST(MessageTest, FlagsOpenAndResolveOnce) {
  Relationship r;
  r.id = "rel";
  r.organisation_id = "org";
  Message plain = NewMessage("m1", r, "a", "hi", {}, 5);
  EXPECT_EQ(plain.flag_status, FlagStatus::kNone);
  EXPECT_CODE(ResolveFlag(plain, "c", "", 6), StatusCode::kFailedPrecondition);
  Message flagged = NewMessage("m2", r, "a", "555 123 4567", {"contact_phone"}, 5);
  EXPECT_EQ(flagged.flag_status, FlagStatus::kOpen);
  EXPECT_EQ(flagged.relationship_id, "rel");
  EXPECT_OK(ResolveFlag(flagged, "c", "talked to them", 7));
  EXPECT_EQ(flagged.flag_status, FlagStatus::kResolved);
  EXPECT_EQ(flagged.flag_resolved_at, 7);
  EXPECT_CODE(ResolveFlag(flagged, "c", "", 8), StatusCode::kFailedPrecondition);
}

TEST(MessageTest, ReportsNameAKnownReason) {
  SafetyReport rep;
  rep.reason = "harassment";
  EXPECT_OK(ValidateReport(rep));
  rep.reason = "because";
  EXPECT_CODE(ValidateReport(rep), StatusCode::kInvalidArgument);
  rep.reason = "other";
  rep.text = std::string(kMaxReportTextChars + 1, 'x');
  EXPECT_CODE(ValidateReport(rep), StatusCode::kInvalidArgument);
  rep.text = "";
  EXPECT_OK(ResolveReport(rep, "c", "done", 3));
  EXPECT_CODE(ResolveReport(rep, "c", "again", 4), StatusCode::kFailedPrecondition);
  EXPECT_EQ(ParseReportKind("unsafe"), ReportKind::kUnsafe);
  EXPECT_EQ(ParseFlagStatus("open"), FlagStatus::kOpen);
}

}  // namespace
}  // namespace tandem::domain
