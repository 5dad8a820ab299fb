#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

namespace stallcast::ui {

// What a background task produced: its value, or the message of the exception it threw.
template <typename T>
struct TaskResult {
    std::optional<T> value;
    QString error;

    bool ok() const { return value.has_value(); }
};

// Runs `work()` on Qt's thread pool and, back on the UI thread, calls `done(TaskResult)`.
// `done` is dropped (never called) if `context` is destroyed first, so it may use `context`
// freely. `work` must own (or share) everything it touches: it may outlive `context`.
template <typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done)
{
    using Value = std::invoke_result_t<const Work &>;
    using Result = TaskResult<Value>;
    auto *watcher = new QFutureWatcher<Result>(context); // owned by context, deleted when done
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() {
                         done(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(QtConcurrent::run([work = std::move(work)]() -> Result {
        try {
            return Result{work(), {}};
        } catch (const std::exception &e) {
            return Result{std::nullopt, QString::fromUtf8(e.what())};
        } catch (...) {
            return Result{std::nullopt, QStringLiteral("unexpected error")};
        }
    }));
}

} // namespace stallcast::ui
