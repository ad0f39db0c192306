#include "app/pagination.h"

#include <gtest/gtest.h>

#include "base/status_matchers.h"
#include "base/strings.h"

namespace tandem::app {
namespace {

const SortKey kKey{std::int64_t{1795631400123}, std::string("0123456789abcdef0123456789abcdef")};

TEST(PaginationTest, CursorsRoundTripAnyText) {
  for (const SortKey& key :
       {kKey, SortKey{std::string("Zoë O'Brien: \"a.b\" 12:3 t9:"), std::string("id")},
        SortKey{std::int64_t{-5}, std::int64_t{0}, std::string("")},
        SortKey{std::string("tab\there, new\nline")}}) {
    std::string cursor = EncodeCursor("members", key);
    EXPECT_EQ(cursor.find_first_not_of(
                  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
              std::string::npos)
        << "URL-safe: " << cursor;
    EXPECT_EQ(DecodeCursor("members", cursor), key);
  }
}

TEST(PaginationTest, ACursorBelongsToOneList) {
  std::string cursor = EncodeCursor("members", kKey);
  EXPECT_EQ(DecodeCursor("invitations", cursor), std::nullopt);
  EXPECT_EQ(DecodeCursor("member", cursor), std::nullopt);
  EXPECT_EQ(DecodeCursor("members_", cursor), std::nullopt);
}

TEST(PaginationTest, AnythingEncodeDidNotWriteIsRefused) {
  const std::string good = EncodeCursor("audit", kKey);
  std::string long_one(5000, 'A');
  for (const std::string& bad : std::vector<std::string>{
           "", "garbage!", "AAAA", good + "=", good.substr(0, good.size() - 1), long_one,
           Base64UrlEncode("1l5:audit"),                    // no key at all
           Base64UrlEncode("2l5:auditn1:5t1:x"),            // unknown version
           Base64UrlEncode("1l5:auditn1:5t1:xy"),           // trailing bytes
           Base64UrlEncode("1l5:auditn2:05t1:x"),           // non-canonical number
           Base64UrlEncode("1l5:auditn2:+5t1:x"),
           Base64UrlEncode("1l5:auditn20:99999999999999999999t1:x"),  // out of range
           Base64UrlEncode("1l5:auditn1:5t01:x"),           // non-canonical count
           Base64UrlEncode("1l5:auditn1:5t9:x"),            // count beyond the end
           Base64UrlEncode("1l5:auditn1:5x1:x"),            // unknown tag
           Base64UrlEncode("1l5:auditn1:5t1:\xff"),         // not UTF-8
           Base64UrlEncode(std::string("1l5:auditn1:5t1:\0", 17)),  // NUL
       }) {
    EXPECT_EQ(DecodeCursor("audit", bad), std::nullopt) << bad;
  }
  EXPECT_EQ(DecodeCursor("audit", Base64UrlEncode("1l5:auditn1:5t1:x")),
            (SortKey{std::int64_t{5}, std::string("x")}));
}

TEST(PaginationTest, OpenChecksTheLimitAndTheCursor) {
  auto first = Pager::Open("audit", {});
  ASSERT_OK(first);
  EXPECT_EQ(first->query().limit, kDefaultPageSize);
  EXPECT_FALSE(first->query().after.has_value());

  auto later = Pager::Open("audit", {kMaxPageSize, EncodeCursor("audit", kKey)});
  ASSERT_OK(later);
  EXPECT_EQ(later->query().limit, kMaxPageSize);
  EXPECT_EQ(later->query().after, kKey);

  for (int limit : {0, -1, kMaxPageSize + 1}) {
    auto bad = Pager::Open("audit", {limit, ""});
    ASSERT_CODE(bad, StatusCode::kInvalidArgument) << limit;
    EXPECT_EQ(bad.status().fields().at(0).field, "limit");
  }
  for (const std::string& cursor : {std::string("nope"), EncodeCursor("members", kKey)}) {
    auto bad = Pager::Open("audit", {10, cursor});
    ASSERT_CODE(bad, StatusCode::kInvalidArgument) << cursor;
    EXPECT_EQ(bad.status().fields().at(0).field, "cursor");
  }
}

TEST(PaginationTest, CloseWritesTheNextCursorOnlyWhenMoreRowsFollow) {
  auto pager = Pager::Open("numbers", {2, ""});
  ASSERT_OK(pager);
  Page<int> last = pager->Close(PageRows<int>{{1, 2}, std::nullopt});
  EXPECT_EQ(last.items, (std::vector<int>{1, 2}));
  EXPECT_EQ(last.next_cursor, "");

  Page<int> more = pager->Close(PageRows<int>{{1, 2}, SortKey{std::int64_t{2}}});
  EXPECT_EQ(DecodeCursor("numbers", more.next_cursor), SortKey{std::int64_t{2}});

  auto views = pager->Close(PageRows<int>{{1, 2}, SortKey{std::int64_t{2}}},
                            [](const int& n) -> Result<std::string> { return std::to_string(n); });
  ASSERT_OK(views);
  EXPECT_EQ(views->items, (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(views->next_cursor, more.next_cursor);

  auto failed = pager->Close(PageRows<int>{{1, 2}, std::nullopt},
                             [](const int& n) -> Result<std::string> {
                               if (n == 2) return NotFound("gone");
                               return std::to_string(n);
                             });
  EXPECT_CODE(failed, StatusCode::kNotFound);
}

}  // namespace
}  // namespace tandem::app
