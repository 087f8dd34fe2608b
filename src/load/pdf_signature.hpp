#pragma once
// Electronic signatures in a PDF (padrón certificates downloaded from a
// municipality carry one): found with Poppler's core library, checked with
// OpenSSL's CMS verification against the signed byte ranges. Offline only.

#include "core/signature.hpp"

#include <string_view>

namespace presencia::load {

// The first signature of the PDF in `bytes`, checked; status none when the
// file has no signature field with a value. Never fails: a signature that
// cannot be checked is status unknown with the reason in `detail`.
// Must run while a poppler::document is open: Poppler's core library needs
// the global parameters that poppler-cpp sets up for its documents.
core::Signature read_pdf_signature(std::string_view bytes);

} // namespace presencia::load
