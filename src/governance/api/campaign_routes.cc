// Campaigns over HTTP (征文, docs/governance.md §10): setting a campaign up and naming its
// reviewers, sending entries (the body is the file itself, as the ledger's evidence), the
// blind review, the discussion, the committee's standings and awards, publication and the
// results. Every decision is governance/campaign_desk.h's, campaign_review.h's and
// campaign_awards.h's; this file turns HTTP into those calls and answers back.
#include "api/api.h"
#include "api/file_download.h"
#include "api/openapi_schema.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "core/sha256.h"
#include "governance/api/campaign_call.h"
#include "governance/api/campaign_json.h"
#include "governance/api/campaign_schemas.h"
#include "governance/campaign_awards.h"
#include "governance/campaign_entry_file.h"
#include "governance/campaign_prints.h"
#include "governance/campaign_review.h"
#include "governance/evidence_file.h"

namespace sanwang::api {
namespace {

using governance::CampaignDesk;

Result<std::int64_t> IdParam(Call& call) { return ParseId(call.params["id"], "id"); }

Result<HttpResponse> CampaignResponse(const CampaignDesk& desk, const governance::Campaign& c, int status) {
  SW_ASSIGN_OR_RETURN(auto abilities, governance::AbilitiesOf(desk, c.record));
  return JsonResponse(status, CampaignJson(c, abilities));
}

Result<HttpResponse> ListRoute(Call& call) {
  const CampaignDesk desk = CampaignDeskOf(call);
  SW_ASSIGN_OR_RETURN(auto campaigns, governance::ListCampaigns(desk));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& c : campaigns) {
    SW_ASSIGN_OR_RETURN(auto abilities, governance::AbilitiesOf(desk, c.record));
    items.push_back(CampaignJson(c, abilities));
  }
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> CreateRoute(Call& call) {
  const CampaignDesk desk = CampaignDeskOf(call);
  SW_ASSIGN_OR_RETURN(governance::CampaignTerms terms, CampaignTermsFromJson(call.request.body));
  SW_ASSIGN_OR_RETURN(auto made, governance::CreateCampaign(desk, terms));
  return CampaignResponse(desk, made, 201);
}

Result<HttpResponse> GetRoute(Call& call) {
  const CampaignDesk desk = CampaignDeskOf(call);
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(auto c, governance::FindCampaign(desk, id));
  return CampaignResponse(desk, c, 200);
}

Result<HttpResponse> ReviewersRoute(Call& call) {
  const CampaignDesk desk = CampaignDeskOf(call);
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(auto reviewers, governance::CampaignReviewers(desk, id));
  SW_ASSIGN_OR_RETURN(auto candidates, governance::ReviewerCandidates(desk));
  return JsonResponse(200, ReviewersJson(desk, reviewers, candidates));
}

Result<HttpResponse> NameReviewersRoute(Call& call) {
  const CampaignDesk desk = CampaignDeskOf(call);
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(auto nominations, NominationsFromJson(call.request.body));
  SW_RETURN_IF_ERROR(governance::NameReviewers(desk, id, nominations));
  return ReviewersRoute(call);
}

Result<HttpResponse> SubmitEntryRoute(Call& call) {
  const CampaignDesk desk = CampaignDeskOf(call);
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  std::string author = call.request.Query("author_name");
  if (author.empty()) author = call.session->user.display_name;
  governance::NewEntry entry{call.request.Query("title"), author, call.request.Query("name"),
                             call.request.Header("content-type"), call.request.body};
  SW_ASSIGN_OR_RETURN(auto stored, governance::SubmitEntry(desk, id, entry));
  return JsonResponse(201, CampaignEntryJson(desk, stored));
}

Result<HttpResponse> EntriesRoute(Call& call) {
  const CampaignDesk desk = CampaignDeskOf(call);
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(auto entries, governance::VisibleEntries(desk, id));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& e : entries) items.push_back(CampaignEntryJson(desk, e));
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> EntryFileRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(auto entry, governance::EntryWithFile(CampaignDeskOf(call), id));
  const std::string disposition = AttachmentDisposition(
      "entry-" + std::to_string(entry.id) + "." + governance::EvidenceExtension(entry.content_type),
      entry.file_name);
  return FileDownload(std::move(entry.data), entry.sha256, disposition);
}

Result<HttpResponse> AssignRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(auto assignment, governance::AssignCampaignReviews(CampaignDeskOf(call), id));
  std::int64_t reviews = 0;
  for (const auto& [entry, reviewers] : assignment.reviewers_of)
    reviews += static_cast<std::int64_t>(reviewers.size());
  return JsonResponse(
      200,
      {{"entries", assignment.reviewers_of.size()}, {"reviews", reviews}, {"max_load", assignment.max_load}});
}

Result<HttpResponse> QueueRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(auto queue, governance::ReviewQueue(CampaignDeskOf(call), id));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& b : queue) items.push_back(BlindEntryJson(b));
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> BlindRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(auto file, governance::ReadBlindEntry(CampaignDeskOf(call), id));
  return JsonResponse(200, BlindFileJson(file));
}

// Named by the entry's number only: the author's own file name could name them.
Result<HttpResponse> BlindFileRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(auto file, governance::ReadBlindEntry(CampaignDeskOf(call), id));
  if (file.data.empty())
    return NotFound("该作品没有可下载的文件，请阅读其文字 this entry is read as its text");
  const std::string name = "entry-" + std::to_string(file.entry.entry_id) + "." +
                           governance::EvidenceExtension(file.entry.content_type);
  const std::string sha = Sha256Hex(file.data);
  return FileDownload(std::move(file.data), sha, AttachmentDisposition(name, name));
}

Result<HttpResponse> ReviewRoute(Call& call) {
  const CampaignDesk desk = CampaignDeskOf(call);
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(ReviewBody body, ReviewFromJson(call.request.body));
  SW_RETURN_IF_ERROR(governance::ReviewEntry(desk, id, body.scores, body.comment).status());
  SW_ASSIGN_OR_RETURN(auto file, governance::ReadBlindEntry(desk, id));
  return JsonResponse(200, BlindEntryJson(file.entry));
}

Result<HttpResponse> DiscussionRoute(Call& call) {
  const CampaignDesk desk = CampaignDeskOf(call);
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_RETURN_IF_ERROR(governance::OpenDiscussion(desk, id));
  SW_ASSIGN_OR_RETURN(auto c, governance::FindCampaign(desk, id));
  return CampaignResponse(desk, c, 200);
}

Result<HttpResponse> StandingsRoute(Call& call) {
  const CampaignDesk desk = CampaignDeskOf(call);
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(auto standings, governance::StandingsOf(desk, id));
  return JsonResponse(200, StandingsJson(desk, standings));
}

Result<HttpResponse> AwardsRoute(Call& call) {
  const CampaignDesk desk = CampaignDeskOf(call);
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(auto awards, AwardsFromJson(call.request.body));
  SW_RETURN_IF_ERROR(governance::DecideAwards(desk, id, awards));
  return StandingsRoute(call);
}

Result<HttpResponse> PublishRoute(Call& call) {
  const CampaignDesk desk = CampaignDeskOf(call);
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_RETURN_IF_ERROR(governance::PublishCampaign(desk, id));
  SW_ASSIGN_OR_RETURN(auto c, governance::FindCampaign(desk, id));
  return CampaignResponse(desk, c, 200);
}

Result<HttpResponse> ResultsRoute(Call& call) {
  const CampaignDesk desk = CampaignDeskOf(call);
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(auto c, governance::FindCampaign(desk, id));
  SW_ASSIGN_OR_RETURN(auto results, governance::CampaignResults(desk, id));
  return JsonResponse(200, ResultsJson(c, results));
}

Result<HttpResponse> Pdf(Result<std::string> pdf, const std::string& stem) {
  SW_RETURN_IF_ERROR(pdf.status());
  std::string bytes = std::move(pdf).value();
  const std::string sha = Sha256Hex(bytes);
  return DocumentDownload(std::move(bytes), DocumentKind::kPdf, sha, stem);
}

Result<HttpResponse> CertificateRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  return Pdf(governance::CertificatePdf(CampaignDeskOf(call), id), governance::CertificateFileStem(id));
}

Result<HttpResponse> AllCertificatesRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  return Pdf(governance::AllCertificatesPdf(CampaignDeskOf(call), id), "certificates-" + std::to_string(id));
}

Result<HttpResponse> AnthologyRoute(Call& call) {
  const CampaignDesk desk = CampaignDeskOf(call);
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(auto c, governance::FindCampaign(desk, id));
  return Pdf(governance::AnthologyPdf(desk, id), governance::AnthologyFileStem(c));
}

void AddPrintRoutes(Api& api, const Access& readers, const Access& organizers) {
  api.AddHeavyRead(
      "/api/v1/campaign-entries/{id}/certificate", readers,
      RouteDoc{"getCampaignCertificate",
               "A published award's certificate as a PDF (A4 landscape): the winner's name, the award, "
               "the campaign, the issuing body and the day the awards were decided. For the entry's "
               "author and the organizers; 404 for anyone else or an entry without an award; 422 "
               "before publication."}
          .AnswersFile("application/pdf")
          .Refuses({422}),
      FromResult(CertificateRoute));
  api.AddHeavyRead(
      "/api/v1/campaigns/{id}/certificates", organizers,
      RouteDoc{"getCampaignCertificates",
               "Every certificate of a published campaign in one PDF, a page each in the order of the "
               "results, for printing. 422 before publication."}
          .AnswersFile("application/pdf")
          .Refuses({422}),
      FromResult(AllCertificatesRoute));
  api.AddHeavyRead(
      "/api/v1/campaigns/{id}/anthology", readers,
      RouteDoc{"getCampaignAnthology",
               "The anthology (作品集) of a published campaign as a PDF: a cover, a table of contents "
               "with the page each work starts on, a foreword, and the winning works tier by tier. "
               "422 before publication."}
          .AnswersFile("application/pdf")
          .Refuses({422}),
      FromResult(AnthologyRoute));
}

void AddSetUpRoutes(Api& api, const Access& readers, const Access& organizers) {
  api.Add(
      "GET", "/api/v1/campaigns", readers,
      RouteDoc{"listCampaigns",
               "The district's campaigns (征文 and the like), newest first, each with its terms and what the "
               "caller may do now (may.organize, may.enter, may.review). Residents and staff."}
          .Answers(CampaignListSchema()),
      FromResult(ListRoute));
  api.Add(
      "POST", "/api/v1/campaigns", organizers,
      RouteDoc{"createCampaign",
               "The organizers (supervisor) set a campaign up: {title, theme, rules, issuer, opens_at, "
               "closes_at, formats (docx, pdf, txt, image), max_bytes (at most 10 MiB), reviews_per_entry "
               "(1–9), rubric [{code, name, most 1–100}], tiers [{code, name, quota (null: any), floor (a "
               "score, null: none)}] best first}. 400 naming the field; 409 for a title the district has."}
          .Takes(NewCampaignSchema())
          .Answers(CampaignSchema(), 201)
          .Refuses({409}),
      FromResult(CreateRoute));
  api.Add("GET", "/api/v1/campaigns/{id}", readers,
          RouteDoc{"getCampaign", "One campaign as in the list; 404 for another district's."}.Answers(
              CampaignSchema()),
          FromResult(GetRoute));
  api.Add(
      "GET", "/api/v1/campaigns/{id}/reviewers", organizers,
      RouteDoc{"listCampaignReviewers",
               "The campaign's reviewers with the accounts each declared a conflict with, and the accounts "
               "that may be named (enabled staff of a reviewing role)."}
          .Answers(CampaignReviewersSchema()),
      FromResult(ReviewersRoute));
  api.Add("POST", "/api/v1/campaigns/{id}/reviewers", organizers,
          RouteDoc{"nameCampaignReviewers",
                   "Adds reviewers, or replaces whom they declared: {reviewers: [{user_id, declared: [user "
                   "ids]}]}. Only while the campaign is open (422 once the reviews are assigned); 400 naming "
                   "reviewers or declared for an account that may not review or does not exist."}
              .Takes(NominationsSchema())
              .Answers(CampaignReviewersSchema())
              .Refuses({422}),
          FromResult(NameReviewersRoute));
}

void AddEntryRoutes(Api& api, const Access& readers, const Access& entrants) {
  api.Add(
      "POST", "/api/v1/campaigns/{id}/entries", entrants,
      RouteDoc{"submitCampaignEntry",
               "Send an entry under the caller's account: the body is the file itself with its type as "
               "Content-Type (a DOCX, PDF, plain UTF-8 text or photo, as the campaign accepts; checked by "
               "its bytes, zip bombs refused), `title`, `author_name` (default: the caller's name) and "
               "`name` (the file's name) as query parameters. Taken while opens_at <= now < closes_at on "
               "the server's clock; 422 outside the window or past 3 entries per author; 400 naming "
               "content_type or body for a file that is not what it claims, too large, or a kind not taken."}
          .Takes(nlohmann::json{{"type", "string"}, {"format", "binary"}}, "application/octet-stream")
          .Query("title", schema::Text(60), "The entry's title.", true)
          .Query("author_name", schema::Text(30), "The name to print on the certificate.")
          .Query("name", schema::String(), "The file's name as the device gave it; kept made safe.")
          .Answers(CampaignEntrySchema(), 201)
          .Refuses({422}),
      FromResult(SubmitEntryRoute));
  api.Add("GET", "/api/v1/campaigns/{id}/entries", readers,
          RouteDoc{"listCampaignEntries",
                   "The organizers: every entry with its author; anyone else: their own entries."}
              .Answers(CampaignEntryListSchema()),
          FromResult(EntriesRoute));
  api.Add("GET", "/api/v1/campaign-entries/{id}/file", readers,
          RouteDoc{"getCampaignEntryFile",
                   "An entry's file as sent, for its author and the organizers (404 for anyone else)."}
              .AnswersFile("application/octet-stream"),
          FromResult(EntryFileRoute));
}

void AddReviewRoutes(Api& api, const Access& readers, const Access& organizers) {
  api.Add(
      "POST", "/api/v1/campaigns/{id}/assignment", organizers,
      RouteDoc{"assignCampaignReviews",
               "After the window closes: every entry gets reviews_per_entry reviewers, none in conflict "
               "with it (its author, the author's unit, a person the reviewer declared), the heaviest load "
               "as light as it can be; the campaign moves to reviewing. 422 before the window closes, "
               "without entries or reviewers, or when the conflicts leave an entry too few reviewers."}
          .Answers(AssignmentSchema())
          .Refuses({422}),
      FromResult(AssignRoute));
  api.Add("GET", "/api/v1/campaigns/{id}/reviews", readers,
          RouteDoc{"listMyCampaignReviews",
                   "The entries assigned to the caller, blind: number, title and kind, never the author; the "
                   "caller's own review, and in the discussion the other reviews of each, unsigned."}
              .Answers(BlindEntryListSchema()),
          FromResult(QueueRoute));
  api.Add(
      "GET", "/api/v1/campaign-entries/{id}/blind", readers,
      RouteDoc{"getBlindCampaignEntry",
               "An assigned entry as its reviewer reads it: a text or Word entry's words, or has_file for "
               "a PDF or photo. 403 for an entry the caller declared a conflict with or was not assigned."}
          .Answers(BlindEntryFileSchema()),
      FromResult(BlindRoute));
  api.Add("GET", "/api/v1/campaign-entries/{id}/blind/file", readers,
          RouteDoc{"getBlindCampaignEntryFile",
                   "An assigned PDF or photo entry's bytes, named by its number only. 403 as for the blind "
                   "entry; 404 for a text or Word entry (read as its words)."}
              .AnswersFile("application/octet-stream"),
          FromResult(BlindFileRoute));
  api.Add("PUT", "/api/v1/campaign-entries/{id}/review", readers,
          RouteDoc{"reviewCampaignEntry",
                   "The caller's review of an assigned entry: {scores: {criterion: points}, comment}; every "
                   "criterion scored, 0 to its most. In review, or revised in the discussion. 400 naming "
                   "scores, or comment when it names the author (blind review); 403 when not assigned; 422 "
                   "once the reviews are closed."}
              .Takes(ReviewSchema())
              .Answers(BlindEntrySchema())
              .Refuses({422}),
          FromResult(ReviewRoute));
  api.Add("POST", "/api/v1/campaigns/{id}/discussion", organizers,
          RouteDoc{"openCampaignDiscussion",
                   "reviewing → deciding: each reviewer sees the entry's other reviews, unsigned, and may "
                   "revise; the committee decides. 422 from any other state."}
              .Answers(CampaignSchema())
              .Refuses({422}),
          FromResult(DiscussionRoute));
}

void AddAwardRoutes(Api& api, const Access& readers, const Access& organizers) {
  api.Add("GET", "/api/v1/campaigns/{id}/standings", organizers,
          RouteDoc{"getCampaignStandings",
                   "Every entry with its author, its reviews, plain mean and normalised score (per-reviewer "
                   "z-scores put back on the rubric's scale), best first; the awards proposed within the "
                   "quotas; and the tie across a quota the committee must decide, if any. 422 before the "
                   "reviews are assigned."}
              .Answers(StandingsSchema())
              .Refuses({422}),
          FromResult(StandingsRoute));
  api.Add("PUT", "/api/v1/campaigns/{id}/awards", organizers,
          RouteDoc{"decideCampaignAwards",
                   "The committee's awards, replacing any before: {awards: [{entry_id, tier}]}. In the "
                   "discussion only (422); 400 naming awards for an entry of another campaign, an unknown "
                   "tier or more entries in a tier than its quota."}
              .Takes(AwardsSchema())
              .Answers(StandingsSchema())
              .Refuses({422}),
          FromResult(AwardsRoute));
  api.Add("POST", "/api/v1/campaigns/{id}/publication", organizers,
          RouteDoc{"publishCampaign",
                   "deciding → published: the results are out. 422 from any other state or without an award."}
              .Answers(CampaignSchema())
              .Refuses({422}),
          FromResult(PublishRoute));
  api.Add(
      "GET", "/api/v1/campaigns/{id}/results", readers,
      RouteDoc{"getCampaignResults",
               "The published awards by tier, best first: title, author and unit. 422 before publication."}
          .Answers(ResultsSchema())
          .Refuses({422}),
      FromResult(ResultsRoute));
}

}  // namespace

void AddCampaignRoutes(Api& api) {
  const Access readers = Access::Roles(org::CampaignEntrantRoles());
  const Access organizers = Access::Roles(org::CampaignOrganizerRoles());
  AddSetUpRoutes(api, readers, organizers);
  AddEntryRoutes(api, readers, readers);
  AddReviewRoutes(api, readers, organizers);
  AddAwardRoutes(api, readers, organizers);
  AddPrintRoutes(api, readers, organizers);
}

}  // namespace sanwang::api
