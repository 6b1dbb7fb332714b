#include "core/image_check.h"

#include <gtest/gtest.h>

#include "api/test_images.h"

namespace sanwang::api {
namespace {

using test_images::MakeJpeg;
using test_images::MakePng;

TEST(CheckImageTest, WholeImagesPass) {
  EXPECT_EQ(*CheckImage(MakeJpeg(1000)), "image/jpeg");
  EXPECT_EQ(*CheckImage(MakePng(1000)), "image/png");
  // A phone's multi-picture JPEG: a second whole image after the first one's end.
  EXPECT_EQ(*CheckImage(MakeJpeg(500) + MakeJpeg(300)), "image/jpeg");
  std::string webp = std::string("RIFF", 4) + std::string("\x16\x00\x00\x00", 4) + "WEBP" + "VP8L" +
                     std::string("\x0A\x00\x00\x00", 4) + std::string(10, 'p');
  EXPECT_EQ(*CheckImage(webp), "image/webp");
}

TEST(CheckImageTest, AJpegHeadOnSomethingElseIsRefused) {
  // What only the first bytes were checked for before: a JPEG start and then anything.
  std::string polyglot = std::string("\xFF\xD8\xFF\xE0", 4) + "<html><script>alert(1)</script></html>";
  EXPECT_EQ(CheckImage(polyglot).status().code(), ErrorCode::kInvalidArgument);
  std::string jpeg = MakeJpeg(1000);
  EXPECT_FALSE(CheckImage(jpeg.substr(0, 999)).ok());                 // no EOI
  EXPECT_FALSE(CheckImage(jpeg + "<script>alert(1)</script>").ok());  // after EOI
  EXPECT_FALSE(CheckImage(std::string("\xFF\xD8\xFF\xD9", 4)).ok());  // no frame, no scan
  std::string long_segment = jpeg;
  long_segment[4] = '\x7F';  // SOF0's length now runs past the end
  EXPECT_FALSE(CheckImage(long_segment).ok());
}

TEST(CheckImageTest, APngHeadOnSomethingElseIsRefused) {
  std::string png = MakePng(1000);
  EXPECT_FALSE(CheckImage(png.substr(0, 8) + std::string(992, 'x')).ok());
  EXPECT_FALSE(CheckImage(png.substr(0, 999)).ok());  // IEND cut
  EXPECT_FALSE(CheckImage(png + "trailing").ok());
  std::string flipped = png;
  flipped[500] ^= 1;  // inside IDAT: its CRC no longer matches
  auto damaged = CheckImage(flipped);
  ASSERT_FALSE(damaged.ok());
  EXPECT_NE(damaged.status().message().find("CRC"), std::string::npos);
}

TEST(CheckImageTest, AWebpWhoseSizeLiesIsRefused) {
  std::string webp = std::string("RIFF", 4) + std::string("\xFF\x00\x00\x00", 4) + "WEBP" + "VP8L" +
                     std::string("\x0A\x00\x00\x00", 4) + std::string(10, 'p');
  EXPECT_FALSE(CheckImage(webp).ok());
  EXPECT_FALSE(CheckImage("GIF89a").ok());
  EXPECT_FALSE(CheckImage("").ok());
}

}  // namespace
}  // namespace sanwang::api
