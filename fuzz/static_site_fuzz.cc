// The static-site resolver (src/http/static_site.cc): the bytes are a request path (after the
// server's percent-decoding, so any byte may appear). A web root is laid out once in a temporary
// folder next to files that must never be served: a sibling folder whose name extends the
// root's, a file in the root's parent, a dot-file, a source map, and symlinks inside the root
// that point outside it. Invariants: no response ever carries a secret's content; every answer
// is 200 (a file or index.html) or 404; `/assets/*` never answers with HTML.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "fuzz/fuzz_check.h"
#include "http/static_site.h"

namespace fs = std::filesystem;

namespace {

void Write(const fs::path& file, const std::string& content) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << content;
}

struct Site {
  fs::path base;
  std::unique_ptr<tandem::http::StaticSite> site;

  Site() {
    char tmpl[] = "/tmp/tandem-static-fuzz.XXXXXX";
    FUZZ_CHECK(mkdtemp(tmpl) != nullptr, "mkdtemp failed");
    base = tmpl;
    const fs::path root = base / "web";
    Write(root / "index.html", "<html>INDEX TANDEM_CSP_NONCE</html>");
    Write(root / "assets" / "app-1234.js", "console.log('app')");
    Write(root / "assets" / "app-1234.js.map", "SECRET-sourcemap");
    Write(root / "robots.txt", "User-agent: *");
    Write(root / "docs" / "page.html", "<html>PAGE</html>");
    Write(root / ".env", "SECRET-dotfile");
    Write(root / "assets" / ".hidden", "SECRET-hidden");
    Write(base / "secret.txt", "SECRET-parent");
    Write(base / "web-private" / "key.txt", "SECRET-sibling");
    fs::create_symlink(base / "secret.txt", root / "link.txt");
    fs::create_directory_symlink(base / "web-private", root / "linkdir");
    fs::create_symlink("../secret.txt", root / "assets" / "rel.js");
    site = std::make_unique<tandem::http::StaticSite>(root.string());
  }
  ~Site() {
    std::error_code ec;
    fs::remove_all(base, ec);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Site* site = new Site();  // lives for the process; removed by atexit below
  static const bool cleanup_registered = [] {
    std::atexit([] { delete site; });
    return true;
  }();
  (void)cleanup_registered;

  tandem::http::HttpRequest req;
  req.method = (size > 0 && data[0] == 'H') ? "HEAD" : "GET";
  req.path.assign(reinterpret_cast<const char*>(data), size);
  const tandem::http::HttpResponse r = site->site->Serve(req);

  FUZZ_CHECK(r.body.find("SECRET") == std::string::npos,
             "path \"" + req.path + "\" served a file outside the web root or a private one: " +
                 r.body);
  FUZZ_CHECK(r.status == 200 || r.status == 404,
             "path \"" + req.path + "\" answered " + std::to_string(r.status));
  if (req.path.rfind("/assets/", 0) == 0)
    FUZZ_CHECK(r.Header("Content-Type").rfind("text/html", 0) != 0 || r.status != 200,
               "an asset path answered HTML: " + req.path);
  return 0;
}
