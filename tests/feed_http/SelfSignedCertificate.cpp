#include "SelfSignedCertificate.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>
#include <stdexcept>
#include <string>

namespace stallcast::test {

namespace {

struct KeyFree {
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct CertFree {
    void operator()(X509 *p) const { X509_free(p); }
};
struct ExtensionFree {
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
};
struct BioFree {
    void operator()(BIO *p) const { BIO_free_all(p); }
};

void require(bool ok, const char *what)
{
    if (!ok)
        throw std::runtime_error(std::string("self-signed certificate: ") + what + " failed");
}

void addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    std::unique_ptr<X509_EXTENSION, ExtensionFree> ext(
        X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    require(ext != nullptr, "X509V3_EXT_conf_nid");
    require(X509_add_ext(cert, ext.get(), -1) == 1, "X509_add_ext");
}

std::unique_ptr<BIO, BioFree> openForWriting(const std::filesystem::path &file)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new_file(file.c_str(), "w"));
    require(bio != nullptr, "BIO_new_file");
    return bio;
}

} // namespace

SelfSignedCertificate::SelfSignedCertificate(const std::filesystem::path &certificateFile,
                                             const std::filesystem::path &privateKeyFile)
    : certificate(certificateFile), privateKey(privateKeyFile)
{
    std::unique_ptr<EVP_PKEY, KeyFree> key(EVP_EC_gen("P-256"));
    require(key != nullptr, "EVP_EC_gen");
    std::unique_ptr<X509, CertFree> cert(X509_new());
    require(cert != nullptr, "X509_new");
    require(X509_set_version(cert.get(), 2) == 1, "X509_set_version");
    require(ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1) == 1, "serial number");
    require(X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) != nullptr, "notBefore");
    require(X509_gmtime_adj(X509_getm_notAfter(cert.get()), 24 * 3600) != nullptr, "notAfter");
    require(X509_set_pubkey(cert.get(), key.get()) == 1, "X509_set_pubkey");
    X509_NAME *name = X509_get_subject_name(cert.get());
    require(X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                       reinterpret_cast<const unsigned char *>("127.0.0.1"), -1,
                                       -1, 0) == 1,
            "subject CN");
    require(X509_set_issuer_name(cert.get(), name) == 1, "issuer");
    addExtension(cert.get(), NID_basic_constraints, "critical,CA:TRUE");
    addExtension(cert.get(), NID_subject_alt_name, "IP:127.0.0.1");
    require(X509_sign(cert.get(), key.get(), EVP_sha256()) > 0, "X509_sign");

    auto certOut = openForWriting(certificate);
    require(PEM_write_bio_X509(certOut.get(), cert.get()) == 1, "PEM_write_bio_X509");
    auto keyOut = openForWriting(privateKey);
    require(PEM_write_bio_PrivateKey(keyOut.get(), key.get(), nullptr, nullptr, 0, nullptr,
                                     nullptr) == 1,
            "PEM_write_bio_PrivateKey");
}

} // namespace stallcast::test
