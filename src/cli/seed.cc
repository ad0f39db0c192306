#include "demo/seed_demo.h"

#include <algorithm>
#include <ostream>
#include <string>
#include <string_view>

#include "cli/commands.h"
#include "cli/exit_codes.h"

namespace tandem::cli {

namespace {

void PrintSummary(const demo::SeedSummary& s, std::ostream& out) {
  out << "Seeded the demo: " << s.organisations << " organisations, " << s.people << " people, "
      << s.profiles << " profiles, " << s.programs << " programs, " << s.enrollments
      << " enrollments (" << s.pending_enrollments << " pending), " << s.invitations
      << " invitations, " << s.match_rounds
      << (s.match_rounds == 1 ? " published match round, " : " published match rounds, ")
      << s.relationships << " relationships (" << s.active_relationships << " active), "
      << s.pending_requests << " pending mentor requests.\n\nDemo accounts (password "
      << demo::kDemoPassword << "):\n";
  size_t width = 0;
  for (const auto& a : s.accounts) width = std::max(width, a.email.size());
  for (const auto& a : s.accounts) {
    std::string email = a.email;
    email.resize(width, ' ');
    out << "  " << email << "  " << a.description << "\n";
  }
}

}  // namespace

int RunSeed(const app::Context& ctx, const Parsed& args, std::ostream& out, std::ostream& err) {
  uint64_t seed = 0;
  try {
    size_t used = 0;
    seed = std::stoull(args.Get("seed"), &used);
    if (used != args.Get("seed").size()) throw std::invalid_argument("trailing");
  } catch (const std::exception&) {
    err << "tandem: --seed must be a non-negative integer\n";
    return kExitUsage;
  }
  // Links in the seeded emails and invitations point at the address the demo is served on.
  std::string public_url = args.Get("public-url");
  while (!public_url.empty() && public_url.back() == '/') public_url.pop_back();
  auto has_host_after = [&](std::string_view scheme) {
    return public_url.rfind(scheme, 0) == 0 && public_url.size() > scheme.size();
  };
  if (!has_host_after("http://") && !has_host_after("https://")) {
    err << "tandem: --public-url must be an http:// or https:// address (got \"" << public_url
        << "\")\n";
    return kExitUsage;
  }
  app::Context with_links = ctx;
  with_links.public_url = public_url;
  auto summary = demo::SeedDemo(with_links, seed);
  if (!summary.ok()) {
    err << "tandem: " << summary.status().message() << "\n";
    return ExitCodeFor(summary.status().code());
  }
  PrintSummary(*summary, out);
  return 0;
}

}  // namespace tandem::cli
