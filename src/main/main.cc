// tandem: one binary, several subcommands. Parses arguments, then hands over to the wiring.
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "serve.h"

extern char** environ;

int main(int argc, char** argv) {
  using namespace tandem;
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << cli::GeneralUsage(cli::Commands());
    return cli::kExitUsage;
  }
  std::map<std::string, std::string> env;
  for (char** e = environ; *e; ++e) {
    std::string kv(*e);
    auto eq = kv.find('=');
    if (eq != std::string::npos && kv.rfind("TANDEM_", 0) == 0)
      env[kv.substr(0, eq)] = kv.substr(eq + 1);
  }
  auto parsed = cli::Parse(cli::Commands(), args, env);
  if (!parsed.ok()) {
    std::cerr << "tandem: " << parsed.status().message() << "\n\n";
    bool known = false;
    for (const auto& c : cli::Commands())
      if (!args.empty() && c.path.rfind(args[0], 0) == 0) {
        std::cerr << cli::CommandUsage(c);
        known = true;
        break;
      }
    if (!known) std::cerr << cli::GeneralUsage(cli::Commands());
    return cli::kExitUsage;
  }
  if (parsed->help) {
    std::cout << (parsed->command ? cli::CommandUsage(*parsed->command)
                                  : cli::GeneralUsage(cli::Commands()));
    return 0;
  }
  const std::string& path = parsed->command->path;
  if (path == "serve") return RunServe(*parsed, std::cerr);
  if (path == "migrate") return RunMigrate(*parsed, std::cout, std::cerr);
  if (path == "match" && !parsed->Has("program"))
    return cli::RunMatchFiles(*parsed, std::cout, std::cerr);
  return RunWithContext(*parsed, std::cout, std::cerr);
}
