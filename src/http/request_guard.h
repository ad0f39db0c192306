// RequestStreamGuard watches the bytes of one HTTP/1.1 connection as they arrive, before the
// HTTP library reads them, and says when the current request must be refused outright:
//   - kTooLarge: its Content-Length (or, for a chunked body, the bytes so far) exceeds the
//     body limit. The server can answer 413 at once instead of reading a huge body.
//   - kMalformed: the bytes are not an HTTP/1.1 request (a raw control character in the path
//     or a header, a bad request line...) or exceed the head limits; RESTinio would close the
//     connection without a word, the server answers 400 instead.
// It runs the same http_parser library RESTinio uses, so both see the same messages. Once the
// verdict is not kPass it stays so (the connection is answered and closed). Upgrade requests
// end the watch (verdict kPass for the rest of the connection).
// Pure and single-threaded: one guard per connection, fed in order.
#ifndef TANDEM_HTTP_REQUEST_GUARD_H_
#define TANDEM_HTTP_REQUEST_GUARD_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace tandem::http {

struct RequestLimits {
  uint64_t max_body_bytes = 1 << 20;
  size_t max_url_bytes = 16 * 1024;
  size_t max_field_name_bytes = 1024;
  size_t max_field_value_bytes = 16 * 1024;
  size_t max_field_count = 200;
};

class RequestStreamGuard {
 public:
  enum class Verdict { kPass, kTooLarge, kMalformed };

  explicit RequestStreamGuard(RequestLimits limits);
  ~RequestStreamGuard();
  RequestStreamGuard(const RequestStreamGuard&) = delete;
  RequestStreamGuard& operator=(const RequestStreamGuard&) = delete;

  // Feeds the next bytes read from the connection; returns the verdict so far.
  Verdict Feed(std::string_view bytes);
  Verdict verdict() const { return verdict_; }

  // Number of requests that ended within the last Feed() before the verdict was reached. When
  // it is not 0, earlier requests in those same bytes still await their answers.
  int completed_in_last_feed() const { return completed_in_feed_; }

  // What was read of the refused request, for its answer and its log line (each cut to a few
  // KiB; empty when not seen yet).
  const std::string& method() const { return method_; }
  const std::string& target() const { return target_; }  // raw request target
  const std::string& forwarded_for() const { return forwarded_for_; }
  const std::string& forwarded_proto() const { return forwarded_proto_; }

 private:
  struct Parser;
  friend struct Parser;

  RequestLimits limits_;
  std::unique_ptr<Parser> parser_;
  Verdict verdict_ = Verdict::kPass;
  bool watching_ = true;
  int completed_in_feed_ = 0;

  // Per request.
  std::string method_;
  std::string target_;
  size_t target_bytes_ = 0;
  std::string field_;  // current header name, lower-cased and cut
  size_t field_bytes_ = 0;
  size_t value_bytes_ = 0;
  bool in_value_ = false;
  size_t field_count_ = 0;
  std::string forwarded_for_;
  std::string forwarded_proto_;
  uint64_t body_bytes_ = 0;
};

}  // namespace tandem::http

#endif  // TANDEM_HTTP_REQUEST_GUARD_H_
