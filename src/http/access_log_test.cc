#include "http/access_log.h"

#include <gtest/gtest.h>

#include <string>

namespace tandem::http {
namespace {

TEST(LogEscapeTest, EscapesEverythingThatCouldBreakALine) {
  EXPECT_EQ(LogEscape("/api/v1/me"), "/api/v1/me");
  EXPECT_EQ(LogEscape("a b\"c\\d%e"), "a%20b%22c%5Cd%25e");
  EXPECT_EQ(LogEscape("x\r\nhttp method=GET"), "x%0D%0Ahttp%20method=GET");
  EXPECT_EQ(LogEscape(std::string("\0\x7f\xC3\xA9", 4)), "%00%7F%C3%A9");
  EXPECT_EQ(LogEscape("abcdef", 3), "abc...");
}

TEST(LogPathTest, RedactsInvitationTokens) {
  EXPECT_EQ(LogPath("/api/v1/invitations/s3cr3t"), "/api/v1/invitations/{token}");
  EXPECT_EQ(LogPath("/api/v1/invitations/s3cr3t/accept"), "/api/v1/invitations/{token}/accept");
  EXPECT_EQ(LogPath("/invite/s3cr3t"), "/invite/{token}");
  EXPECT_EQ(LogPath("/invite/s3cr%0A3t"), "/invite/{token}");
  EXPECT_EQ(LogPath("/invite/"), "/invite/");
  EXPECT_EQ(LogPath("/api/v1/organisations/1/invitations/7"),
            "/api/v1/organisations/1/invitations/7");
}

TEST(AccessLogLineTest, OneEscapedLine) {
  const std::string line = AccessLogLine({"POST", "/invite/tok\nen/x y", "10.0.0.1", 400, 1.25, 17});
  EXPECT_EQ(line,
            "http method=POST path=/invite/{token}/x%20y client=10.0.0.1 status=400 "
            "duration_ms=1.2 bytes=17");
  EXPECT_EQ(line.find('\n'), std::string::npos);
  const std::string forged =
      AccessLogLine({"GET", "/a\nhttp method=GET path=/admin status=200", "1.2.3.4", 404, 0, 0});
  EXPECT_EQ(forged.find('\n'), std::string::npos);
  EXPECT_EQ(forged.find(" path=/admin"), std::string::npos);
}

}  // namespace
}  // namespace tandem::http
