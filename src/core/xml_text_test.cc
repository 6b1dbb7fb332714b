#include "core/xml_text.h"

#include <gtest/gtest.h>

namespace sanwang {
namespace {

TEST(XmlTextTest, EscapesTheSpecialCharactersAndKeepsChineseAsItIs) {
  EXPECT_EQ(XmlText("a<b & \"c\" 'd'>"), "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;");
  EXPECT_EQ(XmlText("路灯不亮\t\n"), "路灯不亮\t\n");
  EXPECT_EQ(XmlText("a\rb"), "a&#13;b");
}

TEST(XmlTextTest, BadBytesBecomeTheReplacementCharacterAndForbiddenCharactersGo) {
  EXPECT_EQ(XmlText(std::string("a\xFF"
                                "b")),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(XmlText(std::string("a\x01\x1F"
                                "b")),
            "ab");
  EXPECT_EQ(XmlText("\xEF\xBF\xBE"), "") << "U+FFFE is not an XML character";
  EXPECT_EQ(XmlText(std::string("\xE8\xB7")), "\xEF\xBF\xBD\xEF\xBF\xBD") << "a cut sequence";
}

}  // namespace
}  // namespace sanwang
