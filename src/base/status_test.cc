#include "base/status.h"

#include <gtest/gtest.h>

#include "base/status_matchers.h"

namespace tandem {
namespace {

Result<int> Half(int x) {
  if (x % 2) return InvalidArgument("odd");
  return x / 2;
}

Result<int> Quarter(int x) {
  ASSIGN_OR_RETURN(int h, Half(x));
  return Half(h);
}

TEST(StatusTest, DefaultIsOk) { EXPECT_OK(Status()); }

TEST(StatusTest, FieldInvalidNamesTheField) {
  Status s = FieldInvalid("email", "must be an email address");
  EXPECT_CODE(s, StatusCode::kInvalidArgument);
  ASSERT_EQ(s.fields().size(), 1u);
  EXPECT_EQ(s.fields()[0].field, "email");
  EXPECT_NE(s.message().find("email"), std::string::npos);
}

TEST(ResultTest, PropagatesErrors) {
  EXPECT_EQ(Quarter(8).value(), 2);
  EXPECT_CODE(Quarter(6), StatusCode::kInvalidArgument);
  EXPECT_FALSE(Quarter(3).ok());
}

TEST(ResultTest, OkStatusBecomesInternal) {
  Result<int> r{Status::Ok()};
  EXPECT_CODE(r, StatusCode::kInternal);
}

}  // namespace
}  // namespace tandem
