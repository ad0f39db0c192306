#include "http/client_address.h"

#include <gtest/gtest.h>

#include "base/status_matchers.h"

namespace tandem::http {
namespace {

std::vector<Cidr> Cidrs(std::string_view text) {
  auto parsed = ParseCidrList(text);
  EXPECT_OK(parsed);
  return parsed.ok() ? *parsed : std::vector<Cidr>{};
}

TEST(IpAddressTest, ParsesAndPrintsBothFamilies) {
  EXPECT_EQ(IpAddress::Parse("10.1.2.3")->ToString(), "10.1.2.3");
  EXPECT_EQ(IpAddress::Parse("::ffff:10.1.2.3")->ToString(), "10.1.2.3");
  EXPECT_EQ(IpAddress::Parse("2001:DB8::1")->ToString(), "2001:db8::1");
  EXPECT_EQ(IpAddress::Parse("10.1.2.3")->bytes, IpAddress::Parse("::ffff:10.1.2.3")->bytes);
  for (const char* bad : {"", "10.1.2", "10.1.2.3.4", "10.1.2.256", "1.2.3.4:80", "[::1]",
                          "fe80::1%eth0", "unknown", " 10.1.2.3"}) {
    EXPECT_FALSE(IpAddress::Parse(bad)) << bad;
  }
}

TEST(ParseCidrListTest, AcceptsListsOfBothFamilies) {
  auto cidrs = Cidrs(" 10.0.0.0/8 , 192.168.1.7,2001:db8::/32,::1 ");
  ASSERT_EQ(cidrs.size(), 4u);
  EXPECT_TRUE(cidrs[0].Contains(*IpAddress::Parse("10.255.0.1")));
  EXPECT_TRUE(cidrs[0].Contains(*IpAddress::Parse("::ffff:10.9.9.9")));
  EXPECT_FALSE(cidrs[0].Contains(*IpAddress::Parse("11.0.0.1")));
  EXPECT_TRUE(cidrs[1].Contains(*IpAddress::Parse("192.168.1.7")));
  EXPECT_FALSE(cidrs[1].Contains(*IpAddress::Parse("192.168.1.8")));
  EXPECT_TRUE(cidrs[2].Contains(*IpAddress::Parse("2001:db8:ffff::1")));
  EXPECT_FALSE(cidrs[2].Contains(*IpAddress::Parse("2001:db9::1")));
  EXPECT_TRUE(cidrs[3].Contains(*IpAddress::Parse("::1")));
  EXPECT_FALSE(cidrs[3].Contains(*IpAddress::Parse("127.0.0.1")));
  EXPECT_TRUE(Cidrs("").empty());
  EXPECT_EQ(Cidrs("0.0.0.0/0").size(), 1u);
  EXPECT_TRUE(Cidrs("0.0.0.0/0")[0].Contains(*IpAddress::Parse("8.8.8.8")));
  // An IPv4 /0 does not swallow IPv6.
  EXPECT_FALSE(Cidrs("0.0.0.0/0")[0].Contains(*IpAddress::Parse("2001:db8::1")));
}

TEST(ParseCidrListTest, RejectsBadItemsByName) {
  for (const char* bad : {"10.0.0.0/33", "::/129", "10.0.0.1/8", "10.0.0.0/", "10.0.0.0/x",
                          "banana", "10.0.0.0/8,", "10.0.0.0/-1", "10.0.0.0/0008"}) {
    auto parsed = ParseCidrList(bad);
    EXPECT_FALSE(parsed.ok()) << bad;
    if (!parsed.ok()) {
      EXPECT_CODE(parsed, StatusCode::kInvalidArgument);
    }
  }
  auto parsed = ParseCidrList("10.0.0.0/8,nope");
  ASSERT_FALSE(parsed.ok());
  EXPECT_NE(parsed.status().message().find("'nope'"), std::string::npos);
}

TEST(ResolveClientTest, IgnoresForwardingHeadersWithoutTrustedPeer) {
  ClientInfo info = ResolveClient("203.0.113.9", "1.2.3.4", "https", false, {});
  EXPECT_EQ(info.address, "203.0.113.9");
  EXPECT_FALSE(info.secure);
  info = ResolveClient("203.0.113.9", "1.2.3.4", "https", false, Cidrs("10.0.0.0/8"));
  EXPECT_EQ(info.address, "203.0.113.9");
  EXPECT_FALSE(info.secure);
}

TEST(ResolveClientTest, TakesRightMostUntrustedHopFromTrustedPeer) {
  const auto trusted = Cidrs("10.0.0.0/8,::1");
  ClientInfo info = ResolveClient("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.3", "https", false,
                                  trusted);
  EXPECT_EQ(info.address, "198.51.100.7");  // 6.6.6.6 was written by the client: ignored
  EXPECT_TRUE(info.secure);
  // Several headers joined, IPv6 peer.
  info = ResolveClient("::1", "2001:db8::7,10.1.1.1", "http", false, trusted);
  EXPECT_EQ(info.address, "2001:db8::7");
  EXPECT_FALSE(info.secure);
  // Every hop trusted: the left-most one.
  EXPECT_EQ(ResolveClient("10.0.0.2", "10.0.0.9, 10.0.0.3", "", false, trusted).address,
            "10.0.0.9");
  // No header: the proxy itself.
  EXPECT_EQ(ResolveClient("::ffff:10.0.0.2", "", "", false, trusted).address, "10.0.0.2");
  // Garbage stops the walk at the last trusted hop.
  EXPECT_EQ(ResolveClient("10.0.0.2", "1.1.1.1, junk, 10.0.0.4", "", false, trusted).address,
            "10.0.0.4");
  // The proto written by the proxy next to us is the right-most value.
  EXPECT_FALSE(ResolveClient("10.0.0.2", "", "https, http", false, trusted).secure);
  EXPECT_TRUE(ResolveClient("10.0.0.2", "", "http, HTTPS", false, trusted).secure);
}

}  // namespace
}  // namespace tandem::http
