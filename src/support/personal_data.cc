#include "support/personal_data.h"

#include <array>
#include <cctype>

namespace sanwang::support {
namespace {

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

int Number(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

bool PlausibleBirthDate(std::string_view yyyymmdd) {
  const int year = Number(yyyymmdd.substr(0, 4)), month = Number(yyyymmdd.substr(4, 2)),
            day = Number(yyyymmdd.substr(6, 2));
  constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && !leap) return day <= 28;
  return day <= kDays[month - 1];
}

std::string Masked(std::string_view s, std::size_t head, std::size_t tail) {
  if (s.size() <= head + tail) return std::string(s.size(), '*');
  return std::string(s.substr(0, head)) + std::string(s.size() - head - tail, '*') +
         std::string(s.substr(s.size() - tail));
}

}  // namespace

char IdNumberCheckCharacter(std::string_view first17) {
  if (first17.size() != 17 || !AllDigits(first17)) return '\0';
  constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  constexpr std::string_view kCheck = "10X98765432";
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) sum += (first17[i] - '0') * kWeights[i];
  return kCheck[sum % 11];
}

Status ValidateIdNumber(std::string_view id_number, const std::string& field) {
  if (id_number.size() != 18 || !AllDigits(id_number.substr(0, 17))) {
    return InvalidArgument(
        "身份证号应为 18 位 the ID number must be 18 characters, 17 digits and a check character", field);
  }
  if (!PlausibleBirthDate(id_number.substr(6, 8))) {
    return InvalidArgument("身份证号中的出生日期无效 the ID number's date of birth is not a date", field);
  }
  if (IdNumberCheckCharacter(id_number.substr(0, 17)) != id_number[17]) {
    return InvalidArgument("身份证号校验位错误 the ID number's check character is wrong", field);
  }
  return Status::Ok();
}

std::string NormalizeIdNumber(std::string_view id_number) {
  std::string out(id_number);
  if (!out.empty() && out.back() == 'x') out.back() = 'X';
  return out;
}

Status ValidateMobile(std::string_view phone, const std::string& field) {
  if (phone.size() != 11 || !AllDigits(phone) || phone[0] != '1') {
    return InvalidArgument(
        "手机号应为以 1 开头的 11 位数字 the phone must be an 11-digit mobile number starting with 1", field);
  }
  return Status::Ok();
}

std::string MaskIdNumber(std::string_view id_number) { return Masked(id_number, 6, 4); }

std::string MaskPhone(std::string_view phone) { return Masked(phone, 3, 4); }

}  // namespace sanwang::support
