#include "ImportProblem.h"

#include <QRegularExpression>

namespace stallcast::ui {

ImportProblem parseImportProblem(const QString &message, const QString &displayName)
{
    ImportProblem problem;
    problem.file = displayName;
    problem.reason = message;
    if (!message.startsWith(displayName + QLatin1Char(':')))
        return problem;
    static const QRegularExpression shape(
        QStringLiteral("^(\\d+): (?:([a-z_]+): )?(.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto match = shape.match(message.mid(displayName.size() + 1));
    if (!match.hasMatch())
        return problem;
    problem.line = match.captured(1).toInt();
    problem.field = match.captured(2);
    problem.reason = match.captured(3);
    return problem;
}

} // namespace stallcast::ui
