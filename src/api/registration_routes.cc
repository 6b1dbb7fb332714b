// Residents register themselves (org/registration.h): whether a code is needed, the
// communities to choose from and the community of a point, a code sent through the SMS
// gateway, and the registration, which signs the new resident in. Every route is public:
// whoever registers has no account yet.
//
// Sending a code and hashing the password run in Prepare steps on the password workers,
// never on the writer: the gateway may take its whole timeout to answer.
#include "api/account_schemas.h"
#include "api/api.h"
#include "api/json_views.h"
#include "api/query_parameters.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "api/session_response.h"
#include "org/registration.h"
#include "org/staff.h"
#include "store/security_repository.h"

namespace sanwang::api {
namespace {

org::RegistrationMode ModeOf(const Api& api) {
  return org::RegistrationModeOf(!api.options().sms_gateway.url.empty(),
                                 api.options().allow_unverified_registration);
}

Result<HttpResponse> Registration(Call& call) {
  org::RegistrationMode mode = ModeOf(call.api);
  org::RegistrationRules rules;
  return JsonResponse(200, {{"open", mode != org::RegistrationMode::kClosed},
                            {"code_required", mode == org::RegistrationMode::kVerified},
                            {"code_valid_seconds", rules.code_valid_s},
                            {"resend_seconds", rules.phone_gap_s}});
}

nlohmann::json CommunityJson(const store::UnitRecord& community, const org::OrgDirectory& org) {
  nlohmann::json j = UnitJson(community, false);
  const store::UnitRecord* street = org.AncestorOfKind(community.id, "street");
  j["street"] = street ? UnitJson(*street, false) : nlohmann::json(nullptr);
  return j;
}

Result<HttpResponse> Communities(Call& call) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto* c : call.domain->org.OfKind("community"))
    items.push_back(CommunityJson(*c, call.domain->org));
  return JsonResponse(200, {{"items", items}, {"total", items.size()}});
}

Result<HttpResponse> LocateCommunity(Call& call) {
  SW_ASSIGN_OR_RETURN(geo::LonLat point, QueryPoint(call.request));
  const auto& org = call.domain->org;
  auto grid = org.LocateGrid(point);
  const store::UnitRecord* community = grid ? org.AncestorOfKind(*grid, "community") : nullptr;
  return JsonResponse(200,
                      {{"lon", point.lon},
                       {"lat", point.lat},
                       {"community", community ? CommunityJson(*community, org) : nlohmann::json(nullptr)}});
}

struct PreparedCode {
  Status refused;  // bad input, no gateway, or the gateway failed
  std::string phone;
  std::string code;       // the code sent
  std::int64_t wait = 0;  // above 0: too many requests; seconds until the next may come
};

PreparedCode CodeRefused(Status why) {
  PreparedCode p;
  p.refused = std::move(why);
  return p;
}

Result<std::string> PhoneFrom(const HttpRequest& request) {
  SW_RETURN_IF_ERROR(RequireJson(request));
  SW_ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(request.body, {"phone"}));
  SW_ASSIGN_OR_RETURN(std::string phone, StringField(body, "phone", true));
  SW_RETURN_IF_ERROR(org::CheckMainlandMobile(phone));
  return phone;
}

std::any PrepareCode(const HttpRequest& request, const PathParams&, const std::optional<Session>&,
                     const Api& api) {
  PreparedCode p;
  if (ModeOf(api) != org::RegistrationMode::kVerified) {
    p.refused = FailedPrecondition("注册无需短信验证码 registration here needs no code");
    return p;
  }
  auto phone = PhoneFrom(request);
  if (!phone.ok()) return CodeRefused(phone.status());
  p.phone = *phone;
  {
    auto lease = api.pool().Acquire();
    auto wait =
        org::CodeRequestWait(*lease, api.default_district(), p.phone, request.remote_address, api.clock());
    if (!wait.ok()) return CodeRefused(wait.status());
    p.wait = *wait;
  }
  if (p.wait > 0) return p;
  auto gateway = SmsGateway::Create(api.options().sms_gateway);
  if (!gateway.ok()) return CodeRefused(Unavailable("短信服务未正确配置 the SMS service is misconfigured"));
  p.code = org::NewVerificationCode();
  p.refused = gateway->Send(p.phone, "【三网】您的注册验证码是 " + p.code +
                                         "，10 分钟内有效，请勿告诉他人。Your Sanwang registration code is " +
                                         p.code + "; valid for 10 minutes.");
  return p;
}

HttpResponse TooManyRequests(std::int64_t wait) {
  HttpResponse r = ErrorResponse(org::TooManyCodeRequests(wait));
  r.headers.emplace("Retry-After", std::to_string(wait));
  return r;
}

Result<HttpResponse> RequestCode(Call& call) {
  const auto* p = std::any_cast<PreparedCode>(&call.prepared);
  if (!p) return Unavailable("请重试 try again");
  SW_RETURN_IF_ERROR(p->refused);
  if (p->wait > 0) return TooManyRequests(p->wait);
  // Concurrent requests that all passed the check in Prepare are all stored: their texts
  // are already sent, and the newest code is the one that counts.
  SW_RETURN_IF_ERROR(org::RecordCodeSent(call.db, call.district(), p->phone, call.request.remote_address,
                                         p->code, call.api.clock()));
  org::RegistrationRules rules;
  HttpResponse r = JsonResponse(
      200, {{"sent", true}, {"valid_seconds", rules.code_valid_s}, {"resend_seconds", rules.phone_gap_s}});
  r.audit_actor = org::MaskPhone(p->phone);
  return r;
}

struct PreparedRegistration {
  Status refused;  // the request itself is not acceptable
  org::NewResident resident;
  std::string code;
  std::string password_hash;
};

Result<PreparedRegistration> RegistrationFrom(const HttpRequest& request, const Api& api) {
  SW_RETURN_IF_ERROR(RequireJson(request));
  SW_ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(request.body, {"phone", "code", "password",
                                                                          "display_name", "community_code"}));
  PreparedRegistration p;
  org::NewResident& r = p.resident;
  for (auto [field, target, required] :
       {std::tuple{"phone", &r.phone, true}, std::tuple{"display_name", &r.display_name, true},
        std::tuple{"community_code", &r.community_code, true}, std::tuple{"password", &r.password, true},
        std::tuple{"code", &p.code, false}}) {
    SW_ASSIGN_OR_RETURN(*target, StringField(body, field, required));
  }
  SW_RETURN_IF_ERROR(org::CheckNewResident(r));
  // Closed registration is refused by the domain on the writer; no hash is worth making.
  if (ModeOf(api) != org::RegistrationMode::kClosed) {
    SW_ASSIGN_OR_RETURN(p.password_hash, org::HashPassword(r.password));
  }
  r.password.clear();
  return p;
}

std::any PrepareRegistration(const HttpRequest& request, const PathParams&, const std::optional<Session>&,
                             const Api& api) {
  auto prepared = RegistrationFrom(request, api);
  if (!prepared.ok()) {
    PreparedRegistration refused;
    refused.refused = prepared.status();
    return refused;
  }
  return std::move(prepared).value();
}

void AuditRegistration(Call& call, const std::string& phone, const Status& outcome) {
  store::AuditRecord r;
  r.district_code = call.district();
  r.at = call.api.clock().Now();
  r.username = org::MaskPhone(phone);
  r.role = "resident";
  r.remote_address = call.request.remote_address;
  r.action = "register";
  r.target = org::MaskPhone(phone);
  r.outcome = outcome.ok() ? "ok" : "failed";
  r.detail = outcome.ok() ? "" : std::string(ErrorCodeName(outcome.code())) + " " + outcome.field();
  (void)store::SecurityRepository(call.db).Audit(r);
}

Result<HttpResponse> Register(Call& call) {
  const auto* p = std::any_cast<PreparedRegistration>(&call.prepared);
  if (!p) return Unavailable("请重试 try again");
  SW_RETURN_IF_ERROR(p->refused);
  auto user = org::RegisterResident(call.db, call.district(), p->resident, p->password_hash, ModeOf(call.api),
                                    p->code, call.api.clock());
  AuditRegistration(call, p->resident.phone, user.status());
  SW_RETURN_IF_ERROR(user.status());
  SW_ASSIGN_OR_RETURN(SignInResult session,
                      call.api.auth().OpenSession(call.db, *user, call.request.remote_address));
  HttpResponse r = SessionResponse(call, session, 201);
  r.audit_actor = org::MaskPhone(p->resident.phone);
  r.audit_detail = "resident of " + p->resident.community_code;
  return r;
}

}  // namespace

void AddRegistrationRoutes(Api& api) {
  api.Add("GET", "/api/v1/auth/registration", Access::Public(),
          RouteDoc{"getRegistrationSettings",
                   "Whether residents may register here and whether a code sent by SMS is needed (open, "
                   "code_required, code_valid_seconds, resend_seconds)."}
              .Answers(RegistrationSettingsSchema()),
          FromResult(Registration));
  api.Add("GET", "/api/v1/auth/registration/communities", Access::Public(),
          RouteDoc{"listRegistrationCommunities",
                   "The communities a resident may register in, each with its sub-district."}
              .Answers(RegistrationCommunitiesSchema()),
          FromResult(Communities));
  api.Add("GET", "/api/v1/auth/registration/locate", Access::Public(),
          RouteDoc{"locateRegistrationCommunity",
                   "The community of a point (lon, lat, coord_system=wgs84|gcj02|bd09), null outside every "
                   "grid."}
              .Answers(RegistrationLocationSchema())
              .Query(PointParameters()),
          FromResult(LocateCommunity));
  api.AddFiling(
      "POST", "/api/v1/auth/registration/code", Access::Public(),
      RouteDoc{
          "sendRegistrationCode",
          "Send a six-digit registration code to a mainland mobile number (JSON {phone}) through the SMS "
          "gateway; 422 without a gateway, 429 with Retry-After when requested too often (a minute "
          "apart, five "
          "an hour per phone, twenty an hour per client address), 503 when the gateway fails."}
          .Takes(RegistrationCodeRequestSchema())
          .Answers(RegistrationCodeSentSchema())
          .Refuses({415, 422}),
      FromResult(RequestCode), PrepareCode);
  api.AddFiling(
      "POST", "/api/v1/auth/register", Access::Public(),
      RouteDoc{"registerResident",
               "Register as a resident (JSON: phone, password, display_name, community_code, and code when "
               "code_required); the phone is the account name. Signs the new resident in like sign-in "
               "(201); 409 for a phone already registered, 422 while registration is closed."}
          .Takes(RegistrationSchema())
          .Answers(SessionSchema(), 201)
          .Refuses({409, 415, 422}),
      FromResult(Register), PrepareRegistration);
}

}  // namespace sanwang::api
