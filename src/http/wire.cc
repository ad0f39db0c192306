#include "http/wire.h"

#include <cctype>
#include <charconv>
#include <cstdint>
#include <system_error>

#include "base/status.h"
#include "base/strings.h"
#include "http/errors.h"

namespace tandem::http {

std::string CanonicalMethod(std::string_view method) {
  std::string out(method);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

bool IsAnswerStatus(int status) { return status >= 200 && status <= 599; }

bool IsBodylessStatus(int status) { return status == 204 || status == 304; }

bool SendsBody(std::string_view method, int status) {
  return method != "HEAD" && !IsBodylessStatus(status);
}

WireHeaders PrepareHeaders(const std::vector<std::pair<std::string, std::string>>& headers) {
  WireHeaders out;
  for (const auto& [name, value] : headers) {
    const std::string lower = ToLower(name);
    if (lower == "connection" || lower == "content-length" || lower == "transfer-encoding") {
      continue;
    }
    if (name.empty() || name.find_first_of("\r\n: ") != std::string::npos ||
        value.find_first_of("\r\n") != std::string::npos) {
      out.dropped.push_back(name);
      continue;
    }
    out.kept.emplace_back(name, value);
  }
  return out;
}

std::string SerializeClosingResponse(const HttpResponse& response) {
  std::string out = "HTTP/1.1 " + std::to_string(response.status) + " " +
                    std::string(ReasonPhrase(response.status)) + "\r\n";
  for (const auto& [name, value] : PrepareHeaders(response.headers).kept) {
    out += name + ": " + value + "\r\n";
  }
  const size_t length = IsBodylessStatus(response.status) ? 0 : response.body.size();
  out += "Content-Length: " + std::to_string(length) + "\r\nConnection: close\r\n\r\n";
  if (length > 0) out += response.body;
  return out;
}

bool DeclaredLengthExceeds(std::optional<std::string_view> content_length, size_t limit) {
  if (!content_length || content_length->empty()) return false;
  uint64_t length = 0;
  const char* first = content_length->data();
  const char* last = first + content_length->size();
  const auto [ptr, ec] = std::from_chars(first, last, length);
  return ec == std::errc() && ptr == last && length > limit;
}

HttpResponse PayloadTooLargeProblem(size_t max_body_bytes) {
  return Problem(413, "payload-too-large", "Payload too large",
                 "The request body exceeds the limit of " + std::to_string(max_body_bytes) +
                     " bytes.");
}

HttpResponse MalformedTargetProblem() {
  return ProblemResponse(InvalidArgument(
      "The request path or query string is not validly percent-encoded UTF-8 text without "
      "control characters."));
}

HttpResponse MalformedMessageProblem() {
  return ProblemResponse(InvalidArgument(
      "The request is not well-formed HTTP/1.1, or its request line or headers exceed the "
      "server's limits."));
}

HttpResponse BusyProblem() {
  return ProblemResponse(Unavailable("The server is busy; retry in a moment.").WithRetryAfter(1));
}

HttpResponse ShuttingDownProblem() {
  return ProblemResponse(
      Unavailable("The server is shutting down; retry shortly.").WithRetryAfter(1));
}

}  // namespace tandem::http
