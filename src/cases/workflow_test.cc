#include "cases/workflow.h"

#include <gtest/gtest.h>

#include "testing/test_databases.h"

namespace sanwang::cases {
namespace {

TEST(WorkflowTest, ShippedResidentMatterWorkflowHasEveryTransitionOfTheDesign) {
  auto w =
      Workflow::Load(std::filesystem::path(testing::SourceDir()) / "config/workflows/resident_matter.toml");
  ASSERT_TRUE(w.ok()) << w.status().ToString();
  EXPECT_EQ(w->initial(), "submitted");
  for (const char* action :
       {"route", "accept", "resolve", "return", "redispatch", "escalate", "request_extension",
        "approve_extension", "deny_extension", "rate", "visit", "supervise", "reclassify", "merge"}) {
    EXPECT_TRUE(w->HasAction(action)) << action;
  }
  EXPECT_NE(w->Find("accept", "dispatched"), nullptr);
  EXPECT_EQ(w->Find("accept", "accepted"), nullptr);
  EXPECT_TRUE(w->IsOpen("accepted"));
  EXPECT_FALSE(w->IsOpen("closed"));
  EXPECT_EQ(w->StatesWhereOpen(false), (std::vector<std::string>{"resolved", "closed"}));
  EXPECT_EQ(w->StatesWhereOpen(true).size(), 5u);
  EXPECT_EQ(w->StatesWhereActionStarts("supervise"),
            (std::vector<std::string>{"dispatched", "accepted", "extension_pending", "returned"}));
  EXPECT_TRUE(w->StatesWhereActionStarts("no_such_action").empty());
  EXPECT_TRUE(w->Find("resolve", "accepted")->note_required);
  EXPECT_EQ(w->Find("rate", "resolved")->scope, Scope::kReporter);
}

TEST(WorkflowTest, DuplicateSettingsAreReadAndChecked) {
  auto w =
      Workflow::Load(std::filesystem::path(testing::SourceDir()) / "config/workflows/resident_matter.toml");
  ASSERT_TRUE(w.ok());
  EXPECT_EQ(w->duplicate_radius_m(), 50);
  EXPECT_EQ(w->duplicate_window_days(), 30);
  EXPECT_DOUBLE_EQ(w->duplicate_min_similarity(), 0.2);
  EXPECT_EQ(w->Find("merge", "accepted")->to, "closed");
  const std::string head = "name = \"w\"\ninitial = \"a\"\n[[state]]\nname = \"a\"\n";
  EXPECT_TRUE(Workflow::Parse(head).ok());
  EXPECT_FALSE(Workflow::Parse("duplicate_min_similarity = 1.5\n" + head).ok());
  EXPECT_FALSE(Workflow::Parse("duplicate_radius_m = -1\n" + head).ok());
}

TEST(WorkflowTest, AStateDueHoursAreReadAndChecked) {
  auto with = [](const std::string& state) {
    return Workflow::Parse("name = \"w\"\ninitial = \"a\"\n[[state]]\nname = \"a\"\n" + state);
  };
  auto w = with("due_hours = 16\n");
  ASSERT_TRUE(w.ok()) << w.status().ToString();
  EXPECT_EQ(w->FindState("a")->due_hours, 16);
  EXPECT_EQ(with("")->FindState("a")->due_hours, 0);
  EXPECT_FALSE(with("due_hours = -1\n").ok());
  EXPECT_FALSE(with("due_hours = 8\nopen = false\n").ok());
}

TEST(WorkflowTest, RejectsInconsistentDefinitions) {
  const std::string head =
      "name = \"w\"\ninitial = \"a\"\n[[state]]\nname = \"a\"\n[[state]]\nname = \"b\"\n";
  auto with = [&](const std::string& transition) {
    return Workflow::Parse(head + "[[transition]]\n" + transition);
  };
  EXPECT_TRUE(with("action=\"go\"\nfrom=[\"a\"]\nto=\"b\"\nroles=[\"admin\"]\neffect=\"accept\"").ok());
  EXPECT_FALSE(with("action=\"go\"\nfrom=[\"x\"]\nto=\"b\"\nroles=[\"admin\"]\neffect=\"accept\"").ok());
  EXPECT_FALSE(with("action=\"go\"\nfrom=[\"a\"]\nto=\"z\"\nroles=[\"admin\"]\neffect=\"accept\"").ok());
  EXPECT_FALSE(with("action=\"go\"\nfrom=[\"a\"]\nto=\"b\"\nroles=[\"mayor\"]\neffect=\"accept\"").ok());
  EXPECT_FALSE(with("action=\"go\"\nfrom=[\"a\"]\nto=\"b\"\nroles=[\"admin\"]\neffect=\"teleport\"").ok());
  EXPECT_FALSE(
      with("action=\"go\"\nfrom=[\"a\"]\nto=\"b\"\nroles=[\"admin\"]\neffect=\"accept\"\nscope=\"world\"")
          .ok());
  EXPECT_FALSE(Workflow::Parse("name = \"w\"\ninitial = \"nope\"").ok());
  EXPECT_FALSE(Workflow::Parse("not toml = = =").ok());
}

TEST(WorkflowTest, AStatesLabelIsItsOwnOrItsNameWhenTheWorkflowHasNoSuchState) {
  auto w =
      Workflow::Load(std::filesystem::path(testing::SourceDir()) / "config/workflows/resident_matter.toml");
  ASSERT_TRUE(w.ok()) << w.status().ToString();
  EXPECT_EQ(w->LabelOf(w->initial()), w->FindState(w->initial())->label);
  EXPECT_NE(w->LabelOf(w->initial()), w->initial());
  EXPECT_EQ(w->LabelOf("retired_state"), "retired_state");
}

}  // namespace
}  // namespace sanwang::cases
