#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace stallcast::io {

// One CSV record and the physical line it starts on (1-based), for error messages.
struct CsvRecord {
    std::size_t line = 0;
    std::vector<std::string> fields;
};

class CsvError : public std::runtime_error {
public:
    CsvError(std::size_t line, const std::string &reason)
        : std::runtime_error("line " + std::to_string(line) + ": " + reason), m_line(line),
          m_reason(reason)
    {
    }
    std::size_t line() const noexcept { return m_line; }
    const std::string &reason() const noexcept { return m_reason; }

private:
    std::size_t m_line;
    std::string m_reason;
};

// Parses RFC 4180 CSV: comma-separated, CRLF, LF or CR line ends, fields in double quotes may hold
// commas, newlines and doubled quotes. A UTF-8 byte-order mark is skipped; the text must be valid
// UTF-8. Blank lines are skipped (a line holding only "" is a record of one empty field). Line
// numbers count physical lines, those inside quoted fields too. Throws CsvError naming the line of
// the first problem (for an unclosed quote, the line where it opens).
std::vector<CsvRecord> parseCsv(std::string_view text);

// Writes one record (with CRLF, as RFC 4180 says), quoting fields that need it.
std::string formatCsvRecord(const std::vector<std::string> &fields);

} // namespace stallcast::io
