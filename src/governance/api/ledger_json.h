// The task ledger in JSON (docs/governance.md): milestones as a caller sees them — with the
// workflow's label for the state, whether it is open and overdue, and the actions the
// caller may take — the outline of programmes, projects and tasks, events, and the bodies
// of the write routes, read strictly (an unknown field or a wrong type is a 400 naming it).
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "governance/ledger_book.h"

namespace sanwang::api {

nlohmann::json MilestoneJson(const governance::Ledger& ledger, const store::LedgerMilestoneRecord& m);
nlohmann::json LedgerEventJson(const store::LedgerEventRecord& e);
nlohmann::json ProgrammeJson(const store::LedgerProgrammeRecord& p);
nlohmann::json ProjectJson(const store::LedgerProjectRecord& p);
nlohmann::json TaskJson(const governance::Ledger& ledger, const store::LedgerTaskRecord& t);
// The outline, nested: programmes → projects → tasks; and the workflow's states and actions.
nlohmann::json OutlineJson(const governance::Ledger& ledger, const governance::LedgerOutline& outline);

struct NamedItem {
  std::int64_t parent_id = 0;  // the programme of a project; unused for a programme
  std::string name;
  std::string description;
};
Result<NamedItem> ProgrammeFromJson(const std::string& body);
Result<NamedItem> ProjectFromJson(const std::string& body);
Result<governance::NewTask> NewTaskFromJson(const std::string& body);
Result<governance::NewMilestone> NewMilestoneFromJson(const std::string& body);
Result<std::vector<store::Id>> DependenciesFromJson(const std::string& body);
Result<governance::MilestoneAction> MilestoneActionFromJson(const std::string& body);

}  // namespace sanwang::api
