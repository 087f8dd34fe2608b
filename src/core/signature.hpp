#pragma once
// An electronic signature found in a PDF, checked offline: are the signed
// bytes still the ones that were signed? Trust in the signer's certificate
// (a chain to a Spanish authority, revocation) is not checked: that needs
// the network or a certificate store, and nothing leaves the machine.

#include <string>
#include <string_view>

namespace presencia::core {

enum class SignatureStatus {
    none,    // no signature (every image, most PDFs)
    intact,  // the signed bytes match the signature
    altered, // the signed bytes were changed after signing
    unknown, // a signature we cannot check (format, damaged field)
};

inline std::string_view to_string(SignatureStatus s) {
    switch (s) {
    case SignatureStatus::none:
        return "none";
    case SignatureStatus::intact:
        return "intact";
    case SignatureStatus::altered:
        return "altered";
    case SignatureStatus::unknown:
        return "unknown";
    }
    return "unknown";
}

struct Signature {
    SignatureStatus status = SignatureStatus::none;
    bool covers_whole_file = false; // false: bytes were added after signing
    std::string signer;             // the certificate's common name, as signed
    std::string signing_time;       // ISO 8601 (UTC) from the signed attributes, else empty
    std::string detail;             // why altered or unknown, or what was added
    int count = 0;                  // signatures in the file; the first is described
};

} // namespace presencia::core
