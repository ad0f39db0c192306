#include "http/static_site.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "http/security_headers.h"

namespace tandem::http {
namespace {

namespace fs = std::filesystem;

constexpr char kIndex[] =
    "<!doctype html><html><head>"
    "<script type=\"module\" nonce=\"TANDEM_CSP_NONCE\" src=\"/assets/app-1a2b.js\"></script>"
    "<style nonce=\"TANDEM_CSP_NONCE\">body{}</style>"
    "</head><body><div id=\"root\"></div></body></html>";

void WriteFile(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

HttpRequest Get(std::string path) {
  HttpRequest req;
  req.method = "GET";
  req.path = std::move(path);
  return req;
}

class StaticSiteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "tandem_static_XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    base_ = pattern;
    root_ = base_ / "dist";
    WriteFile(root_ / "index.html", kIndex);
    WriteFile(root_ / "assets" / "app-1a2b.js", "console.log('app');");
    WriteFile(root_ / "assets" / "app-1a2b.js.map", "{\"version\":3}");
    WriteFile(root_ / "assets" / "app-1a2b.css", "body{color:red}");
    WriteFile(root_ / "assets" / "logo.svg", "<svg/>");
    WriteFile(root_ / "assets" / "font.woff2", "wOF2");
    WriteFile(root_ / "favicon.ico", "ico");
    WriteFile(root_ / "robots.txt", "User-agent: *");
    WriteFile(root_ / "manifest.webmanifest", "{}");
    WriteFile(root_ / "data.json", "{}");
    WriteFile(root_ / ".env", "SECRET=1");
    WriteFile(base_ / "secret.txt", "top secret");
    fs::create_symlink(base_ / "secret.txt", root_ / "escape.txt");
  }
  void TearDown() override { fs::remove_all(base_); }

  fs::path base_;
  fs::path root_;
};

TEST_F(StaticSiteTest, ServesIndexAtRootWithNoCacheAndCsp) {
  StaticSite site(root_.string());
  HttpResponse r = site.Serve(Get("/"));
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.Header("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(r.Header("Cache-Control"), "no-cache");
  EXPECT_NE(r.body.find("<div id=\"root\">"), std::string::npos);
  EXPECT_EQ(r.body.find(kCspNoncePlaceholder), std::string::npos);
  EXPECT_NE(r.Header("Content-Security-Policy").find("frame-ancestors 'none'"), std::string::npos);
}

TEST_F(StaticSiteTest, NonceIsFreshPerResponseAndMatchesCsp) {
  StaticSite site(root_.string());
  std::set<std::string> nonces;
  for (int i = 0; i < 3; ++i) {
    HttpResponse r = site.Serve(Get("/index.html"));
    ASSERT_EQ(r.status, 200);
    const std::regex nonce_attr("nonce=\"([^\"]+)\"");
    std::string body = r.body;
    std::vector<std::string> found;
    for (std::sregex_iterator it(body.begin(), body.end(), nonce_attr), end; it != end; ++it)
      found.push_back((*it)[1]);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0], found[1]);
    const std::string& nonce = found[0];
    EXPECT_EQ(nonce.size(), 24u);  // 16 bytes in padded base64
    EXPECT_EQ(r.Header("Content-Security-Policy"), StaticSite::ContentSecurityPolicyFor(nonce));
    EXPECT_NE(r.Header("Content-Security-Policy")
                  .find("script-src 'self' 'nonce-" + nonce + "'; style-src 'self' 'nonce-" +
                        nonce + "'"),
              std::string::npos);
    nonces.insert(nonce);
  }
  EXPECT_EQ(nonces.size(), 3u);
}

TEST_F(StaticSiteTest, AssetsAreImmutableWithContentTypes) {
  StaticSite site(root_.string());
  HttpResponse js = site.Serve(Get("/assets/app-1a2b.js"));
  EXPECT_EQ(js.status, 200);
  EXPECT_EQ(js.body, "console.log('app');");
  EXPECT_EQ(js.Header("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(js.Header("Cache-Control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(site.Serve(Get("/assets/app-1a2b.css")).Header("Content-Type"),
            "text/css; charset=utf-8");
  EXPECT_EQ(site.Serve(Get("/assets/logo.svg")).Header("Content-Type"), "image/svg+xml");
  EXPECT_EQ(site.Serve(Get("/assets/font.woff2")).Header("Content-Type"), "font/woff2");
}

HttpRequest GetAccepting(std::string path, std::string accept_encoding) {
  HttpRequest req = Get(std::move(path));
  req.headers.emplace_back("accept-encoding", std::move(accept_encoding));
  return req;
}

TEST_F(StaticSiteTest, SendsTheGzipCopyToClientsThatAcceptIt) {
  WriteFile(root_ / "assets" / "app-1a2b.js.gz", "GZIPPED-JS");
  StaticSite site(root_.string());
  for (const char* accepts : {"gzip", "gzip, deflate, br", "br;q=1.0, gzip;q=0.8", "x-gzip", "*",
                              "deflate, *;q=0.5", "GZIP"}) {
    SCOPED_TRACE(accepts);
    HttpResponse js = site.Serve(GetAccepting("/assets/app-1a2b.js", accepts));
    EXPECT_EQ(js.status, 200);
    EXPECT_EQ(js.body, "GZIPPED-JS");
    EXPECT_EQ(js.Header("Content-Encoding"), "gzip");
    EXPECT_EQ(js.Header("Content-Type"), "text/javascript; charset=utf-8");
    EXPECT_EQ(js.Header("Vary"), "Accept-Encoding");
    EXPECT_EQ(js.Header("Cache-Control"), "public, max-age=31536000, immutable");
  }
}

TEST_F(StaticSiteTest, SendsThePlainFileWhenGzipIsNotAccepted) {
  WriteFile(root_ / "assets" / "app-1a2b.js.gz", "GZIPPED-JS");
  StaticSite site(root_.string());
  for (const char* accepts : {"", "identity", "br", "gzip;q=0", "gzip;q=0.000", "*;q=0",
                              "gzip;q=0, *", "deflate;q=1, gzip; q=0"}) {
    SCOPED_TRACE(accepts);
    HttpResponse js = site.Serve(GetAccepting("/assets/app-1a2b.js", accepts));
    EXPECT_EQ(js.body, "console.log('app');");
    EXPECT_EQ(js.Header("Content-Encoding"), "");
    EXPECT_EQ(js.Header("Vary"), "Accept-Encoding");
  }
}

TEST_F(StaticSiteTest, WithoutAGzipCopyOrForBinaryTypesThePlainFileIsSent) {
  WriteFile(root_ / "assets" / "font.woff2.gz", "GZIPPED-FONT");
  StaticSite site(root_.string());
  HttpResponse css = site.Serve(GetAccepting("/assets/app-1a2b.css", "gzip"));
  EXPECT_EQ(css.body, "body{color:red}");
  EXPECT_EQ(css.Header("Content-Encoding"), "");
  EXPECT_EQ(css.Header("Vary"), "Accept-Encoding");
  HttpResponse font = site.Serve(GetAccepting("/assets/font.woff2", "gzip"));
  EXPECT_EQ(font.body, "wOF2");
  EXPECT_EQ(font.Header("Content-Encoding"), "");
  EXPECT_EQ(font.Header("Vary"), "");
  // HTML is never sent precompressed: each page gets its own CSP nonce.
  WriteFile(root_ / "index.html.gz", "GZIPPED-HTML");
  HttpResponse index = site.Serve(GetAccepting("/", "gzip"));
  EXPECT_NE(index.body, "GZIPPED-HTML");
  EXPECT_EQ(index.Header("Content-Encoding"), "");
}

TEST_F(StaticSiteTest, AGzipCopyThatLeavesTheRootIsNotSent) {
  WriteFile(base_ / "outside.js.gz", "OUTSIDE");
  fs::create_symlink(base_ / "outside.js.gz", root_ / "assets" / "app-1a2b.js.gz");
  StaticSite site(root_.string());
  HttpResponse js = site.Serve(GetAccepting("/assets/app-1a2b.js", "gzip"));
  EXPECT_EQ(js.body, "console.log('app');");
  EXPECT_EQ(js.Header("Content-Encoding"), "");
}

TEST_F(StaticSiteTest, RootFilesHaveTypesAndNoCache) {
  StaticSite site(root_.string());
  HttpResponse ico = site.Serve(Get("/favicon.ico"));
  EXPECT_EQ(ico.status, 200);
  EXPECT_EQ(ico.Header("Content-Type"), "image/x-icon");
  EXPECT_EQ(ico.Header("Cache-Control"), "no-cache");
  EXPECT_EQ(site.Serve(Get("/robots.txt")).Header("Content-Type"), "text/plain; charset=utf-8");
  EXPECT_EQ(site.Serve(Get("/manifest.webmanifest")).Header("Content-Type"),
            "application/manifest+json");
  EXPECT_EQ(site.Serve(Get("/data.json")).Header("Content-Type"), "application/json");
}

TEST_F(StaticSiteTest, NeverServesSourceMaps) {
  StaticSite site(root_.string());
  EXPECT_EQ(site.Serve(Get("/assets/app-1a2b.js.map")).status, 404);
  EXPECT_EQ(site.Serve(Get("/assets/app-1a2b.js.MAP")).status, 404);
  EXPECT_EQ(site.Serve(Get("/missing.map")).status, 404);  // no SPA fallback for maps either
}

TEST_F(StaticSiteTest, RejectsTraversalAndEscapes) {
  StaticSite site(root_.string());
  for (const std::string& path : std::vector<std::string>{
           "/../secret.txt", "/assets/../../secret.txt", "/assets/../index.html", "/./index.html",
           "//etc/passwd", "/assets//app-1a2b.js", "/..\\secret.txt", "/.env",
           std::string("/index.html\0.js", 15), "/escape.txt", "relative"}) {
    HttpResponse r = site.Serve(Get(path));
    EXPECT_EQ(r.status, 404) << path;
    EXPECT_EQ(r.Header("Content-Type"), "application/problem+json") << path;
    EXPECT_EQ(r.body.find("top secret"), std::string::npos) << path;
    EXPECT_EQ(r.body.find("SECRET"), std::string::npos) << path;
  }
}

TEST_F(StaticSiteTest, ClientSideRoutesGetIndex) {
  StaticSite site(root_.string());
  for (const char* path : {"/programs/42", "/invite/abc", "/admin/outbox/", "/login"}) {
    HttpResponse r = site.Serve(Get(path));
    EXPECT_EQ(r.status, 200) << path;
    EXPECT_EQ(r.Header("Content-Type"), "text/html; charset=utf-8") << path;
    EXPECT_EQ(r.Header("Cache-Control"), "no-cache") << path;
    EXPECT_FALSE(r.Header("Content-Security-Policy").empty()) << path;
    EXPECT_NE(r.body.find("<div id=\"root\">"), std::string::npos) << path;
  }
}

TEST_F(StaticSiteTest, MissingAssetIs404NotHtml) {
  StaticSite site(root_.string());
  HttpResponse r = site.Serve(Get("/assets/app-old.js"));
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(site.Serve(Get("/assets/")).status, 404);
}

TEST_F(StaticSiteTest, HeadMatchesGet) {
  StaticSite site(root_.string());
  HttpRequest head = Get("/assets/app-1a2b.js");
  head.method = "HEAD";
  HttpResponse r = site.Serve(head);
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.Header("Cache-Control"), "public, max-age=31536000, immutable");
}

TEST_F(StaticSiteTest, OtherMethodsAre405) {
  StaticSite site(root_.string());
  HttpRequest post = Get("/");
  post.method = "POST";
  HttpResponse r = site.Serve(post);
  EXPECT_EQ(r.status, 405);
  EXPECT_EQ(r.Header("Allow"), "GET, HEAD");
}

TEST_F(StaticSiteTest, WithoutIndexAnswers503) {
  fs::remove(root_ / "index.html");
  StaticSite site(root_.string());
  for (const char* path : {"/", "/programs", "/assets/app-1a2b.js"}) {
    HttpResponse r = site.Serve(Get(path));
    EXPECT_EQ(r.status, 503) << path;
    EXPECT_EQ(r.Header("Content-Type"), "application/problem+json");
    EXPECT_NE(r.body.find("make web"), std::string::npos);
    EXPECT_NE(r.body.find("\"status\":503"), std::string::npos);
  }
  StaticSite missing_root((base_ / "nope").string());
  EXPECT_EQ(missing_root.Serve(Get("/")).status, 503);
}

TEST_F(StaticSiteTest, PicksUpRebuiltIndexWithoutRestart) {
  StaticSite site(root_.string());
  ASSERT_EQ(site.Serve(Get("/")).status, 200);
  WriteFile(root_ / "index.html", "<html>v2</html>");
  EXPECT_EQ(site.Serve(Get("/")).body, "<html>v2</html>");
}

TEST(SecurityHeadersTest, AddsHeadersAndDefaultCspForNonHtml) {
  HttpResponse r;
  r.SetHeader("Content-Type", "application/json");
  ApplySecurityHeaders(r, /*secure=*/false);
  EXPECT_EQ(r.Header("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(r.Header("Referrer-Policy"), "strict-origin-when-cross-origin");
  EXPECT_EQ(r.Header("X-Frame-Options"), "DENY");
  EXPECT_EQ(r.Header("Cross-Origin-Opener-Policy"), "same-origin");
  EXPECT_EQ(r.Header("Permissions-Policy"), "camera=(), microphone=(), geolocation=()");
  EXPECT_EQ(r.Header("Strict-Transport-Security"), "");
  EXPECT_EQ(r.Header("Content-Security-Policy"), "default-src 'none'; frame-ancestors 'none'");
}

TEST(SecurityHeadersTest, HstsOnlyWhenSecure) {
  HttpResponse r;
  ApplySecurityHeaders(r, /*secure=*/true);
  EXPECT_NE(r.Header("Strict-Transport-Security").find("max-age="), std::string::npos);
}

TEST(SecurityHeadersTest, KeepsExistingCspAndSkipsHtml) {
  HttpResponse html;
  html.SetHeader("Content-Type", "text/html; charset=utf-8");
  ApplySecurityHeaders(html, false);
  EXPECT_EQ(html.Header("Content-Security-Policy"), "");

  HttpResponse own;
  own.SetHeader("Content-Security-Policy", "default-src 'self'");
  ApplySecurityHeaders(own, false);
  ApplySecurityHeaders(own, false);  // idempotent
  EXPECT_EQ(own.Header("Content-Security-Policy"), "default-src 'self'");
  int count = 0;
  for (const auto& [name, value] : own.headers) count += name == "X-Frame-Options";
  EXPECT_EQ(count, 1);
}

}  // namespace
}  // namespace tandem::http
