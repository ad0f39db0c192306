// The whole request pipeline above the socket: resolves the session, enforces CSRF and
// content types on /api/, routes to the resource handlers, serves the web app for everything
// else, and turns every failure into problem+json. Thread-safe after construction.
#ifndef TANDEM_HTTP_API_H_
#define TANDEM_HTTP_API_H_

#include <memory>
#include <string>

#include "app/context.h"
#include "http/event_hub.h"
#include "http/message.h"
#include "http/router.h"
#include "http/static_site.h"

namespace tandem::http {

class Api {
 public:
  // ctx must outlive the Api. web_root may not exist yet (the SPA answers 503 until built).
  // `events` serves /api/v1/me/events (live streams; it must outlive the Api); without one
  // that route answers 503.
  Api(const app::Context& ctx, std::string web_root, std::string openapi_yaml,
      EventHub* events = nullptr);

  HttpResponse Handle(const HttpRequest& req) const;
  const Router& router() const { return router_; }

 private:
  HttpResponse HandleApi(const HttpRequest& req) const;

  const app::Context& ctx_;
  Router router_;
  StaticSite site_;
};

}  // namespace tandem::http

#endif  // TANDEM_HTTP_API_H_
