#include "cli/args.h"

#include "base/strings.h"

namespace tandem::cli {

namespace {

const FlagSpec* FindFlag(const CommandSpec& c, const std::string& name) {
  for (const auto& f : c.flags)
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace

Result<Parsed> Parse(const std::vector<CommandSpec>& commands, const std::vector<std::string>& argv,
                     const std::map<std::string, std::string>& env) {
  Parsed out;
  // Longest command path that prefixes the arguments.
  size_t used = 0;
  for (const auto& c : commands) {
    auto words = Split(c.path, ' ');
    if (words.size() > argv.size()) continue;
    bool match = true;
    for (size_t i = 0; i < words.size(); ++i) match &= argv[i] == words[i];
    if (match && words.size() > used) {
      out.command = &c;
      used = words.size();
    }
  }
  if (!out.command) {
    if (argv.empty() || argv[0] == "--help" || argv[0] == "-h" || argv[0] == "help") {
      out.help = true;
      return out;
    }
    return InvalidArgument("unknown command \"" + Join(argv, " ") + "\"");
  }
  for (size_t i = used; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    if (a == "--help" || a == "-h") {
      out.help = true;
      return out;
    }
    if (a.rfind("--", 0) != 0) return InvalidArgument("unexpected argument \"" + a + "\"");
    std::string name = a.substr(2), value;
    bool inline_value = false;
    if (auto eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      inline_value = true;
    }
    const FlagSpec* f = FindFlag(*out.command, name);
    if (!f) return InvalidArgument("unknown option --" + name + " for \"" + out.command->path + "\"");
    if (f->value_name.empty()) {
      if (inline_value) return InvalidArgument("--" + name + " takes no value");
      out.values[name] = "true";
      continue;
    }
    if (!inline_value) {
      if (i + 1 >= argv.size()) return InvalidArgument("--" + name + " needs a value " + f->value_name);
      value = argv[++i];
    }
    out.values[name] = value;
  }
  for (const auto& f : out.command->flags) {
    if (out.values.count(f.name)) continue;
    if (!f.env.empty()) {
      auto it = env.find(f.env);
      if (it != env.end() && !it->second.empty()) {
        out.values[f.name] = it->second;
        continue;
      }
    }
    if (!f.default_value.empty()) out.values[f.name] = f.default_value;
    else if (f.required) return InvalidArgument("missing required option --" + f.name);
  }
  return out;
}

std::string GeneralUsage(const std::vector<CommandSpec>& commands) {
  std::string s =
      "Tandem — mentoring programs that reach beyond one organisation.\n\n"
      "Usage: tandem <command> [options]\n\nCommands:\n";
  for (const auto& c : commands) {
    std::string name = c.path;
    name.resize(std::max<size_t>(name.size(), 14), ' ');
    s += "  " + name + "  " + c.summary + "\n";
  }
  s += "\nRun `tandem <command> --help` for a command's options.\n";
  return s;
}

std::string CommandUsage(const CommandSpec& c) {
  std::string s = "Usage: tandem " + c.path + " [options]\n\n" + c.summary + "\n\nOptions:\n";
  for (const auto& f : c.flags) {
    std::string left = "--" + f.name + (f.value_name.empty() ? "" : " " + f.value_name);
    left.resize(std::max<size_t>(left.size(), 26), ' ');
    s += "  " + left + "  " + f.help;
    if (!f.env.empty()) s += " [env " + f.env + "]";
    if (!f.default_value.empty()) s += " (default: " + f.default_value + ")";
    if (f.required) s += " (required)";
    s += "\n";
  }
  s += "  --help                      Show this help.\n";
  return s;
}

}  // namespace tandem::cli
