// What a published campaign prints (证书与作品集): a certificate for each award — the
// winner's name as their entry gave it, the award, the campaign and its issuing body, the
// day the awards were decided, a number in the order of the results — and the anthology,
// the winning works in one PDF with a table of contents, tier by tier as the results list
// them (a text or Word entry's words; a PDF or photo entry is named and left to its file).
// Rendered on request by report/pdf_certificate.h and report/pdf_book.h; nothing is kept.
//
// A winner's certificate goes to its author and to organizers, who may also print every
// certificate at once; the anthology to everyone who reads campaigns. FailedPrecondition
// before the results are published.
#pragma once

#include <string>

#include "governance/campaign_desk.h"

namespace sanwang::governance {

// The certificate of one awarded entry; NotFound for an entry without an award or not the
// caller's (unless an organizer).
Result<std::string> CertificatePdf(const CampaignDesk& desk, store::Id entry_id);
// Every certificate of the campaign, a page each, in the order of the results (organizers).
Result<std::string> AllCertificatesPdf(const CampaignDesk& desk, store::Id campaign_id);
Result<std::string> AnthologyPdf(const CampaignDesk& desk, store::Id campaign_id);

// The file names the prints are downloaded under (without extension).
std::string CertificateFileStem(store::Id entry_id);
std::string AnthologyFileStem(const Campaign& campaign);

}  // namespace sanwang::governance
