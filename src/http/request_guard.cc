#include "http/request_guard.h"

#include <http_parser.h>

#include <cctype>
#include <climits>

namespace tandem::http {

namespace {

constexpr size_t kKeep = 4096;  // bytes of the target and of each forwarding header kept

void AppendCut(std::string& out, const char* at, size_t length) {
  if (out.size() < kKeep) out.append(at, std::min(length, kKeep - out.size()));
}

}  // namespace

struct RequestStreamGuard::Parser {
  http_parser parser;
  http_parser_settings settings;

  static RequestStreamGuard& Guard(http_parser* p) {
    return *static_cast<RequestStreamGuard*>(p->data);
  }

  static int OnMessageBegin(http_parser* p) {
    RequestStreamGuard& g = Guard(p);
    g.method_.clear();
    g.target_.clear();
    g.target_bytes_ = 0;
    g.field_.clear();
    g.field_bytes_ = g.value_bytes_ = g.field_count_ = 0;
    g.in_value_ = false;
    g.forwarded_for_.clear();
    g.forwarded_proto_.clear();
    g.body_bytes_ = 0;
    return 0;
  }

  static int OnUrl(http_parser* p, const char* at, size_t length) {
    RequestStreamGuard& g = Guard(p);
    g.method_ = http_method_str(static_cast<http_method>(p->method));
    g.target_bytes_ += length;
    AppendCut(g.target_, at, length);
    if (g.target_bytes_ > g.limits_.max_url_bytes) return Refuse(g, Verdict::kMalformed);
    return 0;
  }

  static int OnHeaderField(http_parser* p, const char* at, size_t length) {
    RequestStreamGuard& g = Guard(p);
    if (g.in_value_ || g.field_count_ == 0) {
      if (++g.field_count_ > g.limits_.max_field_count) return Refuse(g, Verdict::kMalformed);
      g.field_.clear();
      g.field_bytes_ = 0;
      g.value_bytes_ = 0;
      g.in_value_ = false;
    }
    g.field_bytes_ += length;
    if (g.field_bytes_ > g.limits_.max_field_name_bytes) return Refuse(g, Verdict::kMalformed);
    for (size_t i = 0; i < length && g.field_.size() < 64; ++i) {
      g.field_.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(at[i]))));
    }
    return 0;
  }

  static int OnHeaderValue(http_parser* p, const char* at, size_t length) {
    RequestStreamGuard& g = Guard(p);
    if (!g.in_value_) {
      g.in_value_ = true;
      std::string* joined = g.field_ == "x-forwarded-for"     ? &g.forwarded_for_
                            : g.field_ == "x-forwarded-proto" ? &g.forwarded_proto_
                                                              : nullptr;
      if (joined && !joined->empty()) AppendCut(*joined, ",", 1);
    }
    g.value_bytes_ += length;
    if (g.value_bytes_ > g.limits_.max_field_value_bytes) return Refuse(g, Verdict::kMalformed);
    if (g.field_ == "x-forwarded-for") AppendCut(g.forwarded_for_, at, length);
    if (g.field_ == "x-forwarded-proto") AppendCut(g.forwarded_proto_, at, length);
    return 0;
  }

  static int OnHeadersComplete(http_parser* p) {
    RequestStreamGuard& g = Guard(p);
    g.method_ = http_method_str(static_cast<http_method>(p->method));
    if (p->content_length != ULLONG_MAX && p->content_length > g.limits_.max_body_bytes) {
      return Refuse(g, Verdict::kTooLarge);
    }
    return 0;
  }

  static int OnBody(http_parser* p, const char*, size_t length) {
    RequestStreamGuard& g = Guard(p);
    g.body_bytes_ += length;
    if (g.body_bytes_ > g.limits_.max_body_bytes) return Refuse(g, Verdict::kTooLarge);
    return 0;
  }

  static int OnMessageComplete(http_parser* p) {
    ++Guard(p).completed_in_feed_;
    return 0;
  }

  // A non-zero return makes http_parser stop with a callback error.
  static int Refuse(RequestStreamGuard& g, Verdict v) {
    g.verdict_ = v;
    return -1;
  }
};

RequestStreamGuard::RequestStreamGuard(RequestLimits limits)
    : limits_(limits), parser_(std::make_unique<Parser>()) {
  http_parser_init(&parser_->parser, HTTP_REQUEST);
  parser_->parser.data = this;
  http_parser_settings_init(&parser_->settings);
  parser_->settings.on_message_begin = &Parser::OnMessageBegin;
  parser_->settings.on_url = &Parser::OnUrl;
  parser_->settings.on_header_field = &Parser::OnHeaderField;
  parser_->settings.on_header_value = &Parser::OnHeaderValue;
  parser_->settings.on_headers_complete = &Parser::OnHeadersComplete;
  parser_->settings.on_body = &Parser::OnBody;
  parser_->settings.on_message_complete = &Parser::OnMessageComplete;
}

RequestStreamGuard::~RequestStreamGuard() = default;

RequestStreamGuard::Verdict RequestStreamGuard::Feed(std::string_view bytes) {
  if (!watching_ || verdict_ != Verdict::kPass) return verdict_;
  completed_in_feed_ = 0;
  http_parser_execute(&parser_->parser, &parser_->settings, bytes.data(), bytes.size());
  if (verdict_ != Verdict::kPass) return verdict_;
  if (parser_->parser.upgrade) {
    watching_ = false;  // the rest is another protocol; RESTinio decides
  } else if (HTTP_PARSER_ERRNO(&parser_->parser) != HPE_OK) {
    verdict_ = Verdict::kMalformed;
  }
  return verdict_;
}

}  // namespace tandem::http
