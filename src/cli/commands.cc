#include "cli/commands.h"

namespace tandem::cli {

namespace {

FlagSpec DbFlag() {
  return {"db", "URL",
          "Database: sqlite:PATH or a postgresql:// connection string such as "
          "\"postgresql://host=127.0.0.1 port=5432 dbname=tandem user=tandem\"",
          "TANDEM_DB", "sqlite:data/tandem.db", false};
}

}  // namespace

const std::vector<CommandSpec>& Commands() {
  static const std::vector<CommandSpec> kCommands = {
      {"serve",
       "Run the HTTP server (API and web app) until SIGINT/SIGTERM.",
       {DbFlag(),
        {"listen", "HOST:PORT", "Address to listen on", "TANDEM_LISTEN", "127.0.0.1:8080"},
        {"web-root", "DIR", "Directory of the built web app", "TANDEM_WEB_ROOT", "web/dist"},
        {"public-url", "URL", "Base URL used in emailed links", "TANDEM_PUBLIC_URL", ""},
        {"workers", "N", "Worker threads for database and hashing work", "TANDEM_WORKERS", "4"},
        {"max-queue", "N",
         "Requests that may wait for a worker; beyond them the answer is 503 with Retry-After",
         "TANDEM_MAX_QUEUE", "256"},
        {"max-connections", "N",
         "Connections served at once; more wait in the kernel's accept backlog",
         "TANDEM_MAX_CONNECTIONS", "512"},
        {"match-cache", "N",
         "Programs whose prepared match data is kept for recommendations (0: rebuild every time)",
         "TANDEM_MATCH_CACHE", "16"},
        {"trusted-proxy", "CIDR[,CIDR]",
         "Reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (default: "
         "none)",
         "TANDEM_TRUSTED_PROXY", ""},
        {"smtp", "URL",
         "Deliver mail through this server: smtp://[user@]host:port (STARTTLS required), "
         "smtps://[user@]host:port (TLS), or smtp://host:port?starttls=off (plain text). The "
         "password comes from TANDEM_SMTP_PASSWORD only. Without --smtp, mail is not delivered "
         "(development mode: the outbox page is the mailbox)",
         "TANDEM_SMTP", ""},
        {"smtp-user", "USER", "SMTP user name, when it is not in the --smtp URL",
         "TANDEM_SMTP_USER", ""},
        {"mail-from", "ADDRESS",
         "Sender of every mail, address or \"Name <address>\" (required with --smtp)",
         "TANDEM_MAIL_FROM", ""},
        {"mail-retry", "SECONDS",
         "Delay before retrying a mail that could not be sent; doubles after each failure (at "
         "most an hour; given up after 10 attempts)",
         "TANDEM_MAIL_RETRY", "60"}}},
      {"migrate", "Create or upgrade the database schema, then exit.", {DbFlag()}},
      {"seed",
       "Fill an empty database with the deterministic demo (organisations, people, programs, "
       "matches and requests).",
       {DbFlag(),
        {"seed", "N", "Random seed of the generator", "", "2026"},
        {"public-url", "URL",
         "Base URL of the links in the seeded emails and invitations (the address the demo is "
         "served on)",
         "TANDEM_PUBLIC_URL", "http://localhost:8080"}}},
      {"match",
       "Exact optimal matching: on candidate files (--edges as CSV or binary, --capacities, "
       "--out), or a draft match round of a program in the database (--program).",
       {DbFlag(),
        {"edges", "EDGES",
         "Candidate pairs, one of two formats (detected by the first bytes). CSV: header "
         "mentee,mentor,score, one pair per line, ids as text (RFC 4180 quotes allowed), scores "
         "integers from 0 to 2000000000, each pair at most once; mentees are numbered in order "
         "of first appearance. Binary: the little-endian columnar candidate file starting with "
         "the magic TNDMCAND (id tables, then u32 mentee index, u32 mentor index and i32 score "
         "columns), described in docs/candidates-format.md and written by "
         "docs/write_candidates.py"},
        {"capacities", "CAPS.csv", "Mentor capacities: header mentor,capacity"},
        {"out", "MATCHES.csv", "Where to write the matches: header mentee,mentor,score"},
        {"objective", "score|coverage",
         "Highest total score, or as many mentees as possible then score", "", "score"},
        {"threads", "N",
         "Threads reading a CSV edges file (0: one per core for files over 16 MB); the result "
         "does not depend on it",
         "", "0"},
        {"program", "ID", "Run a draft match round for this program instead"}}},
      {"user create",
       "Create an account (for example the first platform administrator).",
       {DbFlag(),
        {"email", "EMAIL", "Email address (the sign-in name)", "", "", true},
        {"name", "NAME", "Display name", "", "", true},
        {"password", "PASSWORD",
         "Password (at least 10 characters); prefer the environment variable", "TANDEM_PASSWORD",
         "", true},
        {"platform-admin", "", "Make the account a platform administrator"},
        {"org", "SLUG", "Add the account to this organisation"},
        {"role", "ROLES", "Comma-separated roles in --org: org_admin,coordinator,mentor,mentee"}}},
      {"org create",
       "Create an organisation and appoint its first administrator: an existing account is "
       "appointed at once, any other address is sent an org_admin invitation (its link is "
       "printed).",
       {DbFlag(),
        {"name", "NAME", "Organisation name", "", "", true},
        {"slug", "SLUG", "Short name used in addresses: lower-case letters, digits and -", "",
         "", true},
        {"kind", "KIND", "school, university, company, alumni or nonprofit", "", "school"},
        {"admin-email", "EMAIL", "Email address of the first organisation administrator", "", "",
         true},
        {"by", "EMAIL",
         "The platform administrator acting (recorded in the audit log); may be left out when "
         "there is exactly one"},
        {"public-url", "URL", "Base URL of the invitation link", "TANDEM_PUBLIC_URL",
         "http://localhost:8080"}}},
  };
  return kCommands;
}

}  // namespace tandem::cli
