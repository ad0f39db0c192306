// `tandem match` on files, end to end, against the speed of the disk and the solve alone, in one
// run (the machine is shared: read the ratios, not the seconds).
//
// The instance is assignment_benchmark's (seed 42, 100 candidates per mentee); it is written as
// EDGES.csv (ids like s0001234 and m012345), CAPS.csv and the binary candidate file before any
// timing. Then, each timed:
//   disk        a raw read() loop over EDGES.csv and over the binary file (page cache warm: the
//               fastest any reader could be)
//   read        ReadCandidates in this process, 1 thread and one per core: MB/s of CSV
//   solve       SolveAssignment alone on the graph read
//   end to end  build/tandem match on the CSV (--threads 1 and the default) and on the binary
//               file, as a child process: wall time and peak memory (ru_maxrss)
// and the three outputs are compared byte for byte.
//
//   build/bench/match_files_benchmark                 100,000 mentees, 10M rows (~200 MB CSV)
//   BENCH_SCALE=1M build/bench/match_files_benchmark  1,000,000 mentees, 100M rows (~2 GB CSV,
//                                                     1.2 GB binary; needs ~4 GB of disk)
//   BENCH_SCALE=10k ...                               10,000 mentees, 1M rows (a smoke run)
// Files go to $BENCH_DIR (default: the temporary directory) and are deleted at the end (kept
// with BENCH_KEEP=1).
// With BENCH_FILTER (scripts/bench.sh passes --benchmark_filter=REGEX), runs only when the
// regex matches "BM_MatchFiles".
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "cli/candidate_input.h"
#include "instance_generator.h"
#include "matching/assignment.h"

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// CPU seconds of this process (all threads): the steadier figure on a shared machine.
double CpuSeconds() {
  timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

struct Timing {
  double wall = 0, cpu = 0;
};

template <typename F>
Timing Time(F&& f) {
  auto t0 = Clock::now();
  const double c0 = CpuSeconds();
  f();
  return {Seconds(t0), CpuSeconds() - c0};
}

class Writer {
 public:
  explicit Writer(const std::string& path) : f_(std::fopen(path.c_str(), "wb")) {
    if (f_ == nullptr) {
      std::perror(path.c_str());
      std::exit(1);
    }
    buf_.reserve(1 << 22);
  }
  ~Writer() {
    Flush();
    std::fclose(f_);
  }
  void Put(std::string_view s) {
    buf_.append(s);
    if (buf_.size() > (1 << 22) - 4096) Flush();
  }
  void Int(int64_t v) {
    char num[24];
    Put(std::string_view(num, static_cast<size_t>(std::to_chars(num, num + 24, v).ptr - num)));
  }
  void U32(uint32_t v) { Put(std::string_view(reinterpret_cast<const char*>(&v), 4)); }
  void U64(uint64_t v) { Put(std::string_view(reinterpret_cast<const char*>(&v), 8)); }
  void Flush() {
    if (!buf_.empty() && std::fwrite(buf_.data(), 1, buf_.size(), f_) != buf_.size()) {
      std::perror("write");
      std::exit(1);
    }
    buf_.clear();
  }

 private:
  std::FILE* f_;
  std::string buf_;
};

std::string Id(char prefix, int64_t i, int width) {
  char out[24];
  std::snprintf(out, sizeof out, "%c%0*lld", prefix, width, static_cast<long long>(i));
  return out;
}

// Reads the file with plain read() calls of 1 MB: the disk (or page cache) speed.
double RawRead(const std::string& path) {
  auto t0 = Clock::now();
  int fd = open(path.c_str(), O_RDONLY);
  std::vector<char> buf(1 << 20);
  uint64_t sum = 0;
  for (ssize_t n; (n = read(fd, buf.data(), buf.size())) > 0;) sum += static_cast<uint8_t>(buf[0]);
  close(fd);
  if (sum == 1) std::printf(" ");
  return Seconds(t0);
}

struct Child {
  double seconds = 0;
  double cpu = 0;
  double max_rss_mb = 0;
  int status = -1;
};

Child Run(const std::vector<std::string>& argv) {
  Child c;
  auto t0 = Clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    int null = open("/dev/null", O_WRONLY);
    dup2(null, STDERR_FILENO);
    std::vector<char*> a;
    for (const auto& s : argv) a.push_back(const_cast<char*>(s.c_str()));
    a.push_back(nullptr);
    execv(a[0], a.data());
    _exit(127);
  }
  struct rusage ru;
  wait4(pid, &c.status, 0, &ru);
  c.seconds = Seconds(t0);
  c.max_rss_mb = static_cast<double>(ru.ru_maxrss) / 1024.0;
  c.cpu = static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
          static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) * 1e-6;
  return c;
}

bool SameFile(const std::string& a, const std::string& b) {
  std::FILE* fa = std::fopen(a.c_str(), "rb");
  std::FILE* fb = std::fopen(b.c_str(), "rb");
  bool same = fa != nullptr && fb != nullptr;
  std::vector<char> x(1 << 20), y(1 << 20);
  while (same) {
    size_t n = std::fread(x.data(), 1, x.size(), fa), m = std::fread(y.data(), 1, y.size(), fb);
    if (n != m || std::memcmp(x.data(), y.data(), n) != 0) same = false;
    if (n == 0) break;
  }
  if (fa) std::fclose(fa);
  if (fb) std::fclose(fb);
  return same;
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a.rfind("--benchmark_filter=", 0) == 0 &&
        !std::regex_search("BM_MatchFiles", std::regex(a.substr(19)))) {
      return 0;
    }
  }
  const std::string scale = std::getenv("BENCH_SCALE") ? std::getenv("BENCH_SCALE") : "100k";
  int32_t mentees = 100000;
  if (scale == "1M")
    mentees = 1000000;
  else if (scale == "10k")
    mentees = 10000;
  else if (scale != "100k") {
    std::fprintf(stderr, "BENCH_SCALE must be 10k, 100k or 1M\n");
    return 2;
  }
  const fs::path dir = fs::path(std::getenv("BENCH_DIR") ? std::getenv("BENCH_DIR")
                                                         : fs::temp_directory_path().string()) /
                       ("tandem-match-files-" + std::to_string(getpid()));
  fs::create_directories(dir);
  const std::string csv = (dir / "edges.csv").string(), bin = (dir / "edges.bin").string(),
                    caps = (dir / "caps.csv").string();

  std::printf("BM_MatchFiles: %d mentees, generating the files in %s (not timed)\n", mentees,
              dir.c_str());
  std::fflush(stdout);
  int64_t edges = 0;
  {
    auto x = tandem::bench::GenerateMatchingInstance(mentees, 42);
    const auto& g = x.graph;
    edges = g.num_edges();
    {
      Writer w(caps);
      w.Put("mentor,capacity\n");
      for (int32_t j = 0; j < g.num_mentors; ++j) {
        w.Put(Id('m', j, 6));
        w.Put(",");
        w.Int(x.mentor_capacity[j]);
        w.Put("\n");
      }
    }
    std::vector<std::string> mentor_ids(g.num_mentors);
    for (int32_t j = 0; j < g.num_mentors; ++j) mentor_ids[j] = Id('m', j, 6);
    {
      Writer w(csv);
      w.Put("mentee,mentor,score\n");
      for (int32_t i = 0; i < g.num_mentees; ++i) {
        const std::string id = Id('s', i, 7);
        for (int64_t e = g.begin(i); e < g.end(i); ++e) {
          w.Put(id);
          w.Put(",");
          w.Put(mentor_ids[g.mentors[e]]);
          w.Put(",");
          w.Int(g.scores[e]);
          w.Put("\n");
        }
      }
    }
    {
      // Mentees with no candidate do not exist in the CSV: leave them out of the table too.
      std::vector<int32_t> present;
      uint64_t mentee_bytes = 0, mentor_bytes = 0;
      std::vector<uint32_t> index(g.num_mentees, 0);
      for (int32_t i = 0; i < g.num_mentees; ++i)
        if (g.end(i) > g.begin(i)) {
          index[i] = static_cast<uint32_t>(present.size());
          present.push_back(i);
          mentee_bytes += Id('s', i, 7).size();
        }
      // Mentors in order of first appearance, as docs/write_candidates.py numbers them.
      std::vector<int32_t> mentor_order, mentor_index(g.num_mentors, -1);
      for (int64_t e = 0; e < g.num_edges(); ++e)
        if (mentor_index[g.mentors[e]] < 0) {
          mentor_index[g.mentors[e]] = static_cast<int32_t>(mentor_order.size());
          mentor_order.push_back(g.mentors[e]);
          mentor_bytes += mentor_ids[g.mentors[e]].size();
        }
      Writer w(bin);
      w.Put("TNDMCAND");
      w.U32(1);
      w.U32(0);
      w.U64(present.size());
      w.U64(mentor_order.size());
      w.U64(static_cast<uint64_t>(g.num_edges()));
      w.U64(mentee_bytes);
      w.U64(mentor_bytes);
      w.U64(0);
      for (int32_t i : present) w.U32(static_cast<uint32_t>(Id('s', i, 7).size()));
      for (int32_t i : present) w.Put(Id('s', i, 7));
      for (int32_t j : mentor_order) w.U32(static_cast<uint32_t>(mentor_ids[j].size()));
      for (int32_t j : mentor_order) w.Put(mentor_ids[j]);
      for (int32_t i = 0; i < g.num_mentees; ++i)
        for (int64_t e = g.begin(i); e < g.end(i); ++e) w.U32(index[i]);
      for (int64_t e = 0; e < g.num_edges(); ++e)
        w.U32(static_cast<uint32_t>(mentor_index[g.mentors[e]]));
      for (int64_t e = 0; e < g.num_edges(); ++e) w.U32(static_cast<uint32_t>(g.scores[e]));
    }
  }
  const double csv_mb = static_cast<double>(fs::file_size(csv)) / 1e6;
  const double bin_mb = static_cast<double>(fs::file_size(bin)) / 1e6;
  std::printf("  %lld edges; EDGES.csv %.0f MB, binary %.0f MB\n", static_cast<long long>(edges),
              csv_mb, bin_mb);

  RawRead(csv);  // warm the page cache
  RawRead(bin);
  const Timing disk_csv = Time([&] { RawRead(csv); }), disk_bin = Time([&] { RawRead(bin); });

  Timing read1, read_all, read_bin, solve;
  bool read_ok = true;
  read1 = Time([&] {
    tandem::cli::ReadOptions one;
    one.threads = 1;
    auto in = tandem::cli::ReadCandidates(csv, caps, one);
    if (!in.ok()) {
      std::fprintf(stderr, "%s\n", in.status().message().c_str());
      read_ok = false;
    }
  });
  read_all = Time([&] { auto in = tandem::cli::ReadCandidates(csv, caps); });
  {
    tandem::Result<tandem::cli::CandidateInput> in = tandem::InvalidArgument("");
    read_bin = Time([&] { in = tandem::cli::ReadCandidates(bin, caps); });
    if (!in.ok()) {
      std::fprintf(stderr, "%s\n", in.status().message().c_str());
      return 1;
    }
    tandem::matching::AssignmentConstraints constraints;
    constraints.mentor_capacity = in->capacities;
    solve = Time([&] {
      auto result = tandem::matching::SolveAssignment(
          in->graph, constraints, tandem::matching::AssignmentObjective::kMaxScore);
      if (!result.ok()) read_ok = false;
    });
  }
  if (!read_ok) return 1;

  const std::string tandem = TANDEM_BINARY;
  const std::string out1 = (dir / "out1.csv").string(), out2 = (dir / "out2.csv").string(),
                    out3 = (dir / "out3.csv").string();
  Child e2e1 =
      Run({tandem, "match", "--edges", csv, "--capacities", caps, "--out", out1, "--threads", "1"});
  Child e2e2 = Run({tandem, "match", "--edges", csv, "--capacities", caps, "--out", out2});
  Child e2eb = Run({tandem, "match", "--edges", bin, "--capacities", caps, "--out", out3});
  const bool ok = e2e1.status == 0 && e2e2.status == 0 && e2eb.status == 0;
  const bool same = ok && SameFile(out1, out2) && SameFile(out1, out3);

  std::printf("  %-34s %8s %8s %11s %9s\n", "", "wall s", "CPU s", "MB/CPU-s", "peak MB");
  auto row = [](const char* what, double wall, double cpu, double mb, double rss) {
    std::printf("  %-34s %8.3f %8.3f", what, wall, cpu);
    if (mb > 0)
      std::printf(" %11.0f", mb / cpu);
    else
      std::printf(" %11s", "");
    if (rss > 0) std::printf(" %9.0f", rss);
    std::printf("\n");
  };
  row("disk: read() EDGES.csv", disk_csv.wall, disk_csv.cpu, csv_mb, 0);
  row("disk: read() binary", disk_bin.wall, disk_bin.cpu, bin_mb, 0);
  row("read CSV, 1 thread", read1.wall, read1.cpu, csv_mb, 0);
  row("read CSV, one thread per core", read_all.wall, read_all.cpu, csv_mb, 0);
  row("read binary", read_bin.wall, read_bin.cpu, bin_mb, 0);
  row("solve alone", solve.wall, solve.cpu, 0, 0);
  row("tandem match CSV --threads 1", e2e1.seconds, e2e1.cpu, csv_mb, e2e1.max_rss_mb);
  row("tandem match CSV", e2e2.seconds, e2e2.cpu, csv_mb, e2e2.max_rss_mb);
  row("tandem match binary", e2eb.seconds, e2eb.cpu, bin_mb, e2eb.max_rss_mb);
  std::printf(
      "  ratios (wall): CSV read 1 thread / disk %.1fx; end to end / solve alone: CSV %.2fx,"
      " CSV 1 thread %.2fx, binary %.2fx\n",
      read1.wall / disk_csv.wall, e2e2.seconds / solve.wall, e2e1.seconds / solve.wall,
      e2eb.seconds / solve.wall);
  std::printf(
      "  ratios (CPU):  end to end / solve alone: CSV %.2fx, CSV 1 thread %.2fx, binary "
      "%.2fx\n",
      e2e2.cpu / solve.cpu, e2e1.cpu / solve.cpu, e2eb.cpu / solve.cpu);
  std::printf("  outputs: %s\n", !ok    ? "a run FAILED"
                                 : same ? "identical (CSV 1 thread, CSV default, binary)"
                                        : "DIFFER");
  if (std::getenv("BENCH_KEEP") != nullptr) {
    std::printf("  kept %s (BENCH_KEEP)\n", dir.c_str());
    return same ? 0 : 1;
  }
  fs::remove_all(dir);
  return same ? 0 : 1;
}
