#include "report/redact.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <set>

namespace presencia::report {
namespace {

// Word bytes: ASCII letters and digits and any UTF-8 byte (accented letters);
// everything else separates words and is kept as it is.
bool is_word_byte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

size_t utf8_length(char lead) {
    const auto u = static_cast<unsigned char>(lead);
    return u >= 0xF0 ? 4 : u >= 0xE0 ? 3 : u >= 0xC0 ? 2 : 1;
}

int digit_count(std::string_view word) {
    int digits = 0;
    for (char c : word) {
        digits += c >= '0' && c <= '9';
    }
    return digits;
}

// Particles stay readable: "de", "la" name nobody.
constexpr size_t k_min_name_word = 3;

class Masker {
  public:
    explicit Masker(const core::CaseReport& r) {
        add_name(r.info.applicant);
        for (const core::Document& d : r.documents) {
            if (d.holder) {
                add_name(d.holder->name);
            }
            for (const core::Person& p : d.people) {
                add_name(p.name);
            }
            add_name(d.signature.signer);
        }
        for (const std::string& id : r.info.id_numbers) {
            m_words.insert(util::fold(id));
        }
        for (const core::Member& member : r.info.members) {
            add_name(member.name);
            for (const std::string& id : member.id_numbers) {
                m_words.insert(util::fold(id));
            }
        }
    }

    // Names' words → their initial and a dot; numbers → asterisks.
    std::string text(std::string_view in) const {
        std::string out;
        size_t i = 0;
        while (i < in.size()) {
            if (!is_word_byte(in[i])) {
                out += in[i++];
                continue;
            }
            size_t end = i;
            while (end < in.size() && is_word_byte(in[end])) {
                ++end;
            }
            out += word(in.substr(i, end - i));
            i = end;
        }
        return out;
    }

  private:
    void add_name(std::string_view name) {
        for (std::string& w : util::words(util::fold(name))) {
            if (w.size() >= k_min_name_word) {
                m_words.insert(std::move(w));
            }
        }
    }

    std::string word(std::string_view w) const {
        // Document numbers (NIE, DNI, passport, IBAN, Social Security) and
        // any long number; dates are split by their separators and stay.
        if (digit_count(w) >= 5) {
            return std::string(w.size(), '*');
        }
        // Folding may split a word ("López–Quispe"): any name part masks it.
        for (const std::string& part : util::words(util::fold(w))) {
            if (m_words.count(part) != 0) {
                return std::string(w.substr(0, utf8_length(w.front()))) + ".";
            }
        }
        return std::string(w);
    }

    std::set<std::string> m_words; // folded
};

void redact_document(core::Document& d, const Masker& mask) {
    d.file = mask.text(d.file);
    if (d.holder) {
        d.holder->name = initials(d.holder->name);
        d.holder->line = mask.text(d.holder->line);
    }
    for (core::Person& p : d.people) {
        p.name = initials(p.name);
    }
    for (core::DateMention& m : d.dates) {
        m.text = mask.text(m.text);
        m.line = mask.text(m.line);
    }
    d.problem = mask.text(d.problem);
    d.duplicate_of = mask.text(d.duplicate_of);
    d.fingerprint.clear();
    // The HTML report's page picture shows the name as printed: no picture.
    d.thumbnail_jpeg.clear();
    d.thumbnail_width = d.thumbnail_height = 0;
    d.signature.signer = initials(d.signature.signer);
    d.signature.detail = mask.text(d.signature.detail);
}

} // namespace

std::string initials(std::string_view name) {
    std::string out;
    for (size_t i = 0; i < name.size();) {
        if (!is_word_byte(name[i])) {
            ++i;
            continue;
        }
        const size_t length = std::min(utf8_length(name[i]), name.size() - i);
        out += (out.empty() ? "" : " ") + std::string(name.substr(i, length)) + ".";
        while (i < name.size() && is_word_byte(name[i])) {
            ++i;
        }
    }
    return out;
}

core::CaseReport redact(const core::CaseReport& report) {
    const Masker mask(report);
    core::CaseReport out = report;
    out.info.applicant = initials(report.info.applicant);
    for (std::string& id : out.info.id_numbers) {
        id = std::string(id.size(), '*');
    }
    for (core::Document& d : out.documents) {
        redact_document(d, mask);
    }
    for (std::string& e : out.errors) {
        e = mask.text(e);
    }
    // RULES.md, Households: every member is masked like the applicant.
    const auto redact_member = [](core::Member& member) {
        member.name = initials(member.name);
        for (std::string& id : member.id_numbers) {
            id = std::string(id.size(), '*');
        }
        member.birth_date.reset();
        member.disability = member.disability.empty() ? "" : "*";
    };
    for (core::Member& member : out.info.members) {
        redact_member(member);
    }
    for (core::Document& d : out.documents) {
        for (std::string& name : d.members_named) {
            name = initials(name);
        }
    }
    if (out.household) {
        for (core::MemberResult& mr : out.household->members) {
            redact_member(mr.member);
            for (auto* list : {&mr.documents, &mr.named_on}) {
                for (core::DocumentRef& ref : *list) {
                    ref.file = mask.text(ref.file);
                }
            }
        }
        for (core::DocumentMembers& e : out.household->documents) {
            e.document.file = mask.text(e.document.file);
        }
        for (core::DocumentRef& ref : out.household->family_supuesto.documents) {
            ref.file = mask.text(ref.file);
        }
    }
    if (out.identity) {
        out.identity->surname = initials(out.identity->surname);
        out.identity->given_names = initials(out.identity->given_names);
        out.identity->document_number = std::string(out.identity->document_number.size(), '*');
        out.identity->birth_date.reset();
    }
    // The dossier's reasons may name a person (another person's paper) or
    // give a birth date: masked like every other text.
    if (out.dossier) {
        for (core::Requirement& r : out.dossier->requirements) {
            for (core::Reason& why : r.reasons) {
                for (auto& [key, value] : why.args) {
                    value = key == "name"                                     ? initials(value)
                            : key == "birth" || key == "mrz" || key == "case" ? std::string("*")
                                                                              : mask.text(value);
                }
            }
        }
    }
    return out;
}

} // namespace presencia::report
