// `tandem match`: the exact assignment solver on candidate files (CSV or binary), or a match round
// on a program.
#include <unistd.h>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "app/match_rounds.h"
#include "app/organisations.h"
#include "cli/candidate_input.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/match_files.h"
#include "matching/assignment.h"
#include "matching/scoring/reasons.h"

namespace tandem::cli {

namespace {

// A one-line progress display, only when stderr is a terminal.
class Progress {
 public:
  explicit Progress(std::ostream& err) : err_(err), tty_(isatty(STDERR_FILENO) == 1) {}
  void Step(const std::string& what, double fraction) {
    if (!tty_) return;
    int filled = static_cast<int>(fraction * 30);
    err_ << "\r" << what << " [" << std::string(filled, '#') << std::string(30 - filled, ' ')
         << "] " << static_cast<int>(fraction * 100) << "%   " << std::flush;
  }
  void Spin(const std::string& what) {
    if (!tty_) return;
    static const char kFrames[] = "|/-\\";
    err_ << "\r" << what << " " << kFrames[frame_++ % 4] << "   " << std::flush;
  }
  void Done() {
    if (tty_) err_ << "\r" << std::string(60, ' ') << "\r" << std::flush;
  }

 private:
  std::ostream& err_;
  bool tty_;
  int frame_ = 0;
};

}  // namespace

int RunMatchFiles(const Parsed& args, std::ostream& out, std::ostream& err) {
  const std::string edges_path = args.Get("edges"), caps_path = args.Get("capacities"),
                    out_path = args.Get("out");
  if (edges_path.empty() || caps_path.empty() || out_path.empty()) {
    err << "tandem: --edges, --capacities and --out go together (or use --program)\n";
    return kExitUsage;
  }
  auto objective = matching::AssignmentObjective::kMaxScore;
  if (args.Get("objective") == "coverage") objective = matching::AssignmentObjective::kMaxMatchedThenScore;
  else if (args.Get("objective") != "score") {
    err << "tandem: --objective must be score or coverage\n";
    return kExitUsage;
  }
  int threads = 0;
  if (args.Has("threads")) {
    const std::string t = args.Get("threads");
    auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), threads);
    if (ec != std::errc() || ptr != t.data() + t.size() || threads < 0 || threads > 64) {
      err << "tandem: --threads must be a number from 0 to 64\n";
      return kExitUsage;
    }
  }
  Progress progress(err);
  auto t0 = std::chrono::steady_clock::now();
  ReadOptions options;
  options.threads = threads;
  options.progress = [&](double f) { progress.Step("reading " + edges_path, f * 0.3); };
  auto input = ReadCandidates(edges_path, caps_path, options);
  if (!input.ok()) {
    progress.Done();
    err << "tandem: " << input.status().message() << "\n";
    return ExitCodeFor(input.status().code());
  }
  progress.Step("solving", 0.5);
  matching::AssignmentConstraints constraints;
  constraints.mentor_capacity = std::move(input->capacities);
  auto result = matching::SolveAssignment(input->graph, constraints, objective);
  if (!result.ok()) {
    progress.Done();
    err << "tandem: " << result.status().message() << "\n";
    return ExitCodeFor(result.status().code());
  }
  const int64_t num_edges = input->graph.num_edges();
  input->graph = {};
  progress.Step("writing " + out_path, 0.9);
  // Write beside the target and rename, so a failure never leaves a half-written file.
  const std::string tmp = out_path + ".tmp-" + std::to_string(getpid());
  {
    std::FILE* o = std::fopen(tmp.c_str(), "wb");
    if (o == nullptr) {
      progress.Done();
      err << "tandem: cannot write " << out_path << "\n";
      return ExitCodeFor(StatusCode::kUnavailable);
    }
    bool ok = true;
    std::string buf = "mentee,mentor,score\n";
    buf.reserve(1 << 20);
    char num[16];
    for (const auto& p : result->pairs) {
      AppendCsvField(buf, input->mentees[static_cast<size_t>(p.mentee)]);
      buf += ',';
      AppendCsvField(buf, input->mentors[static_cast<size_t>(p.mentor)]);
      buf += ',';
      buf.append(num, std::to_chars(num, num + sizeof num, p.score).ptr);
      buf += '\n';
      if (buf.size() >= (1 << 20) - 256) {
        ok = ok && std::fwrite(buf.data(), 1, buf.size(), o) == buf.size();
        buf.clear();
      }
    }
    ok = ok && std::fwrite(buf.data(), 1, buf.size(), o) == buf.size();
    ok = (std::fclose(o) == 0) && ok;
    if (!ok) {
      std::filesystem::remove(tmp);
      progress.Done();
      err << "tandem: writing " << out_path << " failed\n";
      return ExitCodeFor(StatusCode::kUnavailable);
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, out_path, ec);
  if (ec) {
    std::filesystem::remove(tmp);
    err << "tandem: cannot write " << out_path << ": " << ec.message() << "\n";
    return ExitCodeFor(StatusCode::kUnavailable);
  }
  progress.Done();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  err << "matched " << result->num_mentees_matched << " of " << input->mentees.size()
      << " mentees, total score " << result->total_score << " (" << num_edges << " edges, " << secs
      << " s)\n";
  (void)out;
  return 0;
}

int RunMatch(const app::Context& ctx, const Parsed& args, std::ostream& out, std::ostream& err) {
  if (!args.Has("program")) return RunMatchFiles(args, out, err);
  if (args.Has("edges") || args.Has("capacities") || args.Has("out")) {
    err << "tandem: --program cannot be combined with --edges/--capacities/--out\n";
    return kExitUsage;
  }
  app::Caller system;
  system.is_system = true;
  app::RoundRequest req;
  req.objective = args.Get("objective") == "coverage" ? domain::Objective::kCoverage
                                                      : domain::Objective::kScore;
  if (args.Get("objective") != "score" && args.Get("objective") != "coverage") {
    err << "tandem: --objective must be score or coverage\n";
    return kExitUsage;
  }
  // Program ids are unique across organisations: find the owner.
  std::string org_id;
  Status st = ctx.store.TransactRead([&](app::Tx& tx) -> Status {
    ASSIGN_OR_RETURN(auto orgs, tx.ListOrganisations());
    for (const auto& o : orgs)
      if (tx.GetProgram(o.id, args.Get("program")).ok()) org_id = o.id;
    return org_id.empty() ? NotFound("No program with id " + args.Get("program") + ".")
                          : Status::Ok();
  });
  if (!st.ok()) {
    err << "tandem: " << st.message() << "\n";
    return ExitCodeFor(st.code());
  }
  Progress progress(err);
  progress.Spin("running the match round");
  auto t0 = std::chrono::steady_clock::now();
  auto round = app::RunMatchRound(ctx, system, org_id, args.Get("program"), req);
  progress.Done();
  if (!round.ok()) {
    err << "tandem: " << round.status().message() << "\n";
    return ExitCodeFor(round.status().code());
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  // The command line's own English, as the mentee reads the reasons (the web app words them
  // in each reader's language).
  out << "mentee,mentor,score,explanation\n";
  for (const auto& p : round->proposals)
    out << CsvField(p.mentee_name) << ',' << CsvField(p.mentor_name) << ',' << p.proposal.score
        << ',' << CsvField(matching::EnglishReasons(p.proposal.reasons, matching::Perspective::kMentee))
        << '\n';
  err << "draft round " << round->round.id << ": matched " << round->round.matched << ", "
      << round->round.unmatched << " unmatched, total score " << round->round.total_score << " ("
      << secs << " s). Review and publish it in the web app.\n";
  return 0;
}

}  // namespace tandem::cli
