#pragma once

#include "TestFramework.h"

#include <QProcess>
#include <QStringList>

#include <string>

namespace stallcast::test {

struct ProgramRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs a program found on PATH (zbarimg, ffmpeg) or by path, and fails the test loudly when it
// cannot be started: a missing tool is a broken test machine, never a skipped check.
inline ProgramRun runProgram(const QString &program, const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.start();
    if (!p.waitForStarted(10000))
        FAIL("cannot start " << program.toStdString() << " (is it installed? scripts/dev.sh lists "
                                "it): " << p.errorString().toStdString());
    REQUIRE(p.waitForFinished(timeoutMs));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), p.readAllStandardOutput().toStdString(),
            p.readAllStandardError().toStdString()};
}

// What zbarimg reads from an image: the raw payload of each symbol, one per line.
inline std::string scanQr(const std::string &imageFile)
{
    const auto r = runProgram(QStringLiteral("zbarimg"),
                              {QStringLiteral("-q"), QStringLiteral("--raw"),
                               QStringLiteral("-Sdisable"), QStringLiteral("-Sqrcode.enable"),
                               QString::fromStdString(imageFile)});
    INFO("zbarimg stderr: " << r.err);
    CHECK(r.exitCode == 0);
    return r.out;
}

} // namespace stallcast::test
