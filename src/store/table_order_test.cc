#include "store/table_order.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace sanwang::store {
namespace {

std::size_t PlaceOf(const std::vector<std::string>& order, const std::string& table) {
  return static_cast<std::size_t>(std::find(order.begin(), order.end(), table) - order.begin());
}

TEST(TableOrderTest, EveryTableComesAfterTheTablesItRefersTo) {
  // cases → units, users → units, case_events → cases and users, units → units (its parent).
  std::vector<TableReference> refs = {
      {"case_events", "cases"}, {"case_events", "users"}, {"cases", "units"},
      {"users", "units"},       {"units", "units"},
  };
  auto order = ParentsFirst({"case_events", "users", "cases", "units", "audit_log"}, refs);
  ASSERT_TRUE(order.ok()) << order.status().ToString();
  ASSERT_EQ(order->size(), 5u);
  for (const TableReference& r : refs) {
    if (r.child != r.parent) {
      EXPECT_LT(PlaceOf(*order, r.parent), PlaceOf(*order, r.child)) << r.child;
    }
  }
  EXPECT_EQ(order->front(), "audit_log");  // ties go in name order
}

TEST(TableOrderTest, ReferencesToTablesNotListedAreIgnored) {
  auto order = ParentsFirst({"b", "a"}, {{"a", "elsewhere"}});
  ASSERT_TRUE(order.ok());
  EXPECT_EQ(*order, (std::vector<std::string>{"a", "b"}));
}

TEST(TableOrderTest, ACycleIsRefused) {
  auto order = ParentsFirst({"a", "b", "c"}, {{"a", "b"}, {"b", "a"}});
  EXPECT_EQ(order.status().code(), ErrorCode::kInternal);
}

}  // namespace
}  // namespace sanwang::store
