// Party and social organizations kept through the book on both engines: who may add them
// where, what each caller sees, a parent that would close a cycle refused on edit, and a
// name taken twice refused naming the field with nothing written.
#include "bodies/body_book.h"

#include "bodies/bodies_test_fixture.h"
#include "bodies/body_access.h"

namespace sanwang::bodies {
namespace {

class BodyBookTest : public BodiesTest {
 protected:
  Result<store::PartyOrgRecord> AddParty(const cases::Actor& who, const std::string& kind,
                                         const std::string& name, const std::string& unit,
                                         std::optional<store::Id> parent = std::nullopt) {
    store::PartyOrgRecord p;
    p.kind = kind;
    p.name = name;
    p.unit_code = unit;
    p.secretary = "李强";
    p.members = 30;
    p.parent_id = parent;
    OrgBodies bodies = BodiesOf(who);
    SW_RETURN_IF_ERROR(ResolvePartyOrgRefs(bodies, p));
    return CreatePartyOrg(bodies, p);
  }
  Result<store::SocialOrgRecord> AddSocial(const cases::Actor& who, const std::string& name,
                                           const std::string& community) {
    store::SocialOrgRecord s;
    s.kind = "social_organization";
    s.name = name;
    s.credit_code = "91350100M000100Y43";
    s.field = "elder_care";
    s.contact_name = "王芳";
    s.contact_phone = "13812345678";
    s.community_code = community;
    SW_RETURN_IF_ERROR(ResolveSocialOrgRefs(*org_, s));
    return CreateSocialOrg(BodiesOf(who), s);
  }
};

TEST_P(BodyBookTest, StaffKeepTheirOwnUnitAndThoseBelowAdminsAll) {
  EXPECT_TRUE(AddParty(Staff("community_staff", "C"), "branch", "C支部", "C").ok());
  EXPECT_EQ(AddParty(Staff("community_staff", "C"), "branch", "C2支部", "C2").status().code(),
            ErrorCode::kPermissionDenied);
  EXPECT_TRUE(AddParty(Staff("street_staff", "S"), "party_committee", "S党委", "S").ok());
  EXPECT_TRUE(AddParty(Staff("street_staff", "S"), "branch", "C2支部", "C2").ok());
  EXPECT_EQ(AddParty(Staff("street_staff", "S2"), "branch", "C另一支部", "C").status().code(),
            ErrorCode::kPermissionDenied);
  EXPECT_EQ(AddParty(Staff("leader", "D"), "branch", "领导支部", "C").status().code(),
            ErrorCode::kPermissionDenied);
  EXPECT_TRUE(AddParty(Admin(), "party_committee", "DEPT党组", "DEPT").ok());

  auto seen_by_c2 = ListPartyOrgs(BodiesOf(Staff("community_staff", "C2")), "", "");
  ASSERT_TRUE(seen_by_c2.ok());
  ASSERT_EQ(seen_by_c2->size(), 1u);
  EXPECT_EQ((*seen_by_c2)[0].name, "C2支部");
  auto seen_by_leader = ListPartyOrgs(BodiesOf(Staff("leader", "D")), "", "");
  EXPECT_EQ(seen_by_leader->size(), 4u);
  EXPECT_EQ(ListPartyOrgs(BodiesOf(Staff("leader", "D")), "S", "branch")->size(), 2u);
  EXPECT_EQ(ListPartyOrgs(BodiesOf(Staff("community_staff", "C2")), "C", "").status().code(),
            ErrorCode::kPermissionDenied);
  EXPECT_EQ(ListPartyOrgs(BodiesOf(Staff("grid_worker", "G")), "", "").status().code(),
            ErrorCode::kPermissionDenied);
}

TEST_P(BodyBookTest, AParentThatWouldCloseACycleIsRefused) {
  auto committee = AddParty(Admin(), "party_committee", "S党委", "S");
  ASSERT_TRUE(committee.ok()) << committee.status().ToString();
  auto general = AddParty(Admin(), "general_branch", "C党总支", "C", committee->id);
  ASSERT_TRUE(general.ok()) << general.status().ToString();
  EXPECT_EQ(general->parent_name, "S党委");
  auto branch = AddParty(Admin(), "branch", "C第一支部", "C", general->id);
  ASSERT_TRUE(branch.ok()) << branch.status().ToString();

  store::PartyOrgRecord looped = *committee;
  looped.unit_id = ids_.at("C");  // so that the unit rule would let it sit under the general branch
  looped.parent_id = general->id;
  auto refused = UpdatePartyOrg(BodiesOf(Admin()), looped);
  EXPECT_EQ(refused.status().field(), "parent") << refused.status().ToString();
  EXPECT_NE(refused.status().message().find("below it"), std::string::npos) << refused.status().ToString();
  auto stored = FindPartyOrg(BodiesOf(Admin()), committee->id);
  EXPECT_FALSE(stored->parent_id.has_value());
  EXPECT_EQ(stored->unit_id, ids_.at("S"));
  EXPECT_EQ(AddParty(Admin(), "branch", "C第二支部", "C", branch->id).status().field(), "parent");
}

TEST_P(BodyBookTest, NamesAreUniqueAndTheContactPhoneIsForTheServedCommunity) {
  auto made = AddSocial(Staff("community_staff", "C"), "夕阳红互助会", "C");
  ASSERT_TRUE(made.ok()) << made.status().ToString();
  auto again = AddSocial(Admin(), "夕阳红互助会", "C2");
  EXPECT_EQ(again.status().field(), "name");
  EXPECT_EQ(ListSocialOrgs(BodiesOf(Admin()), "", "")->size(), 1u);
  EXPECT_TRUE(SeesContactOf(Staff("community_staff", "C"), *made));
  EXPECT_TRUE(SeesContactOf(Admin(), *made));
  EXPECT_FALSE(SeesContactOf(Staff("street_staff", "S"), *made));
  EXPECT_FALSE(SeesContactOf(Staff("community_staff", "C2"), *made));
  EXPECT_FALSE(SeesContactOf(Staff("leader", "D"), *made));
  EXPECT_EQ(AddSocial(Admin(), "街道社团", "S").status().field(), "community_code");
}

SANWANG_INSTANTIATE_BACKENDS(BodyBookTest);

}  // namespace
}  // namespace sanwang::bodies
