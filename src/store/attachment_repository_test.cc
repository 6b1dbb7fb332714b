#include "store/attachment_repository.h"

#include "store/case_repository.h"
#include "store/store_test_fixture.h"

namespace sanwang::store {
namespace {

class AttachmentRepositoryTest : public BackendTest {};

TEST_P(AttachmentRepositoryTest, BinaryDataRoundTripsExactly) {
  auto created = InsertMinimalCase(db(), "照片", "submitted");
  ASSERT_TRUE(created.ok());
  std::string bytes;
  for (int i = 0; i < 70000; ++i) bytes += static_cast<char>(i * 7 % 256);  // every byte value, NULs too
  AttachmentRecord a;
  a.district_code = "411002";
  a.case_id = created->updated.id;
  a.content_type = "image/png";
  a.size_bytes = static_cast<std::int64_t>(bytes.size());
  a.sha256 = "x";
  a.data = bytes;
  a.created_at = 1795924149;
  AttachmentRepository repo(db());
  auto inserted = repo.Insert(a);
  ASSERT_TRUE(inserted.ok()) << inserted.status().ToString();
  auto got = repo.Get(a.case_id, inserted->id);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->data, bytes);
  EXPECT_EQ(got->content_type, "image/png");
  auto listed = repo.ListForCase(a.case_id);
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_TRUE(listed->at(0).data.empty());
  EXPECT_EQ(repo.Get(a.case_id, inserted->id + 1).status().code(), ErrorCode::kNotFound);
}

SANWANG_INSTANTIATE_BACKENDS(AttachmentRepositoryTest);

}  // namespace
}  // namespace sanwang::store
