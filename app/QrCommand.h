#pragma once

#include "CommandLine.h"

namespace stallcast::app {

// stallcast qr --kind pix|promptpay|paynow|sepa|upi|url [kind's options] [--png FILE]
//              [--module-px N]
// stallcast qr --decode PAYLOAD
// Prints the payload alone on stdout (one trailing newline) and, with --png, writes its QR code.
// --decode prints an EMVCo payload's fields as JSON and returns 1 when its CRC or structure is
// wrong. A field that breaks its rule is a UsageError naming the option ("--city: at most 15
// characters ..."). See docs/CLI.md.
int runQrCommand(const Invocation &invocation);

} // namespace stallcast::app
