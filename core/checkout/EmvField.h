#pragma once

#include <string>
#include <vector>

namespace stallcast::checkout {

// One EMVCo merchant-presented field: ID(2) LEN(2) VALUE. Templates (26-51 merchant accounts, 62
// additional data, 64 alternate language, 80-99 unreserved) also carry their parsed sub-fields.
struct EmvField {
    std::string id;                // two digits, "00" to "99"
    std::string value;             // UTF-8; for a template, its encoded sub-fields
    std::vector<EmvField> children; // filled for templates by the parser
};

// True for the IDs whose value is itself a list of fields.
bool isEmvTemplateId(int id);

// A human name for a top-level field ID ("merchant name"), or "" when EMVCo leaves it open.
const char *emvFieldName(int id);

} // namespace stallcast::checkout
