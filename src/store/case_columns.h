// The columns of the `cases` table, declared once: each entry names a column and the
// CaseRecord field it holds, and from that one table come the column list of every SELECT,
// INSERT and UPDATE of cases, the parameters of a write and the mapping of a row back to a
// record — so the list and the mapping cannot drift apart. A column added to `cases` by a
// migration gets its one line in case_columns.cc (and a test fails until it does).
//
// Immutable after first use: thread-safe.
#pragma once

#include <string>
#include <vector>

#include "store/database.h"
#include "store/record_columns.h"
#include "store/records.h"

namespace sanwang::store {

using CaseColumn = RecordColumn<CaseRecord>;

// Every column of `cases` but `id`, in order.
const std::vector<CaseColumn>& CaseColumns();

// "district_code, workflow, …": CaseColumns() as SQL.
const std::string& CaseColumnList();

// The parameters for CaseColumnList(), in order.
SqlParams CaseValues(const CaseRecord& c);

// A row of `SELECT id, <CaseColumnList()>`.
CaseRecord CaseFromRow(const Row& r);

}  // namespace sanwang::store
