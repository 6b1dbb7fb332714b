// Paper and telephone answers typed into a spreadsheet and brought in at once (问卷批量录入):
// a CSV with a column `community` (the community's code or name), `channel` (paper or
// telephone) and one column per question as the export writes them — a matrix's rows as
// "q.row", a multiple choice's options joined by ";", an empty cell for no answer. Every
// row is read and checked against the questionnaire first; one bad row refuses the whole
// file, naming its line and the question, and nothing is stored. Organizers only, while
// the survey takes answers. Functions over a Database and an OrgDirectory snapshot;
// thread-safe as the Database.
#pragma once

#include <string_view>

#include "governance/survey_desk.h"

namespace sanwang::governance {

// How many answers were stored.
Result<int> ImportAnswers(const SurveyDesk& desk, store::Id id, std::string_view csv);

}  // namespace sanwang::governance
