#include "api/router.h"

#include <gtest/gtest.h>

namespace sanwang::api {
namespace {

TEST(RouterTest, MatchesSegmentsAndCaptures) {
  PathParams p;
  EXPECT_TRUE(MatchRoutePattern("/api/v1/cases/{id}", "/api/v1/cases/42", p));
  EXPECT_EQ(p["id"], "42");
  p.clear();
  EXPECT_FALSE(MatchRoutePattern("/api/v1/cases/{id}", "/api/v1/cases", p));
  EXPECT_FALSE(MatchRoutePattern("/api/v1/cases/{id}", "/api/v1/cases/42/events", p));
  EXPECT_FALSE(MatchRoutePattern("/api/v1/cases/{id}", "/api/v1/cases/", p));
}

TEST(RouterTest, CapturesBeforeASuffix) {
  PathParams p;
  EXPECT_TRUE(
      MatchRoutePattern("/open311/v2/services/{code}.{format}", "/open311/v2/services/A01-003.json", p));
  EXPECT_EQ(p["code"], "A01-003");
  EXPECT_EQ(p["format"], "json");
  p.clear();
  EXPECT_TRUE(MatchRoutePattern("/open311/v2/requests.{format}", "/open311/v2/requests.xml", p));
  EXPECT_EQ(p["format"], "xml");
  EXPECT_FALSE(MatchRoutePattern("/open311/v2/requests.{format}", "/open311/v2/requests", p));
  EXPECT_FALSE(MatchRoutePattern("/open311/v2/requests.{format}", "/open311/v2/services.json", p));
}

TEST(RouterTest, TellsUnknownPathFromWrongMethod) {
  Router<int> router;
  router.Add("GET", "/a/{id}", 1);
  router.Add("POST", "/a/{id}", 2);
  bool known = false;
  auto get = router.Find("GET", "/a/7", &known);
  ASSERT_TRUE(get);
  EXPECT_EQ(get->route->handler, 1);
  EXPECT_EQ(router.Find("HEAD", "/a/7", &known)->route->handler, 1);
  EXPECT_FALSE(router.Find("DELETE", "/a/7", &known));
  EXPECT_TRUE(known);
  EXPECT_FALSE(router.Find("GET", "/b", &known));
  EXPECT_FALSE(known);
}

}  // namespace
}  // namespace sanwang::api
