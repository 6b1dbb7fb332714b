// What the outbox costs a message (docs/notifications.md §6): the sender's passes
// delivering queued text messages to a gateway on loopback, against the same HTTP requests
// sent straight through the same channel with no outbox (the peer: what any sender must
// do). Both talk to one local fake gateway (notify/channels/fake_gateway.h) that checks
// each signature and answers at once. The database is SQLite in a temporary file, as the
// embedded default runs. Timers:
//   BM_OutboxPasses     queueing is untimed; timed: RunOnce passes until the batch is
//                       sent — claim (one transaction), the POSTs, record (one transaction)
//   BM_DirectPosts      timed: the same number of GatewayChannel::Deliver calls
//   BM_OneMessagePass   queueing one message untimed; timed: the one pass that sends it —
//                       what a message waits after the sender wakes (a server's sender
//                       wakes every second, so commit to gateway is that wait plus this)
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>

#include "notify/channels/fake_gateway.h"
#include "notify/channels/gateway_channel.h"
#include "notify/outbox_sender.h"
#include "notify/store/delivery_settings_repository.h"
#include "notify/store/outbox_repository.h"
#include "store/migrations.h"
#include "store/user_repository.h"

namespace sanwang::notify {
namespace {

constexpr const char* kSecret = "bench-secret";

// A migrated SQLite database in a temporary file, removed at the end.
struct TempDatabase {
  TempDatabase()
      : path(std::filesystem::temp_directory_path() /
             ("outbox-bench-" + std::to_string(::getpid()) + ".db")) {
    std::filesystem::remove(path);
    opened = store::OpenDatabase("sqlite:" + path.string()).value();
    (void)store::Migrate(*opened);
  }
  ~TempDatabase() {
    opened.reset();
    std::filesystem::remove(path);
  }
  store::Database& db() { return *opened; }
  std::filesystem::path path;
  std::unique_ptr<store::Database> opened;
};

struct Bench {
  Bench() : db(std::make_unique<TempDatabase>()) {
    store::UserRecord u;
    u.district_code = "411002";
    u.username = "resident";
    u.phone = "13800000009";
    u.role = "resident";
    u.password_hash = "x";
    user = store::UserRepository(db->db()).Insert(u)->id;
    store::DeliverySettingsRecord s;
    s.user_id = user;
    s.district_code = "411002";
    s.channels = "sms";
    (void)store::DeliverySettingsRepository(db->db()).Put(s);
    settings.url = gateway.url();
    settings.secret = kSecret;
    settings.templates = {{"case_resolved", "SMS_0001"}};
  }
  void Queue(int n) {
    (void)db->db().InTransaction([&]() -> Status {
      for (int i = 0; i < n; ++i) {
        store::OutboxRecord m;
        m.district_code = "411002";
        m.idempotency_key = "bench-" + std::to_string(++made);
        m.channel = "sms";
        m.user_id = user;
        m.kind = "case_resolved";
        m.params = R"({"case":"1","title":"井盖缺失"})";
        m.state = "pending";
        SW_RETURN_IF_ERROR(store::OutboxRepository(db->db()).Insert(m).status());
      }
      return Status::Ok();
    });
  }
  std::unique_ptr<TempDatabase> db;
  FakeGateway gateway{kSecret};
  GatewaySettings settings;
  store::Id user = 0;
  long made = 0;
};

OutboxSender SenderFor(Bench& b, GatewayChannel& channel, const Clock& clock) {
  SenderOptions options;
  options.per_recipient_per_hour = 1 << 30;  // one recipient here: no hourly limit
  OutboxSender sender(
      [&b](const auto& work) { return b.db->db().InTransaction([&] { return work(b.db->db()); }); }, clock,
      "bench", options);
  sender.SetChannel("sms", &channel);
  return sender;
}

void BM_OutboxPasses(benchmark::State& state) {
  Bench b;
  GatewayChannel channel(GatewayShape::kSms, b.settings, "");
  FakeClock clock(1796000400);
  OutboxSender sender = SenderFor(b, channel, clock);
  const int batch = static_cast<int>(state.range(0));
  for (auto _ : state) {
    state.PauseTiming();
    b.Queue(batch);
    state.ResumeTiming();
    int sent = 0;
    while (sent < batch) sent += sender.RunOnce()->sent;
  }
  state.SetItemsProcessed(state.iterations() * batch);
}
BENCHMARK(BM_OutboxPasses)->Arg(200)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_DirectPosts(benchmark::State& state) {
  Bench b;
  GatewayChannel channel(GatewayShape::kSms, b.settings, "");
  const int batch = static_cast<int>(state.range(0));
  OutgoingMessage m{"", "case_resolved", "13800000009", "", "", R"({"case":"1","title":"井盖缺失"})"};
  for (auto _ : state) {
    for (int i = 0; i < batch; ++i) {
      m.idempotency_key = "direct-" + std::to_string(++b.made);
      benchmark::DoNotOptimize(channel.Deliver(m));
    }
  }
  state.SetItemsProcessed(state.iterations() * batch);
}
BENCHMARK(BM_DirectPosts)->Arg(200)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_OneMessagePass(benchmark::State& state) {
  Bench b;
  GatewayChannel channel(GatewayShape::kSms, b.settings, "");
  FakeClock clock(1796000400);
  OutboxSender sender = SenderFor(b, channel, clock);
  for (auto _ : state) {
    state.PauseTiming();
    b.Queue(1);
    state.ResumeTiming();
    benchmark::DoNotOptimize(sender.RunOnce());
  }
}
BENCHMARK(BM_OneMessagePass)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace sanwang::notify
