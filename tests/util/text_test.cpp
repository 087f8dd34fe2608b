// Escaping of text from untrusted files before it reaches a terminal, a
// browser or a JSON reader: controls shown, never acting; names untouched.

#include "util/text.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

using presencia::util::escape_controls;
using presencia::util::escape_controls_in_json;
using presencia::util::escape_html;
using presencia::util::is_control_or_format;

namespace {

bool has_byte_below_space(const std::string& s) {
    for (const char ch : s) {
        if (static_cast<unsigned char>(ch) < 0x20 || ch == 0x7F) {
            return true;
        }
    }
    return false;
}

TEST(EscapeControls, ShowsEscapeAsText) {
    EXPECT_EQ(escape_controls("a\x1b"
                              "b"),
              "a\\x1bb");
}

TEST(EscapeControls, ShowsScreenClearingSequenceAsText) {
    const std::string shown = escape_controls("\x1b[2J\x1b[Hpagado.pdf");
    EXPECT_EQ(shown, "\\x1b[2J\\x1b[Hpagado.pdf");
    EXPECT_FALSE(has_byte_below_space(shown));
}

TEST(EscapeControls, ShowsEveryAsciiControlAndDel) {
    for (int c = 0; c < 0x20; ++c) {
        const std::string shown = escape_controls(std::string(1, static_cast<char>(c)));
        EXPECT_EQ(shown.substr(0, 2), "\\x") << c;
        EXPECT_FALSE(has_byte_below_space(shown)) << c;
    }
    EXPECT_EQ(escape_controls("\x7f"), "\\x7f");
    EXPECT_EQ(escape_controls("a\tb\nc\r"), "a\\x09b\\x0ac\\x0d");
    EXPECT_EQ(escape_controls(std::string("a\0b", 3)), "a\\x00b");
}

TEST(EscapeControls, ShowsC1ControlsAsCodePoints) {
    EXPECT_EQ(escape_controls("a\u009b"
                              "2J"),
              "a<U+009B>2J"); // the 8-bit CSI
    EXPECT_EQ(escape_controls("\u0085"), "<U+0085>");
}

TEST(EscapeControls, ShowsBidiOverride) {
    const std::string shown = escape_controls("factura\u202Efdp.exe");
    EXPECT_EQ(shown, "factura<U+202E>fdp.exe");
    EXPECT_EQ(shown.find("\u202E"), std::string::npos);
}

TEST(EscapeControls, ShowsEveryBidiAndZeroWidthCharacter) {
    for (const char32_t c : {0x061Cu, 0x200Bu, 0x200Cu, 0x200Du, 0x200Eu, 0x200Fu,  0x202Au,
                             0x202Bu, 0x202Cu, 0x202Du, 0x202Eu, 0x2066u, 0x2067u,  0x2068u,
                             0x2069u, 0x2028u, 0x2029u, 0x2060u, 0xFEFFu, 0xE0001u, 0xE0041u}) {
        EXPECT_TRUE(is_control_or_format(c)) << std::hex << static_cast<uint32_t>(c);
    }
    EXPECT_EQ(escape_controls("Ana\u200BPérez"), "Ana<U+200B>Pérez");
    EXPECT_EQ(escape_controls("\uFEFFAna"), "<U+FEFF>Ana");
    EXPECT_EQ(escape_controls("a\u2066b\u2069"), "a<U+2066>b<U+2069>");
    EXPECT_EQ(escape_controls("x\U000E0041"), "x<U+E0041>"); // a tag letter, invisible
}

TEST(EscapeControls, ReplacesInvalidUtf8) {
    EXPECT_EQ(escape_controls("caf\xe9"), "caf\uFFFD");
    EXPECT_EQ(escape_controls("\xc0\xaf"), "\uFFFD\uFFFD");           // overlong '/'
    EXPECT_EQ(escape_controls("\xed\xa0\x80"), "\uFFFD\uFFFD\uFFFD"); // a surrogate
    EXPECT_EQ(escape_controls("\x9b"
                              "2J"),
              "\uFFFD2J"); // a lone C1 byte never reaches a terminal
}

TEST(EscapeControls, LeavesSpanishAndOtherScriptsUntouched) {
    for (const char* name : {"María José Núñez Peña", "Çağrı Öztürk", "Ñandú Güell i Pujol",
                             "محمد بن علي", "Лев Толстой", "王小明", "O'Brien-López, Ana",
                             "certificado asociación (2).pdf", "Gar\u00ADcía"}) {
        EXPECT_EQ(escape_controls(name), name);
    }
}

TEST(EscapeHtml, EscapesControlsToo) {
    EXPECT_EQ(escape_html("<b>\u202E</b>"), "&lt;b&gt;&lt;U+202E&gt;&lt;/b&gt;");
    EXPECT_EQ(escape_html("\x1b[2J"), "\\x1b[2J");
}

TEST(EscapeControlsInJson, EscapesFormatCharactersAndKeepsTheValue) {
    const nlohmann::json value = {{"file", "factura\u202Efdp.exe"},
                                  {"name", "Ana\u200B\u2028\u0085\x7f"},
                                  {"tag", "\U000E0041"},
                                  {"ok", "María \x1b[2J"}};
    const std::string text = escape_controls_in_json(value.dump(2));
    EXPECT_EQ(text.find("\u202E"), std::string::npos);
    EXPECT_EQ(text.find("\u200B"), std::string::npos);
    EXPECT_EQ(text.find('\x7f'), std::string::npos);
    EXPECT_NE(text.find("factura\\u202efdp.exe"), std::string::npos) << text;
    EXPECT_NE(text.find("\\udb40\\udc41"), std::string::npos) << text;
    EXPECT_NE(text.find("María"), std::string::npos) << "other non-ASCII stays as UTF-8";
    EXPECT_EQ(nlohmann::json::parse(text), value);
}

} // namespace
