#include "extract/people.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <cctype>

namespace presencia::extract {
namespace {

std::string strip_punct(std::string_view w) {
    std::string out;
    for (char c : w) {
        if (std::isalpha(static_cast<unsigned char>(c)) || c == '\'' || c == '-') {
            out += c;
        }
    }
    return out;
}

// A word of a date's cue ("F. nac.", "F. alta", "Emisión"): a column's
// title over dates.
bool names_a_date(const std::string& bare, const Lexicon& lex) {
    return std::binary_search(lex.date_cue_words.begin(), lex.date_cue_words.end(), bare);
}

// A word with digits ends a name, unless OCR put them for letters
// ("AL1-RAZA KHAN"): the confusion model says which digits do.
bool has_number(std::string_view w, const Lexicon& lex) {
    const bool digits = std::any_of(
        w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    return digits && !is_letter_like_word(w, lex.confusions);
}

// The case of a word's first letter: ASCII and Latin-1 ("és" is lower
// case, "Ángeles" upper); letters of other scripts count as capitals.
enum class LetterCase { upper, lower, none };

LetterCase first_case(std::string_view printed) {
    if (printed.empty()) {
        return LetterCase::none;
    }
    const auto c = static_cast<unsigned char>(printed[0]);
    if (c < 0x80) {
        return std::isupper(c) ? LetterCase::upper
                               : (std::islower(c) ? LetterCase::lower : LetterCase::none);
    }
    if (c == 0xC3 && printed.size() >= 2) {
        const auto second = static_cast<unsigned char>(printed[1]);
        return second <= 0x9E ? LetterCase::upper : LetterCase::lower;
    }
    return c >= 0xC0 ? LetterCase::upper : LetterCase::none;
}

// An honorific as forms print it, OCR's slips included: a capitalised word
// of parts cut by '/' or ending in '.', each part, its marks and digits
// dropped, an honorific of people.json ("D/Dª", read "D/D?" or "D/D2";
// "Sr./Sra."), never "NIF/NIE" or an address's "S/N". With `slip`, a part
// of three letters or more may be one letter off one ("D./:DhaMUHAMMAD",
// an honorific a typed name is glued to).
bool is_honorific_shaped(std::string_view w, const Lexicon& lex, bool slip = false) {
    constexpr size_t k_longest = 9;
    constexpr size_t k_min_letters_for_a_slip = 3;
    const bool cut = w.find('/') != std::string_view::npos || (!w.empty() && w.back() == '.');
    if (w.empty() || w.size() > k_longest || !cut || first_case(w) != LetterCase::upper) {
        return false;
    }
    static const ConfusionModel plain;
    const auto one_letter_off = [&](const std::string& part) {
        return part.size() >= k_min_letters_for_a_slip &&
               std::any_of(lex.honorifics.begin(), lex.honorifics.end(), [&](const std::string& h) {
                   return h.size() >= k_min_letters_for_a_slip &&
                          weighted_distance(part, h, plain) <= 1.0;
               });
    };
    const std::string folded = util::fold(w);
    size_t start = 0;
    while (start <= folded.size()) {
        const size_t end = std::min(folded.find('/', start), folded.size());
        std::string part;
        for (size_t k = start; k < end; ++k) {
            if (std::isalpha(static_cast<unsigned char>(folded[k]))) {
                part += folded[k];
            }
        }
        if (!util::in_list(lex.honorifics, part) && !(slip && one_letter_off(part))) {
            return false;
        }
        start = end + 1;
    }
    return true;
}

} // namespace

std::string with_glued_honorifics_apart(std::string_view line, const Lexicon& lex) {
    std::string out;
    size_t i = 0;
    while (i < line.size()) {
        const size_t end = std::min(line.find(' ', i), line.size());
        const std::string_view word = line.substr(i, end - i);
        // Where a lower-case letter meets a capital: "DñaA", "DhaM".
        size_t cut = 0;
        for (size_t k = 1; k < word.size(); ++k) {
            if (std::islower(static_cast<unsigned char>(word[k - 1])) &&
                std::isupper(static_cast<unsigned char>(word[k]))) {
                cut = k;
                break;
            }
        }
        if (cut > 0 && word.find('/') < cut &&
            is_honorific_shaped(word.substr(0, cut), lex, /*slip=*/true)) {
            out.append(word.substr(0, cut)).append(" ").append(word.substr(cut));
        } else {
            out.append(word);
        }
        if (end < line.size()) {
            out += ' ';
        }
        i = end + 1;
    }
    return out;
}

namespace {

bool is_particle_word(std::string_view printed, const Lexicon& lex) {
    return util::in_list(lex.name_particles, strip_punct(util::fold(printed)));
}

// Names are capitalised; a lower-case word other than a particle ("de",
// "del") ends one: "Xosé Puig Moreno, coordinador/a de Cáritas".
bool starts_lowercase_word(std::string_view printed, const Lexicon& lex) {
    return first_case(printed) == LetterCase::lower && !is_particle_word(printed, lex);
}

bool starts_uppercase(std::string_view printed) {
    return first_case(printed) == LetterCase::upper;
}

// A label's own words where a name should start ("Cognoms, Nom RACHID",
// "Que Sr./Sra. SOW, FATOUMATA", "Nom i cognoms LIN, JIAN"): the word
// after them, or `i` when none starts there.
size_t after_label_words(const LineWords& lw, size_t i, const Lexicon& lex) {
    const std::vector<std::string>* const lists[] = {&lex.holder_labels, &lex.surname_labels,
                                                     &lex.given_name_labels};
    for (const auto* list : lists) {
        for (const std::string& label : *list) {
            if (find_phrase(lw.folded_text, label, lw.starts[i]) == lw.starts[i]) {
                return lw.word_at(lw.starts[i] + label.size() - 1) + 1;
            }
        }
    }
    // "NOMBRE DEL BENEFICIARIO": a particle and a role word go on with the label.
    if (i + 1 < lw.folded.size() && util::in_list(lex.name_particles, lw.folded[i]) &&
        (util::in_list(lex.holder_labels, strip_punct(lw.folded[i + 1])) ||
         util::in_list(lex.holder_role_words, strip_punct(lw.folded[i + 1])))) {
        return i + 2;
    }
    return i;
}

// Past up to two honorifics where a name starts ("El/La Sr./Sra. ...",
// "D/Dª PETRENKO, NIKOLAI" opening the line under "certifica que").
size_t after_honorifics(const LineWords& lw, size_t first, const Lexicon& lex) {
    for (int k = 0;
         k < 2 && first < lw.printed.size() && is_honorific_shaped(lw.printed[first], lex); ++k) {
        first = after_label_words(lw, first + 1, lex);
    }
    return first;
}

// A label's word inside a name's place ("TITULAR ORDENANTE"): no name has
// it. Short labels ("d.", "sr.") are left out: an initial is no label.
bool is_role_word(const std::string& bare, const Lexicon& lex) {
    constexpr size_t k_shortest_role_word = 5;
    return bare.size() >= k_shortest_role_word &&
           (util::in_list(lex.holder_role_words, bare) ||
            std::any_of(lex.label_roles.begin(), lex.label_roles.end(),
                        [&](const auto& lr) { return lr.first == bare; }));
}

// "NIF/NIE", "Fecha/Data": a word of slashed parts is no name when a part
// ends one. Nor is a word in the inclusive form, "Jefe/a" (people.json,
// inclusive_endings).
bool has_stop_part(const std::string& folded, const Lexicon& lex) {
    const size_t slash = folded.rfind('/');
    if (slash == std::string::npos) {
        return false;
    }
    constexpr size_t k_shortest_stem = 3;
    if (slash >= k_shortest_stem &&
        util::in_list(lex.inclusive_endings, strip_punct(folded.substr(slash + 1)))) {
        return true;
    }
    for (const std::string& part : util::words(folded)) {
        if (util::in_list(lex.name_stop_words, part) || util::in_list(lex.not_name_words, part) ||
            util::in_list(lex.other_labels, part)) {
            return true;
        }
    }
    return false;
}

// A lower-case word between two name words, with no comma before it, is a
// slip in the name, not the end of it: a doubled particle ("de laa Cruz"),
// a capital lost to OCR ("Juan Pablo uispe Castillo").
bool slip_inside_name(const LineWords& lw, size_t i, size_t taken, const Lexicon& lex) {
    if (taken == 0 || i + 1 >= lw.printed.size() || lw.folded[i].size() < 3) {
        return false;
    }
    const char before = lw.printed[i - 1].back();
    const std::string next = strip_punct(lw.folded[i + 1]);
    return before != ',' && before != '.' && starts_uppercase(lw.printed[i + 1]) && !next.empty() &&
           !util::in_list(lex.name_stop_words, next) && !util::in_list(lex.not_name_words, next);
}

// OCR reads a capital I as l: "Titular: Ana-Maria lonescu". A word of four
// letters or more starting with l, right after a name word and ending the
// line, is that surname, not the next sentence's first word.
bool capital_i_read_as_l(const LineWords& lw, size_t i, size_t taken, const Lexicon& lex) {
    const std::string bare = strip_punct(lw.folded[i]);
    return taken > 0 && i + 1 == lw.printed.size() && lw.printed[i].front() == 'l' &&
           bare.size() >= 4 && lw.printed[i - 1].back() != ',' && lw.printed[i - 1].back() != '.' &&
           !util::in_list(lex.name_stop_words, bare) && !util::in_list(lex.not_name_words, bare);
}

// The same l opening a name, with a capitalised name word after it:
// "lbrahim Diallo", "Nombre y apellidos lonescu, Iryna". No word starts
// with an l and a consonant ("ll" aside), so "lbrahim" is Ibrahim; before a
// vowel ("licencia VTC") only the surname-first form's comma says so.
bool capital_i_read_as_l_opening(const LineWords& lw, size_t i, const Lexicon& lex) {
    const std::string bare = strip_punct(lw.folded[i]);
    const std::string& printed = lw.printed[i];
    if (i + 1 >= lw.printed.size() || bare.size() < 4 || printed.front() != 'l' ||
        !std::islower(static_cast<unsigned char>(printed[1])) ||
        !starts_uppercase(lw.printed[i + 1]) || util::in_list(lex.name_stop_words, bare) ||
        util::in_list(lex.not_name_words, bare) || util::in_list(lex.name_particles, bare)) {
        return false;
    }
    const bool consonant_next = std::string_view("aeiouly").find(bare[1]) == std::string_view::npos;
    return consonant_next || printed.back() == ',';
}

// Words after a label that read as a name: letters only, up to a stop word,
// a digit, a following label ("NIE:") or the end of the line.
std::pair<size_t, size_t> name_span(const LineWords& lw, size_t first, const Lexicon& lex) {
    size_t i = first;
    while (i < lw.folded.size() && strip_punct(lw.folded[i]).empty()) {
        ++i; // ":" "-" between the label and the name
    }
    // The label goes on in lower case up to its colon: "Titular do
    // contrato: SOLER ALONSO, XOSÉ", "Titular de la cuenta nº: ...".
    constexpr size_t k_label_tail_words = 4;
    for (size_t j = i; j < lw.folded.size() && j < i + k_label_tail_words; ++j) {
        if (first_case(lw.printed[j]) == LetterCase::upper) {
            break;
        }
        if (lw.folded[j].back() == ':') {
            i = j + 1;
            break;
        }
    }
    // Labels ending the line leave no name on it: "CERTIFICA que Sr./Sra."
    // / "José Luis Ramírez Huamán, con Pasaporte ..." is no "Sr. Sra.".
    // "como ARRENDATARIO/A, D/Dª Jose Miguel LIN": an honorific after the
    // label is no part of the name either.
    for (size_t next = i; i < lw.folded.size(); i = next) {
        next = after_label_words(lw, i, lex);
        if (next == i && is_honorific_shaped(lw.printed[i], lex)) {
            next = i + 1;
        }
        if (next == i) {
            break;
        }
    }
    const size_t start = i;
    // A name starts with a capital, or with particles before one ("del
    // Valle Montoya, Sandra"): "que la persona ANA ..." is no name at "la"
    // (an all-lower-case line is read as it comes).
    size_t first_name_word = i;
    while (first_name_word + 1 < lw.printed.size() &&
           is_particle_word(lw.printed[first_name_word], lex)) {
        ++first_name_word;
    }
    const bool lower_line = std::none_of(lw.printed.begin(), lw.printed.end(),
                                         [](const std::string& w) { return starts_uppercase(w); });
    if (i < lw.printed.size() && !lower_line && !starts_uppercase(lw.printed[first_name_word]) &&
        !capital_i_read_as_l_opening(lw, first_name_word, lex) &&
        !std::isdigit(static_cast<unsigned char>(lw.printed[i].front()))) {
        return {start, start};
    }
    size_t taken = 0;
    for (; i < lw.folded.size() && taken < 7; ++i) {
        const std::string bare = strip_punct(lw.folded[i]);
        if (bare.empty() || has_number(lw.folded[i], lex) ||
            util::in_list(lex.name_stop_words, bare) || util::in_list(lex.not_name_words, bare) ||
            util::in_list(lex.other_labels, bare) ||
            (bare.size() >= 4 && names_a_date(bare, lex)) || has_stop_part(lw.folded[i], lex) ||
            is_role_word(bare, lex) ||
            (starts_lowercase_word(lw.printed[i], lex) && !slip_inside_name(lw, i, taken, lex) &&
             !capital_i_read_as_l(lw, i, taken, lex) &&
             !(taken == 0 && capital_i_read_as_l_opening(lw, i, lex)))) {
            break;
        }
        // "D./Dña. Khadija Zerrouki y Sr./Sra. Grace Rojas": a conjunction
        // before an honorific opens the next person's name.
        if (taken > 0 && is_particle_word(lw.printed[i], lex) && i + 1 < lw.printed.size() &&
            (after_label_words(lw, i + 1, lex) > i + 1 ||
             (lw.printed[i + 1].find('/') != std::string::npos &&
              is_honorific_shaped(lw.printed[i + 1], lex)))) {
            break;
        }
        // The next label; a colon ending the line ends a letter's greeting
        // ("Estimado/a Sr./Sra. Dmytro Kovalenko:") and the name with it.
        if (lw.folded[i].back() == ':' && taken > 0 && i + 1 < lw.folded.size()) {
            break;
        }
        // "... Awa Fall Diop Le casier judiciaire": the article opens the
        // next sentence OCR joined to the name's line. Opening the line
        // ("Le remitimos la factura"), it is a sentence, and no name.
        if (taken != 1 && util::in_list(lex.sentence_openers, bare) &&
            starts_uppercase(lw.printed[i]) && i + 1 < lw.printed.size() &&
            starts_lowercase_word(lw.printed[i + 1], lex)) {
            break;
        }
        ++taken;
        if (lw.folded[i].back() == '.' && bare.size() > 1 && taken >= 2) {
            ++i;
            break; // sentence end
        }
    }
    return {start, start + taken};
}

bool has_role_word(const LineWords& lw, const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) {
        return find_phrase(lw.folded_text, w) != std::string::npos;
    });
}

// The first of `words` (longest first) found in the line, or nullopt.
std::optional<std::string> role_word_in(const LineWords& lw,
                                        const std::vector<std::string>& words) {
    for (const std::string& w : words) {
        if (find_phrase(lw.folded_text, w) != std::string::npos) {
            return w;
        }
    }
    return std::nullopt;
}

// "D./Dña. Juan Sanz Gil, voluntario de Cáritas Parroquial," / "CERTIFICA
// que ...": who certifies is named before the verb, in the same sentence;
// the person certified about comes after it. The words after the name, up
// to the sentence's end or its "que", hold the verb for an official.
bool certifies(const std::vector<LineWords>& lines, size_t line, size_t after_word,
               const Lexicon& lex) {
    // The apposition after a comma ("Sanz Gil, voluntario de ..."): a form's
    // field followed, lines below, by a verb is no such sentence.
    if (after_word == 0 || lines[line].printed[after_word - 1].back() != ',') {
        return false;
    }
    constexpr size_t k_lines_ahead = 2;
    std::string sentence = lines[line].printed_range(after_word, lines[line].printed.size());
    for (size_t j = line + 1; j < lines.size() && j <= line + k_lines_ahead; ++j) {
        sentence += " " + lines[j].printed_range(0, lines[j].printed.size());
    }
    const LineWords words = LineWords::from(sentence);
    for (size_t i = 0; i < words.folded.size(); ++i) {
        const std::string bare = strip_punct(words.folded[i]);
        if (bare == "que" || (words.folded[i].back() == '.' && bare.size() > 3)) {
            return false;
        }
        for (const std::string& verb : lex.prose_verbs) {
            if (find_phrase(words.folded_text, verb) == words.starts[i]) {
                return true;
            }
        }
    }
    return false;
}

// "De otra parte, D. Juan Pérez ... en calidad de ARRENDADOR": the role words
// near a "D." name decide whose name it is. Nullopt when they say nothing
// (the label's role stands).
std::optional<core::PersonRole> role_from_context(const std::vector<LineWords>& lines, size_t line,
                                                  size_t first_word, size_t after_word,
                                                  const Lexicon& lex) {
    const LineWords& lw = lines[line];
    LineWords rest = LineWords::from(lw.printed_range(after_word, lw.printed.size()));
    // "Xosé Gómez Soler, director/a de ...": the official who signs.
    if (after_word > 0 && after_word < lw.printed.size() &&
        lw.printed[after_word - 1].back() == ',') {
        const std::string& title = lw.folded[after_word];
        if (std::any_of(lex.official_title_stems.begin(), lex.official_title_stems.end(),
                        [&](const std::string& stem) { return title.rfind(stem, 0) == 0; })) {
            return core::PersonRole::official;
        }
    }
    if (certifies(lines, line, after_word, lex)) {
        return core::PersonRole::official;
    }
    if (const auto w = role_word_in(rest, lex.holder_role_words)) {
        return role_for_label(*w, false, lex);
    }
    if (const auto w = role_word_in(rest, lex.other_labels)) {
        return role_for_label(*w, true, lex);
    }
    // Signature blocks put the role on the line above or below a name that
    // stands alone: "El Secretari General, P.D." / "Alberto Castro Serrano".
    const bool alone = first_word == 0 && after_word >= lw.printed.size();
    if (alone && line > 0 && !role_word_in(lines[line - 1], lex.holder_role_words)) {
        if (const auto w = role_word_in(lines[line - 1], lex.other_labels)) {
            return role_for_label(*w, true, lex);
        }
    }
    // The sentence going on below ("en calidad de ARRENDADOR"), not the
    // next field ("Beneficiario: ...").
    const LineWords* next = line + 1 < lines.size() ? &lines[line + 1] : nullptr;
    if (!next || next->printed.empty() || first_case(next->printed.front()) != LetterCase::lower) {
        return std::nullopt;
    }
    if (const auto w = role_word_in(*next, lex.holder_role_words)) {
        return role_for_label(*w, false, lex);
    }
    if (!role_word_in(*next, lex.holder_labels)) {
        if (const auto w = role_word_in(*next, lex.other_labels)) {
            return role_for_label(*w, true, lex);
        }
    }
    return std::nullopt;
}

// The label a damaged honorific stands for: the role is left to the words
// around the name, as after "D./Dña.".
constexpr const char* k_generic_honorific = "d./dna.";

// A name this many words into its line is inside a sentence, not a form field.
constexpr size_t k_prose_words_before_name = 5;

// Letters all upper case (accented capitals count; punctuation ignored).
bool is_all_caps(const std::string& printed) {
    bool letters = false;
    for (const char ch : printed) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::islower(c)) {
            return false;
        }
        letters = letters || std::isupper(c);
    }
    return letters;
}

// How a name is printed: "JUAN PABLO" and "Juan Pablo" continue on the next
// line in the same style, which tells a wrapped name from the next sentence.
enum class NameCase { all_caps, title, mixed };

NameCase name_case(const std::string& printed, const Lexicon& lex) {
    if (is_all_caps(printed)) {
        return NameCase::all_caps;
    }
    const auto words = util::words(printed);
    const bool title = std::all_of(words.begin(), words.end(), [&](const std::string& w) {
        return starts_uppercase(w) || util::in_list(lex.name_particles, strip_punct(util::fold(w)));
    });
    return title ? NameCase::title : NameCase::mixed;
}

// "APELIDOS    NOME": the next box's label beside a label, not a name.
bool is_label_only(const LineWords& lw, const Lexicon& lex) {
    std::string text = lw.folded_text;
    while (!text.empty() && (text.back() == ':' || text.back() == ' ')) {
        text.pop_back();
    }
    const std::vector<std::string>* const lists[] = {&lex.holder_labels, &lex.surname_labels,
                                                     &lex.given_name_labels, &lex.other_labels};
    return std::any_of(
        std::begin(lists), std::end(lists),
        [&](const std::vector<std::string>* labels) { return util::in_list(*labels, text); });
}

// The words from `from` on are other columns' titles: labels, or words no
// name has ("VUELO", "FECHA / DATE"), with the marks between them.
bool only_column_titles(const LineWords& lw, size_t from, const Lexicon& lex) {
    size_t titles = 0;
    for (size_t i = from; i < lw.folded.size();) {
        const std::string bare = strip_punct(lw.folded[i]);
        if (const size_t next = after_label_words(lw, i, lex); next > i) {
            i = next;
            ++titles;
        } else if (bare.empty() || bare.size() == 1) {
            ++i; // "/" between a title's languages, "A/TO"'s parts
        } else if (util::in_list(lex.name_stop_words, bare) ||
                   util::in_list(lex.not_name_words, bare) || names_a_date(bare, lex)) {
            ++i;
            ++titles;
        } else {
            return false;
        }
    }
    return titles > 0;
}

// The words from `from` on open another column: a short label ending in
// ':' ("Fecha de factura: 06/04/2026"), two columns OCR read as one line.
bool next_columns_label_follows(const LineWords& lw, size_t from) {
    constexpr size_t k_max_label_words = 4;
    for (size_t i = from; i < lw.printed.size() && i < from + k_max_label_words; ++i) {
        if (!lw.printed[i].empty() && lw.printed[i].back() == ':') {
            return true;
        }
    }
    return false;
}

std::vector<std::pair<size_t, std::string>> labels_in(const LineWords& lw,
                                                      const std::vector<std::string>& labels);
// "... solidariamente, D/Dª MONTSERRAT MORENO VIDAL y Don/Doña" ending a
// line of prose, "GARCÍA DE LA CRUZ, WILMER." opening the next: the name the
// label ends on is the next line's, when it reads as one (two words or more)
// and a comma, a full stop or the sentence going on ends it, never a line
// that is a name-like heading ("CONDICIONES GENERALES").
std::optional<PersonMention> prose_name_below(const std::vector<LineWords>& lines, size_t line,
                                              const std::string& label, bool other,
                                              const Lexicon& lex) {
    if (line + 1 >= lines.size() || lines[line].printed.size() < k_prose_words_before_name) {
        return std::nullopt;
    }
    const LineWords& next = lines[line + 1];
    const size_t start = after_honorifics(next, 0, lex);
    const auto [first, last] = name_span(next, start, lex);
    if (first != start || last < start + 2) {
        return std::nullopt;
    }
    const char end = next.printed[last - 1].back();
    if (last == next.printed.size() && end != ',' && end != '.') {
        return std::nullopt;
    }
    PersonMention m{next.printed_range(first, last), line + 1, label,
                    role_for_label(label, other, lex)};
    if (!other && m.role == core::PersonRole::holder) {
        if (const auto role = role_from_context(lines, line + 1, 0, last, lex)) {
            m.role = *role;
        }
    }
    return m;
}

// "ORDENANTE" / "DATOS DEL BENEFICIARIO" alone on a line, a few lines over
// "Nombre: ...": the section's heading names the role of the person in it.
// A line labelling someone else in between ends the section.
std::optional<core::PersonRole> section_role(const std::vector<LineWords>& lines, size_t line,
                                             const Lexicon& lex) {
    constexpr size_t k_lines_up = 3;
    for (size_t j = line; j-- > 0 && line - j <= k_lines_up;) {
        std::string_view heading = lines[j].folded_text;
        while (!heading.empty() &&
               (heading.back() == ':' || heading.back() == '.' || heading.back() == ' ')) {
            heading.remove_suffix(1);
        }
        for (const std::string& opener : lex.section_openers) {
            if (heading.size() > opener.size() + 1 &&
                heading.compare(0, opener.size(), opener) == 0 && heading[opener.size()] == ' ') {
                heading.remove_prefix(opener.size() + 1);
                break;
            }
        }
        for (const auto& [label, role] : lex.label_roles) {
            if (heading == label) {
                return role;
            }
        }
        if (!labels_in(lines[j], lex.holder_labels).empty() ||
            !labels_in(lines[j], lex.other_labels).empty()) {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

std::optional<PersonMention> read_after_label(const std::vector<LineWords>& lines, size_t line,
                                              size_t label_end_word, const std::string& label,
                                              bool other, const Lexicon& lex) {
    // Where the label starts on its line: words before it are other labels
    // or a title's.
    const size_t label_words = LineWords::from(label).folded.size();
    const size_t label_start = label_end_word - std::min(label_end_word, label_words);
    auto [first, last] = name_span(lines[line], label_end_word, lex);
    size_t name_line = line;
    bool table_column = false;
    // "PASAJERO / NAME   VUELO   FECHA / DATE": the first of a row of column
    // titles, with the values on the line below; its column is the first.
    // "Titular  Fecha de factura: ...": the same, the next column holding
    // its own label and value, when no name follows the label.
    const bool heads_columns =
        label_start == 0 &&
        (only_column_titles(lines[line], label_end_word, lex) ||
         (first == last && next_columns_label_follows(lines[line], label_end_word)));
    if (heads_columns) {
        const size_t below = line_below(lines, line);
        if (below == std::string::npos) {
            return std::nullopt;
        }
        // A table of people (a household's rows, each a name and its
        // numbers): its first row is one of them, not the page's holder;
        // the list's readers read every row.
        if (const size_t next = line_below(lines, below); next != std::string::npos) {
            const auto [next_first, next_last] = name_span(lines[next], 0, lex);
            const std::string& row = lines[next].folded_text;
            if (next_first == 0 && next_last >= 2 &&
                std::any_of(row.begin(), row.end(),
                            [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) {
                return std::nullopt;
            }
        }
        name_line = below;
        table_column = true;
        std::tie(first, last) =
            name_span(lines[name_line], after_honorifics(lines[name_line], 0, lex), lex);
    } else if (first == last && first >= lines[line].folded.size()) {
        // Label alone on its line: the name is beside it (two columns) or
        // under it (boxes). A title's last word ("INFORME MÉDICO",
        // "CERTIFICAT DE L'USUARI") is no label over a value.
        // Label words before it ("TITULAR ORDENANTE") keep it a label.
        if (after_label_words(lines[line], 0, lex) < label_start) {
            for (size_t w = 0; w < label_start; ++w) {
                if (!strip_punct(lines[line].folded[w]).empty()) {
                    return prose_name_below(lines, line, label, other, lex);
                }
            }
        }
        // Beside it, a name of two words at least: "PACIENT | NHC" puts the
        // next box's label there, and the name under it.
        size_t below = line_right(lines, line);
        if (below == std::string::npos || name_span(lines[below], 0, lex).second < 2 ||
            is_label_only(lines[below], lex)) {
            table_column = below != std::string::npos; // other columns beside the label
            below = line_below(lines, line);
        }
        // "CARNÉ DE USUARIO" over "Beneficiario: ...": a title, not a label
        // over its value, when the line under it is labelled itself.
        if (below == std::string::npos ||
            (!lines[below].folded.empty() && lines[below].folded.front().back() == ':')) {
            return std::nullopt;
        }
        name_line = below;
        std::tie(first, last) =
            name_span(lines[name_line], after_honorifics(lines[name_line], 0, lex), lex);
    }
    if (last - first < 1) {
        return std::nullopt;
    }
    std::string name = lines[name_line].printed_range(first, last);
    std::string tail;
    // "APELLIDOS," at the end of a line, "NOMBRE" on the next one.
    if (last == lines[name_line].printed.size() && name.back() == ',' &&
        name_line + 1 < lines.size()) {
        const auto [next_first, next_last] = name_span(lines[name_line + 1], 0, lex);
        if (next_first == 0 && next_last > 0 && next_last <= 3) {
            name += " " + lines[name_line + 1].printed_range(0, next_last);
        }
    }
    // "... que constan en el Padrón, Don/Doña MARÍA DE LOS ÁNGELES" ending a
    // line of prose, "MONTOYA GUTIÉRREZ, con ..." opening the next: a
    // capitalised name wrapped. Only in prose: after "Cliente: NAME" the
    // next line is the receipt's first item.
    // Title case too: "... a D./Dña. Sandra Milena" / "Montoya Vargas, como ...".
    else if (last == lines[name_line].printed.size() && last - first <= 4 &&
             first >= k_prose_words_before_name && name_line + 1 < lines.size()) {
        const LineWords& next = lines[name_line + 1];
        const auto [next_first, next_last] = name_span(next, 0, lex);
        const std::string more = next.printed_range(0, next_last);
        const NameCase style = name_case(name, lex);
        // One word is no name: "D./Dña. JHON" / "FREDDY GARCÍA MAMANI." goes
        // on for one word more than a name cut after two. Capitals tell a
        // name from the sentence's words, so a name in capitals goes on to
        // a whole name's length ("Sr./Sra. AIT LAHCEN" / "HADDAD FATIMA ZAHRA es").
        constexpr size_t k_most_name_words = 6;
        const size_t most_tail_words = style == NameCase::all_caps
                                           ? k_most_name_words - (last - first)
                                           : (last - first == 1 ? 3 : 2);
        if (next_first == 0 && next_last > 0 && next_last <= most_tail_words &&
            style != NameCase::mixed && name_case(more, lex) == style) {
            tail = more;
        }
    }
    PersonMention m{name, name_line, label, role_for_label(label, other, lex)};
    m.table_column = table_column;
    if (name_line != line) {
        // The label alone under others on its line: a header of columns.
        if (label_start > 0) {
            std::string first_label;
            size_t first_end = label_end_word;
            for (const auto& [end, found] : labels_in(lines[line], lex.holder_labels)) {
                if (end < first_end) {
                    first_end = end;
                    first_label = found;
                }
            }
            m.shared_row = !first_label.empty();
            m.row_first_role = role_for_label(first_label, false, lex);
        }
    }
    m.wrapped_tail = tail;
    // A generic label ("D./Dña.", "Nombre") leaves the role to the words
    // around the name; "Ordenante:" or "Paciente:" says it; else the
    // heading of the section it is in. A label that names the subject's own
    // role ("Trabajador/a", "Arrendatario") says it too: a payslip's grid
    // read column by column put "EMPRESA" two lines above it.
    if (!other && m.role == core::PersonRole::holder &&
        !util::in_list(lex.holder_role_words, label)) {
        if (const auto role =
                role_from_context(lines, name_line, name_line == line ? first : 0, last, lex)) {
            m.role = *role;
        } else if (const auto heading = section_role(lines, line, lex)) {
            m.role = *heading;
        }
    }
    return m;
}

// The first label of `labels` found in the line, as (word index after it, label).
std::vector<std::pair<size_t, std::string>> labels_in(const LineWords& lw,
                                                      const std::vector<std::string>& labels) {
    std::vector<std::pair<size_t, std::string>> found;
    std::vector<bool> used(lw.folded.size() + 1, false);
    for (const std::string& label : labels) {
        size_t pos = find_phrase(lw.folded_text, label);
        while (pos != std::string::npos) {
            const size_t first_word = lw.word_at(pos);
            const size_t end_word = lw.word_at(pos + label.size() - 1) + 1;
            // A label starts a word: "d." inside "P.D." is no label.
            const bool starts_word =
                pos == 0 ||
                std::string_view(" (\"'").find(lw.folded_text[pos - 1]) != std::string_view::npos;
            if (starts_word && !used[first_word]) {
                for (size_t w = first_word; w < end_word; ++w) {
                    used[w] = true;
                }
                found.emplace_back(end_word, label);
            }
            pos = find_phrase(lw.folded_text, label, pos + label.size());
        }
    }
    return found;
}

std::optional<PersonMention> split_boxes(const std::vector<LineWords>& lines,
                                         const std::vector<std::string>& surname_labels,
                                         const std::vector<std::string>& given_labels,
                                         const Lexicon& lex) {
    for (size_t i = 0; i < lines.size(); ++i) {
        for (const auto& [after, label] : labels_in(lines[i], surname_labels)) {
            auto surname = read_after_label(lines, i, after, label, false, lex);
            if (!surname) {
                continue;
            }
            for (size_t j = i >= 3 ? i - 3 : 0; j < std::min(lines.size(), i + 4); ++j) {
                for (const auto& [gafter, glabel] : labels_in(lines[j], given_labels)) {
                    if (j == i && gafter <= after) {
                        continue;
                    }
                    auto given = read_after_label(lines, j, gafter, glabel, false, lex);
                    std::string family = surname->name;
                    // "Nom : DIARRA Prénoms : Kadiatou": on one line the
                    // surname's read runs on into the next label.
                    if (j == i) {
                        const LineWords read = LineWords::from(family);
                        for (size_t w = 1; w < read.folded.size(); ++w) {
                            if (strip_punct(read.folded[w]) == glabel) {
                                family = read.printed_range(0, w);
                                break;
                            }
                        }
                    }
                    if (given && given->name != family) {
                        return PersonMention{family + ", " + given->name, i, label,
                                             core::PersonRole::holder};
                    }
                }
            }
        }
    }
    return std::nullopt;
}

// "APELLIDOS: LOPEZ QUISPE" and "NOMBRE: MARIA FERNANDA" in separate boxes;
// "Nom : BEN SALAH" over "Prénom : WASSIM", where "Nom" is the surname only
// because a given-name label of its kind is near.
std::optional<PersonMention> split_boxes(const std::vector<LineWords>& lines, const Lexicon& lex) {
    for (const auto& [surname_labels, given_labels] :
         {std::pair{&lex.surname_labels, &lex.given_name_labels},
          std::pair{&lex.surname_beside_given, &lex.given_beside_surname}}) {
        if (auto m = split_boxes(lines, *surname_labels, *given_labels, lex)) {
            return m;
        }
    }
    return std::nullopt;
}

// "CERTIFICA:" / "Que KATHERINE LÓPEZ MONTOYA, con Pasaporte ...".
std::optional<PersonMention> prose_holder(const std::vector<LineWords>& lines, size_t i,
                                          const Lexicon& lex) {
    const LineWords& lw = lines[i];
    const bool after_verb = (i > 0 && has_role_word(lines[i - 1], lex.prose_verbs)) ||
                            has_role_word(lw, lex.prose_verbs);
    if (!after_verb) {
        return std::nullopt;
    }
    // "Que" opens the line, follows one word ("CERTIFICA: Que") or the verb
    // itself on the line ("Se certifica que", "hace constar que").
    const auto opens_after_verb = [&](size_t pos) {
        if (pos == 0 || lw.word_at(pos) == 1) {
            return true;
        }
        std::string before = lw.folded_text.substr(0, pos);
        while (!before.empty() && before.back() == ' ') {
            before.pop_back();
        }
        return std::any_of(lex.prose_verbs.begin(), lex.prose_verbs.end(), [&](const auto& v) {
            return before.size() >= v.size() &&
                   before.compare(before.size() - v.size(), v.size(), v) == 0 &&
                   (before.size() == v.size() || before[before.size() - v.size() - 1] == ' ');
        });
    };
    for (const std::string& opener : lex.prose_holder_openers) {
        const size_t pos = find_phrase(lw.folded_text, opener);
        if (pos == std::string::npos || !opens_after_verb(pos)) {
            continue;
        }
        return read_after_label(lines, i, lw.word_at(pos + opener.size() - 1) + 1, opener, false,
                                lex);
    }
    return std::nullopt;
}

// The whole line is a name: "ANA LÓPEZ QUISPE", "Mark Anthony Mendoza".
bool is_name_line(const LineWords& lw, const Lexicon& lex) {
    constexpr size_t k_fewest_words = 2, k_most_words = 6;
    if (lw.printed.size() < k_fewest_words || lw.printed.size() > k_most_words ||
        is_label_only(lw, lex)) {
        return false;
    }
    const auto [first, last] = name_span(lw, 0, lex);
    return first == 0 && last == lw.printed.size() &&
           std::all_of(lw.printed.begin(), lw.printed.end(), [&](const std::string& w) {
               return starts_uppercase(w) || is_particle_word(w, lex);
           });
}

// The line ends with one of `endings` after a real word: "otorga a",
// "diploma a", never a signature's scribble OCR read as "q zlt MIA A".
bool ends_with_any(const LineWords& lw, const std::vector<std::string>& endings) {
    constexpr size_t k_word_letters = 4;
    const std::string& text = lw.folded_text;
    return std::any_of(endings.begin(), endings.end(), [&](const std::string& e) {
        if (text.size() <= e.size() || text.compare(text.size() - e.size(), e.size(), e) != 0 ||
            text[text.size() - e.size() - 1] != ' ') {
            return false;
        }
        const size_t end = text.size() - e.size() - 1;
        const size_t start = text.rfind(' ', end - 1);
        const std::string_view before(text.data() + (start == std::string::npos ? 0 : start + 1),
                                      end - (start == std::string::npos ? 0 : start + 1));
        return static_cast<size_t>(std::count_if(before.begin(), before.end(), [](char c) {
                   return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
               })) >= k_word_letters;
    });
}

// The page's top line is the letterhead's (a company over its own
// address). With boxes, that is the line nothing is printed above, for
// OCR may read a window envelope's addressee before the logo's NIF line;
// without them, the first line of the reading order.
bool opens_letterhead(const std::vector<LineWords>& lines, size_t i) {
    const core::Box& box = lines[i].box;
    if (box.h == 0) {
        return i == 0;
    }
    return std::none_of(lines.begin(), lines.end(), [&](const LineWords& other) {
        return other.box.h > 0 && other.box.y + other.box.h <= box.y;
    });
}

// A name with no label that the layout says is the page's subject: a
// letter's addressee (the name alone over an address line, below the
// letterhead) or the name a sentence introduces on the next line.
std::optional<PersonMention> unlabelled_subject(const std::vector<LineWords>& lines, size_t i,
                                                const Lexicon& lex) {
    if (!is_name_line(lines[i], lex)) {
        return std::nullopt;
    }
    const bool over_address = !opens_letterhead(lines, i) && i + 1 < lines.size() &&
                              !lines[i + 1].folded.empty() &&
                              util::in_list(lex.address_words, lines[i + 1].folded.front());
    // A sentence introduces ("S'atorga a"), not a signature's scribble read
    // as "A a": it has a word, not just letters.
    constexpr size_t k_word_letters = 4;
    const bool sentence =
        i > 0 && std::any_of(lines[i - 1].folded.begin(), lines[i - 1].folded.end(),
                             [](const std::string& w) { return w.size() >= k_word_letters; });
    const bool introduced =
        sentence && (ends_with_any(lines[i - 1], lex.name_introducers) ||
                     util::in_list(lex.name_introducers, lines[i - 1].folded_text));
    if (!over_address && !introduced) {
        return std::nullopt;
    }
    return PersonMention{lines[i].printed_range(0, lines[i].printed.size()), i, "",
                         core::PersonRole::holder};
}

// "Xiaoming Mendoza ha completado el itinerario ...": a name opening a line
// right before a certificate's verb is the person the page is about.
std::optional<PersonMention> subject_before_verb(const std::vector<LineWords>& lines, size_t i,
                                                 const Lexicon& lex) {
    const LineWords& lw = lines[i];
    const auto [first, last] = name_span(lw, 0, lex);
    if (first != 0 || last < 2 || last >= lw.printed.size() ||
        !std::all_of(lw.printed.begin(), lw.printed.begin() + static_cast<std::ptrdiff_t>(last),
                     [&](const std::string& w) {
                         return starts_uppercase(w) || is_particle_word(w, lex);
                     })) {
        return std::nullopt;
    }
    const std::string_view rest = std::string_view(lw.folded_text).substr(lw.starts[last]);
    const bool verb = std::any_of(lex.subject_verbs.begin(), lex.subject_verbs.end(),
                                  [&](const std::string& v) { return find_phrase(rest, v) == 0; });
    if (!verb) {
        return std::nullopt;
    }
    return PersonMention{lw.printed_range(0, last), i, "", core::PersonRole::holder};
}

// A list's item marker opening a line: "-", "•", "*", "1.", "2)".
bool is_item_marker(std::string_view w) {
    if (w == "-" || w == "\u2022" || w == "\u00b7" || w == "*" || w == "\u2013") {
        return true;
    }
    const size_t digits = static_cast<size_t>(std::count_if(
        w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }));
    return w.size() >= 2 && digits == w.size() - 1 && (w.back() == '.' || w.back() == ')');
}

// The item a list line holds: its name after the marker and an honorific.
std::optional<PersonMention> list_item(const std::vector<LineWords>& lines, size_t i,
                                       const Lexicon& lex) {
    const LineWords& lw = lines[i];
    if (lw.printed.size() < 3 || !is_item_marker(lw.printed.front())) {
        return std::nullopt;
    }
    const size_t first = after_honorifics(lw, after_label_words(lw, 1, lex), lex);
    const auto [start, end] = name_span(lw, first, lex);
    if (end - start < 2) {
        return std::nullopt;
    }
    return PersonMention{lw.printed_range(start, end), i, "", core::PersonRole::holder};
}

// "... figuran inscritas ... las personas siguientes:" and one person an
// item below it: everyone listed, in order. A line that is no item ends
// the list unless an item follows it (the end of an item wrapped).
std::vector<PersonMention> listed_people(const std::vector<LineWords>& lines, const Lexicon& lex) {
    std::vector<PersonMention> out;
    for (size_t i = 0; i < lines.size(); ++i) {
        // The introducer may wrap: "... las personas" / "siguientes:".
        const std::string around =
            (i > 0 ? lines[i - 1].folded_text + " " : std::string()) + lines[i].folded_text;
        const bool opens = std::any_of(
            lex.people_list_introducers.begin(), lex.people_list_introducers.end(),
            [&](const std::string& p) { return find_phrase(around, p) != std::string::npos; });
        if (!opens) {
            continue;
        }
        for (size_t j = i + 1; j < lines.size(); ++j) {
            const bool item = !lines[j].printed.empty() && is_item_marker(lines[j].printed[0]);
            const bool item_next = j + 1 < lines.size() && !lines[j + 1].printed.empty() &&
                                   is_item_marker(lines[j + 1].printed[0]);
            if (!item && !item_next) {
                break;
            }
            if (auto m = item ? list_item(lines, j, lex) : std::nullopt) {
                out.push_back(*m);
            }
        }
        break;
    }
    return out;
}

} // namespace

core::PersonRole role_for_label(std::string_view folded_label, bool other_label,
                                const Lexicon& lex) {
    for (const auto& [label, role] : lex.label_roles) {
        if (label == folded_label) {
            return role;
        }
    }
    return other_label ? core::PersonRole::official : core::PersonRole::holder;
}

// "..., en adelante la parte arrendataria": a role label a designation
// phrase comes before (a few words between: "la parte") gives a role to the
// party its sentence named, not to a value after it.
constexpr size_t k_words_before_designated_label = 3; // "la parte", "el"

bool designates_a_party(const LineWords& lw, size_t label_start, const Lexicon& lex) {
    for (const std::string& phrase : lex.designation_phrases) {
        for (size_t pos = find_phrase(lw.folded_text, phrase); pos != std::string::npos;
             pos = find_phrase(lw.folded_text, phrase, pos + phrase.size())) {
            const size_t end_word = lw.word_at(pos + phrase.size() - 1) + 1;
            if (end_word <= label_start &&
                label_start - end_word <= k_words_before_designated_label) {
                return true;
            }
        }
    }
    return false;
}

// The same with the phrase ending the line above ("..., en adelante la
// parte" / "arrendataria.").
bool designates_a_party(const std::vector<LineWords>& lines, size_t line, size_t label_start,
                        const Lexicon& lex) {
    return designates_a_party(lines[line], label_start, lex) ||
           (line > 0 && label_start < k_words_before_designated_label &&
            designates_a_party(lines[line - 1], lines[line - 1].folded.size() + label_start, lex));
}

// The party a designation names: the name after the introducer that opens
// its sentence ("De otra parte, Hamza El Amrani Ouali, con ..."), on the
// label's line or the lines just above it.
std::optional<PersonMention> designated_party(const std::vector<LineWords>& lines, size_t line,
                                              const std::string& label, bool other,
                                              const Lexicon& lex) {
    constexpr size_t k_lines_up = 2;
    constexpr size_t k_intro_start = 1; // "Y de otra parte": one word before it
    for (size_t j = line + 1; j-- > 0 && line - j <= k_lines_up;) {
        const LineWords& lw = lines[j];
        for (const std::string& intro : lex.party_introducers) {
            const size_t pos = find_phrase(lw.folded_text, intro);
            if (pos == std::string::npos || lw.word_at(pos) > k_intro_start) {
                continue;
            }
            const size_t after = lw.word_at(pos + intro.size() - 1) + 1;
            const auto [first, last] = name_span(lw, after_honorifics(lw, after, lex), lex);
            if (last - first < 2) {
                return std::nullopt;
            }
            std::string name = lw.printed_range(first, last);
            while (!name.empty() && (name.back() == ',' || name.back() == '.')) {
                name.pop_back();
            }
            return PersonMention{name, j, label, role_for_label(label, other, lex)};
        }
        if (j + 1 < line && designates_a_party(lw, lw.folded.size(), lex)) {
            return std::nullopt; // the sentence above is another party's
        }
    }
    return std::nullopt;
}

std::vector<PersonMention> find_people(const std::vector<LineWords>& lines, const Lexicon& lex) {
    std::vector<PersonMention> people;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (auto m = prose_holder(lines, i, lex)) {
            people.push_back(*m);
        }
        for (const auto& [after, label] : labels_in(lines[i], lex.other_labels)) {
            // "Firma del titular:", "Signatura del pacient:": the field is
            // the subject's, named by the holder label that follows.
            if (after < lines[i].folded.size() &&
                util::in_list(lex.name_particles, lines[i].folded[after]) &&
                after_label_words(lines[i], after, lex) > after) {
                continue;
            }
            const size_t label_start =
                after - std::min(after, LineWords::from(label).folded.size());
            if (designates_a_party(lines, i, label_start, lex)) {
                if (auto m = designated_party(lines, i, label, true, lex)) {
                    people.push_back(*m);
                }
                continue;
            }
            if (auto m = read_after_label(lines, i, after, label, true, lex)) {
                people.push_back(*m);
            }
        }
        const auto holder_labels = labels_in(lines[i], lex.holder_labels);
        for (const auto& [after, label] : holder_labels) {
            const size_t label_start =
                after - std::min(after, LineWords::from(label).folded.size());
            if (designates_a_party(lines, i, label_start, lex)) {
                if (auto m = designated_party(lines, i, label, false, lex)) {
                    people.push_back(*m);
                }
                continue;
            }
            if (auto m = read_after_label(lines, i, after, label, false, lex)) {
                people.push_back(*m);
            }
        }
        // An honorific OCR damaged past every label ("D/D?" for "D/Dª")
        // introduces a name as "D./Dña." does.
        for (size_t w = 0; w < lines[i].printed.size(); ++w) {
            const bool labelled = std::any_of(holder_labels.begin(), holder_labels.end(),
                                              [&](const auto& l) { return l.first == w + 1; });
            if (!labelled && is_honorific_shaped(lines[i].printed[w], lex)) {
                if (auto m = read_after_label(lines, i, w + 1, k_generic_honorific, false, lex)) {
                    people.push_back(*m);
                }
            }
        }
    }
    for (size_t i = 0; i < lines.size(); ++i) {
        const bool named = std::any_of(people.begin(), people.end(),
                                       [&](const PersonMention& p) { return p.line == i; });
        if (!named) {
            // "D./Dña. Muhammad Imran" / "Patel dela Cruz ha sido atendido":
            // the line goes on with a name the line above began.
            const bool continues_a_name =
                i > 0 && std::any_of(people.begin(), people.end(), [&](const PersonMention& p) {
                    const std::string above =
                        lines[i - 1].printed_range(0, lines[i - 1].printed.size());
                    return p.line == i - 1 && !p.name.empty() && above.size() >= p.name.size() &&
                           above.compare(above.size() - p.name.size(), p.name.size(), p.name) == 0;
                });
            if (auto m = unlabelled_subject(lines, i, lex)) {
                people.push_back(*m);
            } else if (!continues_a_name) {
                if (auto s = subject_before_verb(lines, i, lex)) {
                    people.push_back(*s);
                }
            }
        }
    }
    // A list's items whose honorific no label matched.
    for (PersonMention& m : listed_people(lines, lex)) {
        const bool named = std::any_of(people.begin(), people.end(),
                                       [&](const PersonMention& p) { return p.line == m.line; });
        if (!named) {
            people.push_back(std::move(m));
        }
    }
    if (auto boxed = split_boxes(lines, lex)) {
        people.insert(people.begin(), *boxed);
    }
    // "CONTRATO DE COMPRAVENTA": the seller and the buyer are its parties,
    // the people it is about; elsewhere a "vendedor" is the shop's staff.
    const bool sale_contract = std::any_of(lines.begin(), lines.end(), [&](const LineWords& lw) {
        return std::any_of(lex.sale_contract_titles.begin(), lex.sale_contract_titles.end(),
                           [&](const std::string& t) {
                               return find_phrase(lw.folded_text, t) != std::string::npos;
                           });
    });
    if (sale_contract) {
        for (PersonMention& m : people) {
            if (util::in_list(lex.sale_party_labels, m.label)) {
                m.role = core::PersonRole::holder;
            }
        }
    }
    return people;
}

} // namespace presencia::extract
