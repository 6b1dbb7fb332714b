#include "store/user_columns.h"

namespace sanwang::store {

const std::vector<UserColumn>& UserColumns() {
  using U = UserRecord;
  static const std::vector<UserColumn> kColumns = {
      Field<&U::district_code>("district_code"),
      Field<&U::username>("username"),
      Field<&U::display_name>("display_name"),
      Sealed<&U::phone>("phone"),
      LookupOf<&U::phone>("phone_lookup"),
      Field<&U::role>("role"),
      Field<&U::unit_id>("unit_id"),
      Field<&U::password_hash>("password_hash"),
      Field<&U::disabled>("disabled"),
      Field<&U::created_at>("created_at"),
      Field<&U::must_change_password>("must_change_password"),
      Field<&U::password_changed_at>("password_changed_at"),
      Field<&U::demo_password>("demo_password"),
  };
  return kColumns;
}

const std::string& UserColumnList() {
  static const std::string kList = ColumnList(UserColumns());
  return kList;
}

UserRecord UserFromRow(const Row& r) {
  UserRecord u;
  u.id = r.Int(0);
  ReadColumns(UserColumns(), r, 1, u);
  return u;
}

}  // namespace sanwang::store
