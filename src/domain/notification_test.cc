#include "domain/notification.h"

#include <gtest/gtest.h>

#include <set>

#include "base/status_matchers.h"

namespace tandem::domain {
namespace {

TEST(NotificationTest, KindNamesRoundTripAndAreDistinct) {
  std::set<std::string_view> names;
  for (NotificationKind k : AllNotificationKinds()) {
    EXPECT_EQ(ParseNotificationKind(NotificationKindName(k)), k) << NotificationKindName(k);
    EXPECT_TRUE(names.insert(NotificationKindName(k)).second) << NotificationKindName(k);
  }
  EXPECT_EQ(names.size(), 26u);
  EXPECT_EQ(NotificationKindName(NotificationKind::kRequestReceived), "request_received");
  EXPECT_EQ(ParseNotificationKind("match_exploded"), std::nullopt);
}

// Every constructor, with the kind and link it must give; each one's parameters validate.
TEST(NotificationTest, EachConstructorGivesItsKindCompleteParametersAndLink) {
  struct Case {
    NotificationContent content;
    NotificationKind kind;
    std::string link;
  };
  const std::vector<Case> cases = {
      {MatchProposed("r1", "Robotics", "Ana", OtherRole::kMentor), NotificationKind::kMatchProposed,
       "/relationships/r1"},
      {MatchMatched("r1", "Robotics", "Ana", OtherRole::kPeer), NotificationKind::kMatchMatched,
       "/relationships/r1"},
      {MatchAccepted("r1", "Robotics", "Ana"), NotificationKind::kMatchAccepted,
       "/relationships/r1"},
      {MatchConfirmed("r1", "Robotics", "Ana"), NotificationKind::kMatchConfirmed,
       "/relationships/r1"},
      {MatchDeclined("r1", "Robotics", "Ana"), NotificationKind::kMatchDeclined,
       "/relationships/r1"},
      {MatchPaused("r1", "Robotics"), NotificationKind::kMatchPaused, "/relationships/r1"},
      {MatchResumed("r1", "Robotics"), NotificationKind::kMatchResumed, "/relationships/r1"},
      {AgreementUpdated("r1", "Robotics", 2), NotificationKind::kAgreementUpdated,
       "/relationships/r1"},
      {RequestReceived("q1", "Robotics", "Ben"), NotificationKind::kRequestReceived, "/requests"},
      {RequestAccepted("q1", "r1", "Robotics", "Ana"), NotificationKind::kRequestAccepted,
       "/relationships/r1"},
      {RequestDeclined("q1", "Robotics", "Ana", ""), NotificationKind::kRequestDeclined,
       "/programs"},
      {RequestWithdrawn("q1", "Robotics", "Ben", LeftSide::kMentee),
       NotificationKind::kRequestWithdrawn, "/requests"},
      {RequestWithdrawn("q1", "Robotics", "Ana", LeftSide::kMentor),
       NotificationKind::kRequestWithdrawn, "/programs"},
      {RequestMatchedElsewhere("q1", "Robotics", "Ben"), NotificationKind::kRequestMatchedElsewhere,
       "/requests"},
      {RelationshipEnded("r1", "Robotics", "Ana"), NotificationKind::kRelationshipEnded,
       "/relationships/r1"},
      {EnrollmentEnded("p1", "Robotics"), NotificationKind::kEnrollmentEnded, "/programs"},
      {SafeguardingPaused("o1", "p1", "Robotics", 2, 0, 13), NotificationKind::kSafeguardingPaused,
       "/orgs/o1/programs/p1"},
      {MeetingProposed("r1", "m1", "Robotics", "Ana", 1), NotificationKind::kMeetingProposed,
       "/relationships/r1"},
      {MeetingSuggested("r1", "m1", "Robotics", "Ana", 1), NotificationKind::kMeetingSuggested,
       "/relationships/r1"},
      {MeetingAccepted("r1", "m1", "Robotics", "Ana", 1), NotificationKind::kMeetingAccepted,
       "/relationships/r1"},
      {MeetingDeclined("r1", "m1", "Robotics", "Ana", 1), NotificationKind::kMeetingDeclined,
       "/relationships/r1"},
      {MeetingRescheduled("r1", "m1", "Robotics", "Ana", 1), NotificationKind::kMeetingRescheduled,
       "/relationships/r1"},
      {MeetingCancelled("r1", "m1", "Robotics", "Ana", 1), NotificationKind::kMeetingCancelled,
       "/relationships/r1"},
      {MessageFlagged("o1", "p1", "Robotics", "r1", "m1"), NotificationKind::kMessageFlagged,
       "/orgs/o1/safety"},
      {SafetyReportFiled("o1", "p1", "Robotics", "r1", "s1", "unsafe"),
       NotificationKind::kSafetyReport, "/orgs/o1/safety"},
      {CaseloadAssigned("o1", "r1", "Robotics", "Ana", "Ben"), NotificationKind::kCaseloadAssigned,
       "/orgs/o1/caseload"},
      {PulseSurveyDue("o1", "s1", "Robotics", "Ana"), NotificationKind::kPulseSurveyDue,
       "/orgs/o1/pulse-surveys/s1"},
  };
  std::set<NotificationKind> covered;
  for (const Case& c : cases) {
    const std::string_view name = NotificationKindName(c.kind);
    EXPECT_EQ(c.content.kind, c.kind) << name;
    EXPECT_EQ(c.content.link, c.link) << name;
    EXPECT_EQ(c.content.params.size(), NotificationParamNames(c.kind).size()) << name;
    EXPECT_OK(ValidateNotificationParams(c.kind, c.content.params)) << name;
    covered.insert(c.kind);
  }
  EXPECT_EQ(covered.size(), AllNotificationKinds().size());
}

TEST(NotificationTest, ParametersSayWhoTheOtherIs) {
  EXPECT_EQ(MatchProposed("r", "P", "Ana", OtherRole::kMentee).params.at("other_role"), "mentee");
  EXPECT_EQ(RequestWithdrawn("q", "P", "Ana", LeftSide::kMentor).params.at("left"), "mentor");
  const auto s = SafeguardingPaused("o", "p", "P", 3, 1, 0).params;
  EXPECT_EQ(s.at("paused"), "3");
  EXPECT_EQ(s.at("requests_withdrawn"), "1");
  EXPECT_EQ(s.at("proposals_withdrawn"), "0");
}

TEST(NotificationTest, ValidationRefusesMissingUnknownAndMalformedParameters) {
  NotificationParams p = RequestReceived("q1", "Robotics", "Ben").params;
  p.erase("mentee_name");
  Status missing = ValidateNotificationParams(NotificationKind::kRequestReceived, p);
  EXPECT_CODE(missing, StatusCode::kInvalidArgument);
  EXPECT_NE(missing.message().find("mentee_name is missing"), std::string::npos)
      << missing.message();

  p = RequestReceived("q1", "Robotics", "Ben").params;
  p["text"] = "Ben asked you to be their mentor.";
  EXPECT_CODE(ValidateNotificationParams(NotificationKind::kRequestReceived, p),
              StatusCode::kInvalidArgument);

  p = RequestReceived("q1", "", "Ben").params;
  EXPECT_CODE(ValidateNotificationParams(NotificationKind::kRequestReceived, p),
              StatusCode::kInvalidArgument);

  p = MatchProposed("r1", "Robotics", "Ana", OtherRole::kMentor).params;
  p["other_role"] = "boss";
  EXPECT_CODE(ValidateNotificationParams(NotificationKind::kMatchProposed, p),
              StatusCode::kInvalidArgument);

  p = RequestWithdrawn("q1", "Robotics", "Ana", LeftSide::kMentor).params;
  p["left"] = "both";
  EXPECT_CODE(ValidateNotificationParams(NotificationKind::kRequestWithdrawn, p),
              StatusCode::kInvalidArgument);

  p = SafeguardingPaused("o", "p", "P", 1, 1, 1).params;
  p["paused"] = "-1";
  EXPECT_CODE(ValidateNotificationParams(NotificationKind::kSafeguardingPaused, p),
              StatusCode::kInvalidArgument);

  // Old rows: empty parameters are not valid for a kind that has some.
  EXPECT_FALSE(ValidateNotificationParams(NotificationKind::kMatchPaused, {}).ok());
}

}  // namespace
}  // namespace tandem::domain
