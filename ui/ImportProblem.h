#pragma once

#include <QString>

namespace stallcast::ui {

// A catalogue import error, split for the problem list: "catalog.csv:4: price: ..." gives file
// "catalog.csv", line 4, field "price" and the reason. Messages without a line keep line 0;
// without a field (a broken quote), an empty field.
struct ImportProblem {
    QString file;
    int line = 0;
    QString field;
    QString reason;
};

// `displayName` is the name the import was given (the file part of the message).
ImportProblem parseImportProblem(const QString &message, const QString &displayName);

} // namespace stallcast::ui
