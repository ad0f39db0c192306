#include "serve.h"

#include <spdlog/async.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <optional>
#include <thread>

#include "app/context.h"
#include "app/match_cache.h"
#include "calendar/ical_writer.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "http/api.h"
#include "http/client_address.h"
#include "http/event_hub.h"
#include "http/health.h"
#include "http/server.h"
#include "mail/curl_smtp.h"
#include "mail/smtp_settings.h"
#include "mail_worker.h"
#include "openapi_spec.h"
#include "pulse_worker.h"
#include "security/sodium_hasher.h"
#include "security/sodium_tokens.h"
#include "store/open_store.h"

namespace tandem {

namespace {

// "sqlite:PATH" is the documented form; SOCI wants "sqlite3://db=PATH".
Result<std::unique_ptr<store::SociStore>> OpenAndMigrate(const std::string& url, int pool) {
  // A fresh checkout has no data/ folder yet: create the SQLite file's folder.
  if (url.rfind("sqlite:", 0) == 0 && url != "sqlite::memory:") {
    std::filesystem::path parent = std::filesystem::path(url.substr(7)).parent_path();
    std::error_code ec;
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    if (ec)
      return Unavailable("Cannot create the database folder " + parent.string() + ": " +
                         ec.message());
  }
  auto s = store::OpenStore(url, pool);
  if (!s.ok()) return s.status();
  RETURN_IF_ERROR((*s)->Migrate());
  return std::move(s).value();
}

int Fail(std::ostream& err, const Status& s) {
  err << "tandem: " << s.message() << "\n";
  return cli::ExitCodeFor(s.code());
}

Result<std::pair<std::string, int>> ParseListen(const std::string& listen) {
  auto colon = listen.rfind(':');
  if (colon == std::string::npos)
    return FieldInvalid("listen", "must be HOST:PORT, for example 127.0.0.1:8080");
  std::string host = listen.substr(0, colon);
  int port = 0;
  try {
    size_t used = 0;
    port = std::stoi(listen.substr(colon + 1), &used);
    if (used != listen.size() - colon - 1) port = -1;
  } catch (const std::exception&) {
    port = -1;
  }
  if (host.empty() || port < 0 || port > 65535)
    return FieldInvalid("listen", "must be HOST:PORT with a port from 0 to 65535");
  return std::make_pair(host, port);
}

// A whole number flag in [lo, hi], or nullopt after writing a usage error naming the flag.
std::optional<int> IntFlag(const cli::Parsed& args, const std::string& name, int lo, int hi,
                           std::ostream& err) {
  const std::string text = args.Get(name);
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value < lo ||
      value > hi) {
    err << "tandem: --" << name << " must be a whole number between " << lo << " and " << hi
        << " (got \"" << text << "\")\n";
    return std::nullopt;
  }
  return value;
}

}  // namespace

int RunMigrate(const cli::Parsed& args, std::ostream& out, std::ostream& err) {
  auto s = OpenAndMigrate(args.Get("db"), 1);
  if (!s.ok()) return Fail(err, s.status());
  auto version = (*s)->SchemaVersion();
  if (!version.ok()) return Fail(err, version.status());
  out << "Database schema is at version " << *version << ".\n";
  return 0;
}

int RunWithContext(const cli::Parsed& args, std::ostream& out, std::ostream& err) {
  auto s = OpenAndMigrate(args.Get("db"), 1);
  if (!s.ok()) return Fail(err, s.status());
  security::SodiumHasher hasher;
  security::SodiumTokens tokens;
  SystemClock clock;
  app::Context ctx{**s, hasher, tokens, clock};
  if (args.command->path == "seed") return cli::RunSeed(ctx, args, out, err);
  if (args.command->path == "match") return cli::RunMatch(ctx, args, out, err);
  if (args.command->path == "org create") {
    ctx.public_url = args.Get("public-url");
    while (!ctx.public_url.empty() && ctx.public_url.back() == '/') ctx.public_url.pop_back();
    return cli::RunOrgCreate(ctx, args, out, err);
  }
  return cli::RunUserCreate(ctx, args, out, err);
}

namespace {

// While the server runs, a request never waits on the log: lines go to a queue that one
// thread writes out, and when the queue is full the oldest waiting line is dropped (spdlog
// counts them) rather than a worker blocking on the terminal or a full disk. The lines still
// queued are written when the process exits (spdlog's thread pool drains before it stops).
class NonBlockingLog {
 public:
  NonBlockingLog() : previous_(spdlog::default_logger()) {
    constexpr size_t kQueuedLines = 16384;
    spdlog::init_thread_pool(kQueuedLines, 1);
    auto logger = std::make_shared<spdlog::async_logger>(
        "tandem", std::make_shared<spdlog::sinks::stdout_color_sink_mt>(), spdlog::thread_pool(),
        spdlog::async_overflow_policy::overrun_oldest);
    spdlog::set_default_logger(std::move(logger));
  }
  ~NonBlockingLog() {
    spdlog::default_logger()->flush();
    spdlog::set_default_logger(previous_);
  }
  NonBlockingLog(const NonBlockingLog&) = delete;
  NonBlockingLog& operator=(const NonBlockingLog&) = delete;

 private:
  std::shared_ptr<spdlog::logger> previous_;
};

}  // namespace

int RunServe(const cli::Parsed& args, std::ostream& err) {
  const NonBlockingLog log;
  auto listen = ParseListen(args.Get("listen"));
  if (!listen.ok()) {
    err << "tandem: " << listen.status().message() << "\n";
    return cli::kExitUsage;
  }
  const auto workers = IntFlag(args, "workers", 1, 256, err);
  const auto max_queue = IntFlag(args, "max-queue", 1, 100000, err);
  const auto max_connections = IntFlag(args, "max-connections", 1, 100000, err);
  const auto match_cache_programs = IntFlag(args, "match-cache", 0, 4096, err);
  const auto mail_retry = IntFlag(args, "mail-retry", 1, 3600, err);
  if (!workers || !max_queue || !max_connections || !match_cache_programs || !mail_retry)
    return cli::kExitUsage;
  auto trusted_proxies = http::ParseCidrList(args.Get("trusted-proxy"));
  if (!trusted_proxies.ok()) {
    err << "tandem: --trusted-proxy: " << trusted_proxies.status().message() << "\n";
    return cli::kExitUsage;
  }
  std::unique_ptr<mail::CurlSmtpTransport> transport;
  if (!args.Get("smtp").empty()) {
    const char* password = std::getenv("TANDEM_SMTP_PASSWORD");
    auto smtp = mail::ParseSmtpSettings(args.Get("smtp"), args.Get("smtp-user"),
                                        password ? password : "", args.Get("mail-from"));
    if (!smtp.ok()) {
      err << "tandem: " << smtp.status().message() << "\n";
      return cli::kExitUsage;
    }
    if (!smtp->implicit_tls && !smtp->require_starttls && !smtp->user.empty())
      spdlog::warn("--smtp has starttls=off: the SMTP password crosses the network in clear");
    spdlog::info("Mail is delivered through {} as {}", mail::DescribeSmtp(*smtp),
                 smtp->from.address);
    transport = std::make_unique<mail::CurlSmtpTransport>(std::move(smtp).value());
  } else if (!args.Get("mail-from").empty() || !args.Get("smtp-user").empty()) {
    err << "tandem: --mail-from and --smtp-user need --smtp\n";
    return cli::kExitUsage;
  }
  auto s = OpenAndMigrate(args.Get("db"), *workers);
  if (!s.ok()) return Fail(err, s.status());

  security::SodiumHasher hasher;
  security::SodiumTokens tokens;
  SystemClock clock;
  std::string public_url = args.Get("public-url");
  if (public_url.empty()) {
    std::string host = listen->first == "0.0.0.0" ? "localhost" : listen->first;
    public_url = "http://" + host + ":" + std::to_string(listen->second);
  }
  while (!public_url.empty() && public_url.back() == '/') public_url.pop_back();
  app::Context ctx{**s, hasher, tokens, clock, public_url};
  ctx.mail_mode = transport ? app::MailMode::kSmtp : app::MailMode::kDevelopment;
  calendar::IcalCalendarWriter calendar_writer;
  ctx.calendar = &calendar_writer;
  // Recommendations and mentor requests reuse each program's prepared match data while the
  // database says it is current (app/match_cache.h): the most recently used programs.
  app::MatchCache match_cache(static_cast<size_t>(*match_cache_programs));
  if (*match_cache_programs > 0) ctx.match_cache = &match_cache;
  if (!transport)
    spdlog::warn("Mail is NOT delivered (development mail mode, no --smtp): invitations and "
                 "password resets wait in the outbox, which platform admins read at "
                 "/admin/outbox");
  // Live streams (http/event_hub.h): half the connections at most, so pages still load.
  http::EventHubOptions live;
  live.max_streams = std::max(1, *max_connections / 2);
  http::EventHub events(ctx, live);
  ctx.live = &events;
  events.Start();
  http::Api api(ctx, args.Get("web-root"), OpenApiSpec(), &events);
  std::unique_ptr<MailWorker> mail_worker;
  if (transport) {
    app::MailQueueOptions queue;
    queue.worker_id = MailWorker::NewWorkerId();
    queue.first_retry = *mail_retry * kSecond;
    mail_worker = std::make_unique<MailWorker>(**s, *transport, clock, queue,
                                               std::chrono::seconds(2));
    mail_worker->Start();
  }
  // Pulse surveys due (app/pulse_surveys.h): at start, then every five minutes.
  PulseWorker pulse_worker(ctx, std::chrono::minutes(5));
  pulse_worker.Start();

  // /readyz reads this flag on the I/O thread; the database is pinged in the background.
  http::ReadinessProbe readiness([&store = **s] { return store.Ping(); },
                                 std::chrono::seconds(2));

  http::ServerOptions options;
  options.host = listen->first;
  options.port = listen->second;
  options.worker_threads = *workers;
  options.max_queued_requests = static_cast<size_t>(*max_queue);
  options.max_connections = static_cast<size_t>(*max_connections);
  options.io_threads = std::max(1u, std::min(4u, std::thread::hardware_concurrency()));
  options.trusted_proxies = std::move(*trusted_proxies);
  options.inline_handler = [&readiness](const http::HttpRequest& req) {
    return http::AnswerHealth(req, readiness.ready());
  };
  http::HttpServer server(options, [&api](const http::HttpRequest& req) {
    return api.Handle(req);
  });
  spdlog::info("Tandem listening on http://{}:{} (web root {}, public URL {})", options.host,
               options.port, args.Get("web-root"), public_url);
  Status st = server.Run();
  events.Stop();
  if (mail_worker) mail_worker->Stop();
  pulse_worker.Stop();
  if (!st.ok()) return Fail(err, st);
  return 0;
}

}  // namespace tandem
