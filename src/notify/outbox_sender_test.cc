// The outbox on both engines: a notice queues a message on each channel its rule names that
// its recipient chose (essential-only and quiet hours respected), and the sender delivers
// each once, backs off and gives up after its attempts, gives up at once on a refusal,
// keeps a person's hourly limit, drops what the recipient can no longer get, retakes a
// message whose sender died mid-delivery, and works alone while it holds the lease.
#include "notify/outbox_sender.h"

#include <gtest/gtest.h>

#include <deque>

#include "notify/delivery_settings.h"
#include "notify/outbox.h"
#include "notify/store/delivery_settings_repository.h"
#include "notify/store/outbox_repository.h"
#include "store/store_test_fixture.h"
#include "store/user_repository.h"

namespace sanwang::notify {
namespace {

constexpr UnixSeconds kNoon = 1796616000;  // 2026-12-07T12:00:00+08:00

// A channel that keeps what it is given and answers as the test queued (Ok when nothing is).
class RecordingChannel : public DeliveryChannel {
 public:
  Status Deliver(const OutgoingMessage& m) override {
    got.push_back(m);
    if (answers.empty()) return Status::Ok();
    Status next = answers.front();
    answers.pop_front();
    return next;
  }
  std::vector<OutgoingMessage> got;
  std::deque<Status> answers;
};

class OutboxSenderTest : public store::BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    user_ = AddUser("li.si", "13800000002");
  }

  store::Id AddUser(const std::string& name, const std::string& phone) {
    store::UserRecord u;
    u.district_code = "411002";
    u.username = name;
    u.display_name = name;
    u.phone = phone;
    u.role = "resident";
    u.password_hash = "x";
    u.created_at = kNoon - 86400;
    auto stored = store::UserRepository(db()).Insert(u);
    EXPECT_TRUE(stored.ok()) << stored.status().ToString();
    return stored.ok() ? stored->id : 0;
  }

  void Choose(store::Id user, const DeliverySettings& s) {
    store::DeliverySettingsRecord r = ToRecord(s);
    r.user_id = user;
    r.district_code = "411002";
    r.updated_at = kNoon;
    ASSERT_TRUE(store::DeliverySettingsRepository(db()).Put(r).ok());
  }
  static DeliverySettings EmailOnly() {
    DeliverySettings s;
    s.channels = {"email"};
    s.email = "li.si@example.cn";
    return s;
  }

  // A notice of a rule sending on `channels`, to `user`, at `at`, in its own transaction.
  void Notify(store::Id user, UnixSeconds at, std::vector<std::string> channels = {"email", "sms"},
              bool essential = true) {
    NoticeRule rule;
    rule.kind = "case_resolved";
    rule.channels = std::move(channels);
    rule.essential = essential;
    store::NoticeRecord notice;
    notice.district_code = "411002";
    notice.user_id = user;
    notice.kind = rule.kind;
    notice.title = "您反映的诉求已办结";
    notice.title_en = "Your report has been resolved";
    notice.body = "「井盖缺失」已办结。";
    notice.body_en = "\"Missing cover\" has been resolved.";
    notice.link = "/r/matters/9";
    notice.created_at = at;
    ASSERT_TRUE(db().InTransaction([&] { return DeliverNotice(db(), rule, notice, {{"case", "9"}}); }).ok());
  }

  std::vector<store::OutboxRecord> Outbox() {
    auto rows = store::OutboxRepository(db()).List({"411002", "", 100, 0});
    EXPECT_TRUE(rows.ok());
    return rows.ok() ? *rows : std::vector<store::OutboxRecord>{};
  }

  OutboxSender Sender(const std::string& holder = "server-a", SenderOptions options = {}) {
    OutboxSender sender([this](const auto& work) { return db().InTransaction([&] { return work(db()); }); },
                        clock_, holder, options);
    sender.SetChannel("email", &email_);
    sender.SetChannel("sms", &sms_);
    return sender;
  }
  SendCounts Run(OutboxSender& sender) {
    auto counts = sender.RunOnce();
    EXPECT_TRUE(counts.ok()) << counts.status().ToString();
    return counts.ok() ? *counts : SendCounts{};
  }

  FakeClock clock_{kNoon};
  RecordingChannel email_, sms_;
  store::Id user_ = 0;
};

TEST_P(OutboxSenderTest, ANoticeIsQueuedOnlyOnTheChannelsItsRecipientChose) {
  const store::Id silent = AddUser("wang.wu", "13800000003");  // chose nothing
  Choose(user_, EmailOnly());
  Notify(user_, kNoon);
  Notify(silent, kNoon);
  const auto queued = Outbox();
  ASSERT_EQ(queued.size(), 1U);
  EXPECT_EQ(queued[0].user_id, user_);
  EXPECT_EQ(queued[0].channel, "email");
  EXPECT_EQ(queued[0].state, "pending");
  EXPECT_EQ(queued[0].idempotency_key, "notice-" + std::to_string(*queued[0].notice_id) + "-email");
  EXPECT_EQ(queued[0].subject, "您反映的诉求已办结 / Your report has been resolved");

  DeliverySettings essential = EmailOnly();
  essential.essential_only = true;
  Choose(user_, essential);
  Notify(user_, kNoon, {"email"}, false);
  EXPECT_EQ(Outbox().size(), 1U) << "a message that is not essential stays in the app";
}

TEST_P(OutboxSenderTest, AKeyIsQueuedOnceAndASecondTryLeavesTheTransactionUsable) {
  Choose(user_, EmailOnly());
  Notify(user_, kNoon);
  store::OutboxRecord again = Outbox().at(0);
  Status tried = db().InTransaction([&]() -> Status {
    auto second = store::OutboxRepository(db()).Insert(again);
    EXPECT_EQ(second.status().code(), ErrorCode::kAlreadyExists) << second.status().ToString();
    // The transaction goes on after the refusal (PostgreSQL would abort it on an error).
    return db().Execute("UPDATE notify_outbox SET last_error = 'checked' WHERE id = ?", {again.id}).status();
  });
  ASSERT_TRUE(tried.ok()) << tried.ToString();
  ASSERT_EQ(Outbox().size(), 1U);
  EXPECT_EQ(Outbox()[0].last_error, "checked");
}

TEST_P(OutboxSenderTest, EachMessageIsDeliveredOnceToItsAddressReadWhenSent) {
  Choose(user_, EmailOnly());
  Notify(user_, kNoon);
  DeliverySettings moved = EmailOnly();
  moved.email = "li.si@new.example.cn";
  moved.channels = {"email", "sms"};
  Choose(user_, moved);  // after the message was queued
  OutboxSender sender = Sender();
  EXPECT_EQ(Run(sender).sent, 1);
  ASSERT_EQ(email_.got.size(), 1U);
  EXPECT_EQ(email_.got[0].address, "li.si@new.example.cn");
  EXPECT_EQ(email_.got[0].kind, "case_resolved");
  EXPECT_EQ(Outbox()[0].state, "sent");
  EXPECT_EQ(*Outbox()[0].sent_at, kNoon);
  Run(sender);
  EXPECT_EQ(email_.got.size(), 1U) << "sent once";

  Notify(user_, kNoon, {"sms"});
  Run(sender);
  ASSERT_EQ(sms_.got.size(), 1U);
  EXPECT_EQ(sms_.got[0].address, "13800000002") << "the account's phone";
}

TEST_P(OutboxSenderTest, AMessageInTheQuietHoursWaitsForTheirEnd) {
  DeliverySettings s = EmailOnly();
  s.quiet_from = 22 * 60;
  s.quiet_to = 7 * 60;
  Choose(user_, s);
  const UnixSeconds eleven_pm = kNoon + std::int64_t{11} * 3600;
  Notify(user_, eleven_pm);
  EXPECT_EQ(Outbox()[0].not_before, kNoon + std::int64_t{19} * 3600) << "07:00 the next morning";
  clock_.Set(eleven_pm + 1800);
  OutboxSender sender = Sender();
  EXPECT_EQ(Run(sender).sent, 0);
  clock_.Set(kNoon + std::int64_t{19} * 3600);
  EXPECT_EQ(Run(sender).sent, 1);
}

TEST_P(OutboxSenderTest, AFailingChannelIsTriedAgainLaterThenGivenUpForAnAdminToRetry) {
  Choose(user_, EmailOnly());
  Notify(user_, kNoon);
  for (int i = 0; i < 3; ++i) email_.answers.push_back(Unavailable("邮件服务器 the mail server: timeout"));
  SenderOptions options;
  options.max_attempts = 3;
  OutboxSender sender = Sender("server-a", options);
  EXPECT_EQ(Run(sender).retried, 1);
  EXPECT_EQ(Outbox()[0].not_before, kNoon + 30);
  EXPECT_EQ(Outbox()[0].last_error, "邮件服务器 the mail server: timeout");
  EXPECT_EQ(Run(sender).retried, 0) << "not before its time";
  clock_.Advance(30);
  EXPECT_EQ(Run(sender).retried, 1);
  EXPECT_EQ(Outbox()[0].not_before, clock_.Now() + 60) << "the wait doubles";
  clock_.Advance(60);
  EXPECT_EQ(Run(sender).dead, 1) << "the third attempt was the last";
  EXPECT_EQ(Outbox()[0].state, "dead");
  EXPECT_EQ(email_.got.size(), 3U);

  auto retried = store::OutboxRepository(db()).Retry(Outbox()[0].id, clock_.Now());
  ASSERT_TRUE(retried.ok() && *retried);
  EXPECT_EQ(Run(sender).sent, 1);
  EXPECT_EQ(Outbox()[0].attempts, 1);
  auto again = store::OutboxRepository(db()).Retry(Outbox()[0].id, clock_.Now());
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(*again) << "only a dead message is retried";
}

TEST_P(OutboxSenderTest, ARefusalIsGivenUpAtOnce) {
  Choose(user_, EmailOnly());
  Notify(user_, kNoon);
  email_.answers.push_back(Status(ErrorCode::kFailedPrecondition, "邮件服务器 the mail server: (reply 550)"));
  OutboxSender sender = Sender();
  EXPECT_EQ(Run(sender).dead, 1);
  EXPECT_EQ(Outbox()[0].state, "dead");
  EXPECT_EQ(Outbox()[0].attempts, 1);
}

TEST_P(OutboxSenderTest, APersonGetsAtMostTheHourlyLimitAndTheRestWaits) {
  Choose(user_, EmailOnly());
  for (int i = 0; i < 3; ++i) Notify(user_, kNoon);
  SenderOptions options;
  options.per_recipient_per_hour = 2;
  OutboxSender sender = Sender("server-a", options);
  const SendCounts first = Run(sender);
  EXPECT_EQ(first.sent, 2);
  EXPECT_EQ(first.postponed, 1);
  clock_.Advance(600);
  EXPECT_EQ(Run(sender).sent, 0) << "still within the hour";
  clock_.Advance(3600);
  EXPECT_EQ(Run(sender).sent, 1);
  for (const auto& m : Outbox()) EXPECT_EQ(m.attempts, 1) << "a postponement is no attempt";
}

TEST_P(OutboxSenderTest, WhatTheRecipientCanNoLongerGetIsCancelledAndAnUnconfiguredChannelDead) {
  Choose(user_, EmailOnly());
  Notify(user_, kNoon);
  Choose(user_, DeliverySettings{});  // turned e-mail off after the message was queued
  DeliverySettings wechat;
  wechat.channels = {"wechat"};
  wechat.wechat_openid = "oWX";
  const store::Id other = AddUser("zhao.liu", "13800000004");
  Choose(other, wechat);
  Notify(other, kNoon, {"wechat"});
  OutboxSender sender = Sender();  // no WeChat channel on this server
  EXPECT_EQ(Run(sender).dead, 2);
  const auto rows = Outbox();  // the newest first
  EXPECT_EQ(rows[0].state, "dead");
  EXPECT_NE(rows[0].last_error.find("wechat"), std::string::npos);
  EXPECT_EQ(rows[1].state, "cancelled");
  EXPECT_TRUE(email_.got.empty());
}

TEST_P(OutboxSenderTest, AMessageWhoseSenderDiedIsTakenAgainWithItsKeyAfterTheClaim) {
  Choose(user_, EmailOnly());
  Notify(user_, kNoon);
  // A sender claimed it and died before it recorded anything.
  ASSERT_TRUE(
      db().InTransaction([&] { return store::OutboxRepository(db()).Claim(kNoon, kNoon + 120, 10).status(); })
          .ok());
  OutboxSender sender = Sender("server-b");
  EXPECT_EQ(Run(sender).sent, 0) << "claimed: left alone while a delivery may still be under way";
  clock_.Advance(120);
  EXPECT_EQ(Run(sender).sent, 1);
  ASSERT_EQ(email_.got.size(), 1U);
  EXPECT_EQ(email_.got[0].idempotency_key, Outbox()[0].idempotency_key);
  EXPECT_EQ(Outbox()[0].attempts, 2);
}

TEST_P(OutboxSenderTest, OnlyTheLeaseHolderSendsUntilItsLeaseRunsOut) {
  Choose(user_, EmailOnly());
  OutboxSender a = Sender("server-a");
  OutboxSender b = Sender("server-b");
  EXPECT_TRUE(Run(a).holds_lease);
  Notify(user_, kNoon);
  const SendCounts by_b = Run(b);
  EXPECT_FALSE(by_b.holds_lease);
  EXPECT_EQ(by_b.sent, 0);
  clock_.Advance(30);
  EXPECT_EQ(Run(a).sent, 1) << "the holder renews its lease as it works";
  Notify(user_, clock_.Now());
  clock_.Advance(60);  // a stopped: its lease runs out
  const SendCounts taken = Run(b);
  EXPECT_TRUE(taken.holds_lease);
  EXPECT_EQ(taken.sent, 1);
  EXPECT_FALSE(Run(a).holds_lease) << "b holds it now";
}

SANWANG_INSTANTIATE_BACKENDS(OutboxSenderTest);

}  // namespace
}  // namespace sanwang::notify
