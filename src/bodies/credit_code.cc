#include "bodies/credit_code.h"

#include <cctype>

namespace sanwang::bodies {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr int kModulus = 31;
constexpr std::size_t kLength = 18;

}  // namespace

char CreditCodeCheckCharacter(std::string_view first17) {
  if (first17.size() != kLength - 1) return '\0';
  int sum = 0;
  int weight = 1;
  for (char c : first17) {
    const std::size_t value = kAlphabet.find(c);
    if (value == std::string_view::npos) return '\0';
    sum += static_cast<int>(value) * weight;
    weight = weight * 3 % kModulus;
  }
  const int check = (kModulus - sum % kModulus) % kModulus;
  return kAlphabet[static_cast<std::size_t>(check)];
}

Status ValidateCreditCode(std::string_view code, const std::string& field) {
  if (code.size() != kLength) {
    return InvalidArgument("统一社会信用代码应为 18 位 the credit code must be 18 characters", field);
  }
  const char check = CreditCodeCheckCharacter(code.substr(0, kLength - 1));
  if (check == '\0' || kAlphabet.find(code.back()) == std::string_view::npos) {
    return InvalidArgument(
        "统一社会信用代码含有无效字符 the credit code may hold only 0-9 and A-Z without I, O, S, V, Z",
        field);
  }
  if (check != code.back()) {
    return InvalidArgument("统一社会信用代码校验位不符 the credit code's check character is wrong", field);
  }
  return Status::Ok();
}

std::string NormalizeCreditCode(std::string_view code) {
  while (!code.empty() && std::isspace(static_cast<unsigned char>(code.front()))) code.remove_prefix(1);
  while (!code.empty() && std::isspace(static_cast<unsigned char>(code.back()))) code.remove_suffix(1);
  std::string out(code);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace sanwang::bodies
