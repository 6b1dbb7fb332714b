#include "notify/store/delivery_settings_repository.h"

#include "store/personal_data_reseal.h"
#include "store/record_columns.h"
#include "store/sql_text.h"

namespace sanwang::store {
namespace {

using SettingsColumn = RecordColumn<DeliverySettingsRecord>;

// Every column after the user id, declared once for the read and the write.
const std::vector<SettingsColumn>& SettingsColumns() {
  using S = DeliverySettingsRecord;
  static const std::vector<SettingsColumn> kColumns = {
      Field<&S::district_code>("district_code"),   Field<&S::channels>("channels"),
      Field<&S::quiet_from>("quiet_from"),         Field<&S::quiet_to>("quiet_to"),
      Field<&S::essential_only>("essential_only"), Sealed<&S::email>("email"),
      Sealed<&S::wechat_openid>("wechat_openid"),  Field<&S::updated_at>("updated_at"),
      Field<&S::kind_channels>("kind_channels"),
  };
  return kColumns;
}

}  // namespace

// The sealed columns, for the key rotation (store/sealed_tables.cc).
std::vector<SealedTable> NotifySealedTables() {
  return {{"notify_settings", "user_id", {{"email", ""}, {"wechat_openid", ""}}}};
}

Result<std::optional<DeliverySettingsRecord>> DeliverySettingsRepository::Of(Id user_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT user_id, " + ColumnList(SettingsColumns()) +
                                               " FROM notify_settings WHERE user_id = ?",
                                           {user_id}));
  if (rows.empty()) return std::optional<DeliverySettingsRecord>();
  DeliverySettingsRecord settings;
  settings.user_id = rows.front().Int(0);
  ReadColumns(SettingsColumns(), rows.front(), 1, settings);
  return std::optional<DeliverySettingsRecord>(std::move(settings));
}

Status DeliverySettingsRepository::Put(const DeliverySettingsRecord& settings) {
  return db_.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(
        db_.Execute("DELETE FROM notify_settings WHERE user_id = ?", {settings.user_id}).status());
    SqlParams params = {settings.user_id};
    for (SqlValue& v : ColumnValues(SettingsColumns(), settings)) params.push_back(std::move(v));
    return db_
        .Execute("INSERT INTO notify_settings (user_id, " + ColumnList(SettingsColumns()) + ") VALUES (" +
                     Placeholders(SettingsColumns().size() + 1) + ")",
                 params)
        .status();
  });
}

}  // namespace sanwang::store
