#pragma once

#include <stdexcept>
#include <string>

namespace stallcast {

// A value that breaks a rule, naming the field so callers can say where: the CSV importer
// prefixes "file:line: ", the webhook receiver returns it as the 400 reason.
class FieldError : public std::invalid_argument {
public:
    FieldError(std::string field, const std::string &reason)
        : std::invalid_argument(field + ": " + reason), m_field(std::move(field)), m_reason(reason)
    {
    }
    const std::string &field() const noexcept { return m_field; }
    const std::string &reason() const noexcept { return m_reason; }

private:
    std::string m_field;
    std::string m_reason;
};

} // namespace stallcast
