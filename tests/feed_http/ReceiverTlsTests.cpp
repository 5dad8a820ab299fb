// HTTPS: the receiver with a certificate and key, a client that verifies it.
#include "ReceiverHarness.h"
#include "SelfSignedCertificate.h"
#include "StallcastDelivery.h"
#include "TestFramework.h"

using namespace stallcast;
using namespace stallcast::test;

TEST_CASE("feed http: TLS round trip with a self-signed certificate", "[feed_http]")
{
    TempDir certDir;
    const SelfSignedCertificate cert(certDir / "receiver.crt", certDir / "receiver.key");
    feed::ReceiverOptions options;
    options.tlsCertificate = cert.certificate;
    options.tlsPrivateKey = cert.privateKey;
    ReceiverHarness h(options);
    REQUIRE(h.receiver->usesTls());
    h.addProduct("TANG-5KG", 25000, 10);

    httplib::SSLClient client("127.0.0.1", h.port());
    client.set_ca_cert_path(cert.certificate.c_str());
    client.enable_server_certificate_verification(true);
    client.set_keep_alive(true);
    const auto body = stallcastBody("dlv-1", "shop-1", "TANG-5KG", 1, 25000);
    const auto a = post(client, "/webhooks/stallcast", body,
                        {{"Stallcast-Signature",
                          feed::stallcastSignatureHeader(kStallcastSecret, h.nowSeconds(), body)}});
    CHECK(a.status == 201);
    const auto second = stallcastBody("dlv-2", "shop-2", "TANG-5KG", 1, 25000);
    CHECK(postSigned(client, second, kStallcastSecret, h.nowSeconds()).status == 201);
    CHECK(h.orders().size() == 2);

    // Plain HTTP to the TLS port gets no answer.
    auto plain = h.client();
    CHECK(postSigned(*plain, body, kStallcastSecret, h.nowSeconds()).status == 0);
}

TEST_CASE("feed http: a receiver with an unreadable certificate refuses to start", "[feed_http]")
{
    TempDir dir;
    feed::ReceiverOptions options;
    options.tlsCertificate = dir / "missing.crt";
    options.tlsPrivateKey = dir / "missing.key";
    std::string error;
    try {
        ReceiverHarness h(options);
    } catch (const std::runtime_error &e) {
        error = e.what();
    }
    CHECK(error.find("cannot load the TLS certificate") != std::string::npos);
}
