// Command-line parsing for `tandem`: a subcommand path ("serve", "user create") followed by
// --flags. Every flag is declared per command; unknown flags, missing values and stray
// arguments are usage errors (exit 2). Flags may fall back to TANDEM_* environment variables.
#ifndef TANDEM_CLI_ARGS_H_
#define TANDEM_CLI_ARGS_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"

namespace tandem::cli {

struct FlagSpec {
  std::string name;         // without dashes, e.g. "db"
  std::string value_name;   // e.g. "URL"; empty = boolean switch
  std::string help;
  std::string env;          // e.g. "TANDEM_DB"; empty = none
  std::string default_value;
  bool required = false;
};

struct CommandSpec {
  std::string path;  // "serve", "user create"
  std::string summary;
  std::vector<FlagSpec> flags;
};

struct Parsed {
  const CommandSpec* command = nullptr;  // null with help = general help
  std::map<std::string, std::string> values;  // flag -> value ("true" for switches)
  bool help = false;

  bool Has(const std::string& flag) const { return values.count(flag) > 0; }
  std::string Get(const std::string& flag) const {
    auto it = values.find(flag);
    return it == values.end() ? "" : it->second;
  }
};

// `getenv` is injectable for tests. InvalidArgument with a one-line reason on usage errors.
Result<Parsed> Parse(const std::vector<CommandSpec>& commands, const std::vector<std::string>& argv,
                     const std::map<std::string, std::string>& env);

std::string GeneralUsage(const std::vector<CommandSpec>& commands);
std::string CommandUsage(const CommandSpec& command);

}  // namespace tandem::cli

#endif  // TANDEM_CLI_ARGS_H_
