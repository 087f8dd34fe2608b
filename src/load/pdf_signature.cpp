// Signature fields through Poppler's core library (poppler-cpp has no
// signature API, and Debian's libpoppler-private-dev ships no
// SignatureInfo.h, so Poppler's own validateSignature() result cannot be
// read); the check itself is OpenSSL's CMS verification, as pdfsig does
// with NSS: the digest of the signed byte ranges against the signature.

#include "load/pdf_signature.hpp"

#include <poppler/DateInfo.h>
#include <poppler/Form.h>
#include <poppler/PDFDoc.h>
#include <poppler/Stream.h>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <memory>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <optional>
#include <string>
#include <vector>

namespace presencia::load {
namespace {

using core::Signature;
using core::SignatureStatus;

struct CmsDeleter {
    void operator()(CMS_ContentInfo* p) const noexcept { CMS_ContentInfo_free(p); }
};
struct BioDeleter {
    void operator()(BIO* p) const noexcept { BIO_free(p); }
};
struct CertsDeleter {
    void operator()(STACK_OF(X509) * p) const noexcept { sk_X509_pop_free(p, X509_free); }
};
using CmsPtr = std::unique_ptr<CMS_ContentInfo, CmsDeleter>;
using BioPtr = std::unique_ptr<BIO, BioDeleter>;
using CertsPtr = std::unique_ptr<STACK_OF(X509), CertsDeleter>;

// What one signature field holds, copied out of the Poppler document.
struct SignedField {
    FormSignatureType type = unknown_signature_type;
    std::vector<std::pair<Goffset, Goffset>> ranges; // offset, length
    std::string cms;                                 // DER, maybe zero-padded
    std::string pdf_time;                            // /M as ISO 8601, may be empty
};

// The /ByteRange pairs when they are well formed: inside the file, in order,
// not overlapping. Anything else cannot be checked.
std::optional<std::vector<std::pair<Goffset, Goffset>>> byte_ranges(Object* array, size_t size) {
    if (!array || !array->isArray() || array->arrayGetLength() < 2 ||
        array->arrayGetLength() % 2 != 0) {
        return std::nullopt;
    }
    std::vector<std::pair<Goffset, Goffset>> ranges;
    Goffset previous_end = 0;
    for (int i = 0; i < array->arrayGetLength(); i += 2) {
        const Object offset = array->arrayGet(i);
        const Object length = array->arrayGet(i + 1);
        if (!offset.isIntOrInt64() || !length.isIntOrInt64()) {
            return std::nullopt;
        }
        const Goffset o = offset.getIntOrInt64();
        const Goffset n = length.getIntOrInt64();
        const auto file_size = static_cast<Goffset>(size);
        if (o < previous_end || n < 0 || o > file_size || n > file_size - o) {
            return std::nullopt;
        }
        ranges.emplace_back(o, n);
        previous_end = o + n;
    }
    return ranges;
}

// /M ("D:20260410093000+02'00'") as "2026-04-10T09:30:00+02:00".
std::string pdf_date(FormFieldSignature& field) {
    const Object value = field.getObj()->dictLookup("V");
    if (!value.isDict()) {
        return {};
    }
    const Object m = value.dictLookup("M");
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, tz_h = 0, tz_m = 0;
    char tz = 0;
    if (!m.isString() ||
        !parseDateString(m.getString(), &y, &mo, &d, &h, &mi, &s, &tz, &tz_h, &tz_m)) {
        return {};
    }
    char out[40];
    const bool utc = tz == 0 || tz == 'Z';
    std::snprintf(out, sizeof out, "%04d-%02d-%02dT%02d:%02d:%02d%s", y, mo, d, h, mi, s,
                  utc ? "Z" : "");
    std::string text = out;
    if (!utc) {
        std::snprintf(out, sizeof out, "%c%02d:%02d", tz, tz_h, tz_m);
        text += out;
    }
    return text;
}

std::vector<SignedField> signed_fields(std::string_view bytes) {
    // PDFDoc takes ownership of its stream; MemStream only borrows `bytes`.
    auto stream = std::make_unique<MemStream>(bytes.data(), 0, static_cast<Goffset>(bytes.size()),
                                              Object(objNull));
    PDFDoc document(stream.release());
    std::vector<SignedField> fields;
    if (!document.isOk()) {
        return fields;
    }
    for (FormFieldSignature* field : document.getSignatureFields()) {
        const GooString* contents = field ? field->getSignature() : nullptr;
        if (!contents || contents->getLength() == 0 ||
            field->getSignatureType() == unsigned_signature_field) {
            continue;
        }
        SignedField out;
        out.type = field->getSignatureType();
        out.cms = contents->toStr();
        if (auto ranges = byte_ranges(field->getByteRange(), bytes.size())) {
            out.ranges = std::move(*ranges);
        }
        out.pdf_time = pdf_date(*field);
        fields.push_back(std::move(out));
    }
    return fields;
}

std::string utf8_common_name(X509* cert) {
    X509_NAME* name = X509_get_subject_name(cert);
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0) {
        return {};
    }
    unsigned char* utf8 = nullptr;
    const int length =
        ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index)));
    if (length < 0) {
        return {};
    }
    std::string text(reinterpret_cast<const char*>(utf8), static_cast<size_t>(length));
    OPENSSL_free(utf8);
    return text;
}

// The first signer's certificate name and its signed signingTime attribute.
void describe_signer(CMS_ContentInfo* cms, Signature& out) {
    STACK_OF(CMS_SignerInfo)* infos = CMS_get0_SignerInfos(cms);
    if (!infos || sk_CMS_SignerInfo_num(infos) == 0) {
        return;
    }
    CMS_SignerInfo* info = sk_CMS_SignerInfo_value(infos, 0);
    const CertsPtr certs(CMS_get1_certs(cms));
    for (int i = 0; certs && i < sk_X509_num(certs.get()); ++i) {
        if (CMS_SignerInfo_cert_cmp(info, sk_X509_value(certs.get(), i)) == 0) {
            out.signer = utf8_common_name(sk_X509_value(certs.get(), i));
            break;
        }
    }
    const int index = CMS_signed_get_attr_by_NID(info, NID_pkcs9_signingTime, -1);
    ASN1_TYPE* value =
        index < 0 ? nullptr : X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(info, index), 0);
    std::tm tm{};
    if (value && (value->type == V_ASN1_UTCTIME || value->type == V_ASN1_GENERALIZEDTIME) &&
        ASN1_TIME_to_tm(value->value.utctime, &tm) == 1) {
        char text[32];
        std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &tm);
        out.signing_time = text;
    }
}

std::string signed_bytes(std::string_view bytes, const SignedField& field) {
    std::string content;
    for (const auto& [offset, length] : field.ranges) {
        content.append(bytes.substr(static_cast<size_t>(offset), static_cast<size_t>(length)));
    }
    return content;
}

// adbe.pkcs7.sha1 signs a SHA-1 digest of the ranges carried inside the CMS.
bool sha1_content_matches(CMS_ContentInfo* cms, const std::string& content, unsigned flags) {
    const BioPtr out(BIO_new(BIO_s_mem()));
    if (CMS_verify(cms, nullptr, nullptr, nullptr, out.get(), flags) != 1) {
        return false;
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(content.data(), content.size(), digest, &length, EVP_sha1(), nullptr);
    char* data = nullptr;
    const long size = BIO_get_mem_data(out.get(), &data);
    return size == static_cast<long>(length) && std::memcmp(data, digest, length) == 0;
}

Signature check(std::string_view bytes, const SignedField& field) {
    Signature out;
    const auto* der = reinterpret_cast<const unsigned char*>(field.cms.data());
    const CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &der, static_cast<long>(field.cms.size())));
    if (!cms) {
        out.status = SignatureStatus::unknown;
        out.detail = "the signature is not a CMS/PKCS#7 structure";
        return out;
    }
    describe_signer(cms.get(), out);
    if (out.signing_time.empty()) {
        out.signing_time = field.pdf_time;
    }
    if (field.ranges.empty()) {
        out.status = SignatureStatus::unknown;
        out.detail = "the signed byte range is missing or damaged";
        return out;
    }
    const std::string content = signed_bytes(bytes, field);
    // The certificate's chain and revocation need a trust store or the
    // network; the bytes' integrity needs neither.
    const unsigned flags = CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY;
    ERR_clear_error();
    bool valid = false;
    if (field.type == adbe_pkcs7_sha1) {
        valid = sha1_content_matches(cms.get(), content, flags);
    } else {
        const BioPtr data(BIO_new_mem_buf(content.data(), static_cast<int>(content.size())));
        valid = CMS_verify(cms.get(), nullptr, nullptr, data.get(), nullptr, flags) == 1;
    }
    ERR_clear_error();
    out.status = valid ? SignatureStatus::intact : SignatureStatus::altered;
    if (!valid) {
        out.detail = "the signed content does not match the signature";
    }
    const auto& [last_offset, last_length] = field.ranges.back();
    out.covers_whole_file = static_cast<size_t>(last_offset + last_length) == bytes.size();
    if (valid && !out.covers_whole_file) {
        out.detail = std::to_string(bytes.size() - static_cast<size_t>(last_offset + last_length)) +
                     " bytes were added after signing";
    }
    return out;
}

} // namespace

core::Signature read_pdf_signature(std::string_view bytes) {
    const std::vector<SignedField> fields = signed_fields(bytes);
    if (fields.empty()) {
        return {};
    }
    Signature signature = check(bytes, fields.front());
    signature.count = static_cast<int>(fields.size());
    return signature;
}

} // namespace presencia::load
