#include "store/table_order.h"

#include <algorithm>
#include <map>
#include <set>

namespace sanwang::store {

Result<std::vector<std::string>> ParentsFirst(std::vector<std::string> tables,
                                              const std::vector<TableReference>& references) {
  std::sort(tables.begin(), tables.end());
  std::map<std::string, std::set<std::string>> waits_for;  // a table's parents not yet placed
  for (const std::string& t : tables) waits_for[t];
  for (const TableReference& r : references) {
    if (r.child != r.parent && waits_for.count(r.child) > 0 && waits_for.count(r.parent) > 0) {
      waits_for[r.child].insert(r.parent);
    }
  }
  std::vector<std::string> order;
  while (order.size() < tables.size()) {
    auto ready = std::find_if(tables.begin(), tables.end(), [&](const std::string& t) {
      auto it = waits_for.find(t);
      return it != waits_for.end() && it->second.empty();
    });
    if (ready == tables.end()) return Internal("表之间的外键成环 the tables' foreign keys form a cycle");
    const std::string placed = *ready;
    order.push_back(placed);
    waits_for.erase(placed);
    for (auto& [table, parents] : waits_for) parents.erase(placed);
  }
  return order;
}

}  // namespace sanwang::store
