// Files are read from disk on every request rather than cached in memory:
//   - `make web` may rebuild dist/ while the server runs; reading each time serves the new
//     index.html at once, with no invalidation logic and no stale-asset window.
//   - The cost is small: the kernel page cache holds the handful of files, hashed /assets/*
//     are fetched once per browser per release (one-year immutable caching), and index.html
//     must be rewritten per response anyway for its nonce.
//   - Memory stays bounded by the requests in flight instead of by the size of dist/.
// If profiling ever shows file reads matter, add a cache keyed by (path, mtime, size).
#include "http/static_site.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>
#include <system_error>
#include <utility>
#include <vector>

#include "base/strings.h"

namespace tandem::http {
namespace {

namespace fs = std::filesystem;

constexpr char kImmutable[] = "public, max-age=31536000, immutable";
constexpr char kNoCache[] = "no-cache";

HttpResponse SiteProblem(int status, std::string_view code, std::string_view title,
                         std::string_view detail) {
  nlohmann::ordered_json body = {{"type", "https://tandem.dev/problems/" + std::string(code)},
                                 {"title", title},
                                 {"status", status},
                                 {"detail", detail}};
  HttpResponse response;
  response.status = status;
  response.SetHeader("Content-Type", "application/problem+json");
  response.SetHeader("Cache-Control", "no-store");
  response.body = body.dump();
  return response;
}

HttpResponse NotFound() { return SiteProblem(404, "not-found", "Not found", "No such file."); }

std::string_view ContentTypeFor(std::string_view extension) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 14> kTypes = {{
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".ico", "image/x-icon"},
      {".json", "application/json"},
      {".woff2", "font/woff2"},
      {".txt", "text/plain; charset=utf-8"},
      {".webmanifest", "application/manifest+json"},
      {".xml", "application/xml"},
  }};
  for (const auto& [ext, type] : kTypes)
    if (ext == extension) return type;
  return "application/octet-stream";
}

std::optional<std::string> ReadFile(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return std::nullopt;
  return content;
}

// A path relative to the web root that is safe to join to it lexically: no NUL or backslash,
// no leading slash (an absolute path would replace the root when joined), no empty segment
// except a trailing one, and no segment starting with '.' (covers "." and "..", and keeps
// dot-files such as .env or .git private).
bool IsSafeRelativePath(std::string_view rel) {
  if (rel.find('\0') != std::string_view::npos) return false;
  if (rel.find('\\') != std::string_view::npos) return false;
  const std::vector<std::string> segments = Split(rel, '/');
  for (size_t i = 0; i < segments.size(); ++i) {
    const std::string& segment = segments[i];
    if (segment.empty()) {
      if (i + 1 != segments.size()) return false;  // only a trailing slash may leave one
      continue;
    }
    if (segment.front() == '.') return false;
  }
  return true;
}

bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && ToLower(s.substr(s.size() - suffix.size())) == suffix;
}

// True when `path` (canonical) is `root` (canonical) or inside it.
bool IsWithin(const fs::path& path, const fs::path& root) {
  auto [root_end, path_it] = std::mismatch(root.begin(), root.end(), path.begin(), path.end());
  return root_end == root.end();
}

std::string NewNonce() {
  std::array<unsigned char, 16> bytes;
  randombytes_buf(bytes.data(), bytes.size());
  std::array<char, sodium_base64_ENCODED_LEN(16, sodium_base64_VARIANT_ORIGINAL)> text;
  sodium_bin2base64(text.data(), text.size(), bytes.data(), bytes.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  return std::string(text.data());
}

// Types worth compressing: text. Images, fonts and archives are compressed already.
bool IsCompressible(std::string_view extension) {
  static constexpr std::array<std::string_view, 6> kText = {".js",   ".css", ".svg",
                                                            ".json", ".txt", ".webmanifest"};
  return std::find(kText.begin(), kText.end(), extension) != kText.end();
}

// Whether an Accept-Encoding value (RFC 9110 section 12.5.3) lets gzip be sent: `gzip` or
// `x-gzip` with a non-zero weight, or else `*` with a non-zero weight. An explicit `gzip;q=0`
// refuses it whatever `*` says.
bool AcceptsGzip(std::string_view header) {
  std::optional<bool> gzip, any;
  for (const std::string& item : Split(header, ',')) {
    const std::vector<std::string> parts = Split(item, ';');
    const std::string coding = ToLower(Trim(parts.front()));
    bool allowed = true;
    for (size_t i = 1; i < parts.size(); ++i) {
      const std::string param = ToLower(Trim(parts[i]));
      if (param.rfind("q=", 0) != 0) continue;
      // A weight is 0 to 1 with at most three decimals; only its being zero matters here.
      const std::string value = Trim(std::string_view(param).substr(2));
      allowed = value.find_first_not_of("0.") != std::string::npos;
    }
    if (coding == "gzip" || coding == "x-gzip") gzip = allowed;
    if (coding == "*") any = allowed;
  }
  return gzip.value_or(any.value_or(false));
}

void ReplaceAll(std::string& text, std::string_view from, std::string_view to) {
  for (size_t pos = text.find(from); pos != std::string::npos;
       pos = text.find(from, pos + to.size())) {
    text.replace(pos, from.size(), to);
  }
}

}  // namespace

StaticSite::StaticSite(std::string web_root)
    : root_(fs::absolute(fs::path(std::move(web_root))).lexically_normal()) {
  // Idempotent and thread-safe; a failure here would mean no CSPRNG at all.
  if (sodium_init() < 0) std::abort();
}

std::string StaticSite::ContentSecurityPolicyFor(std::string_view nonce) {
  const std::string n(nonce);
  return "default-src 'self'; script-src 'self' 'nonce-" + n + "'; style-src 'self' 'nonce-" + n +
         "'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
         "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
}

HttpResponse StaticSite::Serve(const HttpRequest& req) const {
  if (req.method != "GET" && req.method != "HEAD") {
    HttpResponse response = SiteProblem(405, "method-not-allowed", "Method not allowed",
                                        "Only GET and HEAD are allowed here.");
    response.SetHeader("Allow", "GET, HEAD");
    return response;
  }
  const fs::path index = root_ / "index.html";
  std::error_code ec;
  if (!fs::is_regular_file(index, ec)) {
    return SiteProblem(503, "unavailable", "Web app not built",
                       "The web app has not been built yet; run `make web`.");
  }

  if (req.path.empty() || req.path.front() != '/') return NotFound();
  const std::string_view rel = std::string_view(req.path).substr(1);
  if (!IsSafeRelativePath(rel) || EndsWithIgnoreCase(rel, ".map")) return NotFound();

  if (!rel.empty() && rel.back() != '/') {
    const fs::path root = fs::canonical(root_, ec);
    if (ec) return NotFound();
    const fs::path file = fs::canonical(root / fs::path(rel), ec);
    if (!ec) {
      // Symlinks could point outside the root even though the request path is clean.
      if (!IsWithin(file, root)) return NotFound();
      if (fs::is_regular_file(file, ec)) return ServeFile(req, root, file, rel);
    }
  }
  // Not a file. Hashed assets must never fall back to HTML: a browser would try to run it.
  if (rel.rfind("assets/", 0) == 0) return NotFound();
  return ServeHtml(index);
}

HttpResponse StaticSite::ServeFile(const HttpRequest& req, const fs::path& root,
                                   const fs::path& file, std::string_view relative) const {
  const std::string extension = ToLower(file.extension().string());
  if (extension == ".html") return ServeHtml(file);
  HttpResponse response;
  response.SetHeader("Content-Type", std::string(ContentTypeFor(extension)));
  response.SetHeader("Cache-Control", relative.rfind("assets/", 0) == 0 ? kImmutable : kNoCache);
  if (IsCompressible(extension)) {
    // Caches must keep the gzip and the plain answer apart, whichever this one is.
    response.SetHeader("Vary", "Accept-Encoding");
    if (AcceptsGzip(req.Header("accept-encoding"))) {
      // The web build writes name.gz beside each text file it compresses well
      // (web/scripts/precompress.mjs). It must be a regular file inside the root, as the
      // plain one is.
      std::error_code ec;
      const fs::path gz = fs::canonical(fs::path(file) += ".gz", ec);
      if (!ec && IsWithin(gz, root) && fs::is_regular_file(gz, ec)) {
        if (std::optional<std::string> packed = ReadFile(gz)) {
          response.SetHeader("Content-Encoding", "gzip");
          response.body = std::move(*packed);
          return response;
        }
      }
    }
  }
  std::optional<std::string> content = ReadFile(file);
  if (!content) return NotFound();
  response.body = std::move(*content);
  return response;
}

HttpResponse StaticSite::ServeHtml(const fs::path& file) const {
  std::optional<std::string> content = ReadFile(file);
  if (!content) {
    return SiteProblem(503, "unavailable", "Web app not built",
                       "The web app could not be read; run `make web`.");
  }
  const std::string nonce = NewNonce();
  ReplaceAll(*content, kCspNoncePlaceholder, nonce);
  HttpResponse response;
  response.SetHeader("Content-Type", "text/html; charset=utf-8");
  response.SetHeader("Cache-Control", kNoCache);
  response.SetHeader("Content-Security-Policy", ContentSecurityPolicyFor(nonce));
  response.body = std::move(*content);
  return response;
}

}  // namespace tandem::http
