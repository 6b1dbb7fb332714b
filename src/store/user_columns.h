// The columns of the `users` table, declared once (store/record_columns.h): the column
// list of every SELECT and INSERT of accounts, the parameters of an insert and the mapping
// of a row back to a UserRecord come from this one list. A column added to `users` by a
// migration gets its line in user_columns.cc (and a test fails until it does).
//
// Immutable after first use: thread-safe.
#pragma once

#include <string>
#include <vector>

#include "store/record_columns.h"
#include "store/records.h"

namespace sanwang::store {

using UserColumn = RecordColumn<UserRecord>;

// Every column of `users` but `id`, in order.
const std::vector<UserColumn>& UserColumns();

// "district_code, username, …": UserColumns() as SQL.
const std::string& UserColumnList();

// A row of `SELECT id, <UserColumnList()>`.
UserRecord UserFromRow(const Row& r);

}  // namespace sanwang::store
