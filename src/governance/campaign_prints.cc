#include "governance/campaign_prints.h"

#include <algorithm>
#include <cstdio>

#include "governance/campaign_access.h"
#include "governance/campaign_awards.h"
#include "governance/campaign_entry_file.h"
#include "report/pdf_book.h"
#include "report/pdf_certificate.h"

namespace sanwang::governance {
namespace {

struct Printed {
  Campaign campaign;
  std::vector<AwardedEntry> results;
  LocalDate decided_on;
};

Result<Printed> Published(const CampaignDesk& desk, store::Id campaign_id) {
  SW_ASSIGN_OR_RETURN(auto campaign, FindCampaign(desk, campaign_id));
  SW_ASSIGN_OR_RETURN(auto results, CampaignResults(desk, campaign_id));
  SW_ASSIGN_OR_RETURN(auto awards, store::CampaignRepository(desk.db).Awards(campaign_id));
  UnixSeconds decided = 0;
  for (const auto& a : awards) decided = std::max(decided, a.decided_at);
  return Printed{std::move(campaign), std::move(results), LocalDateOf(decided)};
}

report::Certificate CertificateOf(const Printed& p, std::size_t index) {
  const AwardedEntry& a = p.results[index];
  char number[64];
  std::snprintf(number, sizeof number, "〔%d〕第 %03zu 号", static_cast<int>(p.decided_on.year()), index + 1);
  return {"荣誉证书",
          a.author_name + " 同志：",
          "你的作品《" + a.title + "》在" + p.campaign.terms.title + "中荣获",
          a.tier_name,
          p.campaign.terms.issuer,
          p.decided_on,
          "证书编号 " + std::string(number)};
}

std::string ChapterText(const store::CampaignEntryRecord& entry) {
  auto text = EntryText(entry.data, entry.content_type);
  if (text.ok() && !text->empty()) return *text;
  return "（作品为 " + EntryKindOf(entry.content_type) + " 文件，见原件。The work is a " +
         EntryKindOf(entry.content_type) + " file; see the original.）";
}

}  // namespace

Result<std::string> CertificatePdf(const CampaignDesk& desk, store::Id entry_id) {
  SW_ASSIGN_OR_RETURN(auto entry, EntryWithFile(desk, entry_id));
  SW_ASSIGN_OR_RETURN(Printed p, Published(desk, entry.campaign_id));
  for (std::size_t i = 0; i < p.results.size(); ++i) {
    if (p.results[i].entry_id == entry_id) return report::RenderCertificatesPdf({CertificateOf(p, i)});
  }
  return NotFound("该作品未获奖 the entry has no award");
}

Result<std::string> AllCertificatesPdf(const CampaignDesk& desk, store::Id campaign_id) {
  SW_RETURN_IF_ERROR(MayOrganizeCampaigns(desk.actor));
  SW_ASSIGN_OR_RETURN(Printed p, Published(desk, campaign_id));
  std::vector<report::Certificate> all;
  for (std::size_t i = 0; i < p.results.size(); ++i) all.push_back(CertificateOf(p, i));
  return report::RenderCertificatesPdf(all);
}

Result<std::string> AnthologyPdf(const CampaignDesk& desk, store::Id campaign_id) {
  SW_ASSIGN_OR_RETURN(Printed p, Published(desk, campaign_id));
  report::Book book{p.campaign.terms.title + "获奖作品集",
                    p.campaign.terms.issuer + " 编",
                    p.campaign.terms.issuer,
                    p.decided_on,
                    "",
                    {}};
  book.foreword = "本作品集收录" + p.campaign.terms.title + "的全部获奖作品，共 " +
                  std::to_string(p.results.size()) + " 篇，按奖项排列。";
  store::CampaignRepository repo(desk.db);
  for (const AwardedEntry& a : p.results) {
    SW_ASSIGN_OR_RETURN(auto entry, repo.GetEntry(a.entry_id));
    book.chapters.push_back({a.title, a.author_name + " · " + a.tier_name, ChapterText(entry)});
  }
  return report::RenderBookPdf(book);
}

std::string CertificateFileStem(store::Id entry_id) { return "certificate-" + std::to_string(entry_id); }

std::string AnthologyFileStem(const Campaign& campaign) {
  return "anthology-" + std::to_string(campaign.record.id);
}

}  // namespace sanwang::governance
