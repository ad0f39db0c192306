// The server's route table and api/openapi.yaml must name exactly the same (method, path)
// pairs: a route missing from the spec, or a spec path the server lacks, fails this test.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "app/context.h"
#include "base/status_matchers.h"
#include "http/api.h"
#include "security/sodium_hasher.h"
#include "security/sodium_tokens.h"
#include "store/open_store.h"

#ifndef TANDEM_OPENAPI_PATH
#error "TANDEM_OPENAPI_PATH must point at api/openapi.yaml"
#endif

namespace tandem {
namespace {

using Pair = std::pair<std::string, std::string>;

std::set<Pair> SpecRoutes(const std::string& yaml) {
  std::set<Pair> out;
  std::istringstream in(yaml);
  std::string line, current;
  bool in_paths = false;
  const std::regex path_re(R"(^  (/[^:\s]*):\s*$)");
  const std::regex method_re(R"(^    (get|post|put|patch|delete|head|options):\s*$)");
  std::smatch m;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind("paths:", 0) == 0) {
      in_paths = true;
      continue;
    }
    if (in_paths && !line.empty() && line[0] != ' ' && line[0] != '#') in_paths = false;
    if (!in_paths) continue;
    if (std::regex_match(line, m, path_re)) {
      current = m[1];
      // OpenAPI may quote the key.
    } else if (!current.empty() && std::regex_match(line, m, method_re)) {
      std::string method = m[1];
      for (auto& c : method) c = static_cast<char>(std::toupper(c));
      out.insert({method, current});
    }
  }
  return out;
}

TEST(RouteSpecTest, RouteTableMatchesOpenApi) {
  std::ifstream f(TANDEM_OPENAPI_PATH);
  ASSERT_TRUE(f) << "cannot read " << TANDEM_OPENAPI_PATH;
  std::stringstream buf;
  buf << f.rdbuf();
  std::set<Pair> spec = SpecRoutes(buf.str());
  ASSERT_FALSE(spec.empty()) << "no paths parsed from the spec";

  auto store = store::OpenStore("sqlite::memory:", 1);
  ASSERT_OK(store);
  security::SodiumHasher hasher;
  security::SodiumTokens tokens;
  SystemClock clock;
  app::Context ctx{**store, hasher, tokens, clock};
  http::Api api(ctx, "/nonexistent", "");
  std::set<Pair> routes;
  for (const auto& r : api.router().routes()) routes.insert({r.method, r.pattern});

  for (const auto& r : routes)
    EXPECT_TRUE(spec.count(r)) << "route missing from api/openapi.yaml: " << r.first << " "
                               << r.second;
  for (const auto& s : spec)
    EXPECT_TRUE(routes.count(s)) << "api/openapi.yaml names a route the server lacks: "
                                 << s.first << " " << s.second;
}

}  // namespace
}  // namespace tandem
