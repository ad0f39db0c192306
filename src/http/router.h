// An explicit route table: (method, pattern) -> handler, patterns like
// "/api/v1/organisations/{org}/programs/{id}". Segments in braces bind path parameters.
// Build the table at start-up, then Match() concurrently (read-only after set-up).
#ifndef TANDEM_HTTP_ROUTER_H_
#define TANDEM_HTTP_ROUTER_H_

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "app/context.h"
#include "http/message.h"

namespace tandem::http {

// What a handler gets: the request, its path parameters, and who is calling.
struct RequestContext {
  const HttpRequest& request;
  std::map<std::string, std::string> params;
  app::Caller caller;
  std::string session_token;  // raw cookie value, empty when none
  std::string csrf_token;     // the session's CSRF token, empty when signed out

  const std::string& Param(const std::string& name) const { return params.at(name); }
};

using RouteHandler = std::function<HttpResponse(RequestContext&)>;

struct Route {
  std::string method;
  std::string pattern;
  RouteHandler handler;
};

class Router {
 public:
  void Add(std::string method, std::string pattern, RouteHandler handler);

  struct Match {
    const Route* route = nullptr;          // null when nothing matched
    std::map<std::string, std::string> params;
    std::vector<std::string> allowed;      // methods for this path when the method did not match
  };
  Match Find(const std::string& method, const std::string& path) const;

  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace tandem::http

#endif  // TANDEM_HTTP_ROUTER_H_
