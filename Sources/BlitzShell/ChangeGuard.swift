import BlitzAPI
import Foundation

/// The checks every order and return passes before it is sent, and the journal entry
/// written around it.
///
/// In order: the per-command limit, dry runs, `--yes` for scripts on a real target, the
/// interactive `[y/N]`, then the journal's intent, which must be on disk before the request
/// goes out.
struct ChangeGuard {
    let session: Session
    let action: Session.ChangeAction

    /// Returns false when the change must not be sent (a dry run), after saying what it would do;
    /// throws when it is refused.
    func clear(count: Int, groupID: Int?, question: String) throws(ShellError) -> Bool {
        try checkLimit(count: count)
        if session.settings.dryRun {
            session.dryRun.record(action, count: count, groupID: groupID)
            let group = groupID.map { " into group \($0)" } ?? ""
            session.output.note("Dry run: would \(action.rawValue) \(Session.count(count))\(group); nothing was sent.")
            return false
        }
        try checkConsent()
        return session.confirmChange(question)
    }

    /// Refuses a change in a script on any target but the embedded sandbox without `--yes`;
    /// also asked while a script is checked before it runs, so nothing before it runs either.
    func checkConsent() throws(ShellError) {
        guard !session.isInteractive, !session.target.isEmbeddedSandbox, !session.settings.assumeYes,
            !session.settings.dryRun
        else { return }
        var refusal = ShellError.failed(
            "A script may \(action.rawValue) numbers on \(session.target.displayName) only when blitz "
                + "is started with --yes; nothing was sent."
        )
        refusal.dependsOnRunTime = false
        throw refusal
    }

    /// How `record` writes a change that ``clear`` held back, saying why it was not sent: a
    /// dry run, or a `[y/N]` answered no.
    func notSent(_ replay: String) -> Recording {
        let why = session.settings.dryRun ? "dry run" : "declined"
        return .skipped(comment: "\(why), not sent: \(replay)")
    }

    /// Refuses an order of more numbers than `max-order` allows; checked again by ``clear``, and
    /// early by `order --from` before it looks each number up.
    func checkLimit(count: Int) throws(ShellError) {
        guard action == .order, count > session.settings.maxOrder else { return }
        throw .failed(
            "Ordering \(Session.count(count)) is more than max-order allows (\(session.settings.maxOrder)); "
                + "order fewer, or raise it with set max-order=N."
        )
    }

    /// Writes the intent; a journal that cannot be written stops the change.
    func recordIntent(
        numbers: [(number: String, id: Int?)],
        groupID: Int?,
        prefix: String?
    ) throws(ShellError) -> Int64 {
        guard let journal = session.journal else {
            throw .failed("There is no journal to record the \(action.rawValue) in, so nothing was sent.")
        }
        do {
            return try journal.recordIntent(
                action: action == .order ? .order : .return,
                target: session.target.url,
                user: session.username ?? "",
                groupID: groupID,
                prefix: prefix,
                numbers: numbers
            )
        } catch {
            throw .failed("The journal at \(journal.path) cannot be written, so nothing was sent: \(error)")
        }
    }

    /// Records what the report says happened to each number.
    func recordOutcome(_ entry: Int64, report: ChangeReport) {
        guard let journal = session.journal else { return }
        var outcomes: [String: JournalOutcome] = [:]
        for line in report.lines {
            outcomes[line.number] = outcome(line)
        }
        write { try journal.recordOutcome(entry: entry, outcomes: outcomes) }
    }

    /// Records a request that failed without a report: refused or never sent means not done,
    /// anything else unknown.
    func recordFailure(_ entry: Int64, numbers: [String], error: ShellError) {
        guard let journal = session.journal else { return }
        guard error.wasNotCarriedOut else {
            write { _ = try journal.markUnknown(entry: entry) }
            return
        }
        let outcome: JournalOutcome = action == .order ? .notOrdered : .notReturned
        let outcomes = Dictionary(uniqueKeysWithValues: numbers.map { ($0, outcome) })
        write { try journal.recordOutcome(entry: entry, outcomes: outcomes) }
    }

    private func outcome(_ line: ChangeLine) -> JournalOutcome {
        switch (action, line.outcome, line.confirmedByAssigned) {
        case (.order, .done, false): .ordered
        case (.order, .done, true): .confirmedOrdered
        case (.order, .notDone, false): .notOrdered
        case (.order, .notDone, true): .confirmedNotOrdered
        case (.return, .done, false): .returned
        case (.return, .done, true): .confirmedReturned
        case (.return, .notDone, false): .notReturned
        case (.return, .notDone, true): .confirmedNotReturned
        case (_, .unknown, _): .unknown
        }
    }

    private func write(_ body: () throws -> Void) {
        do {
            try body()
        } catch {
            session.output.warning("The journal could not record the outcome: \(error)")
        }
    }
}

extension ShellError {
    /// Whether the API certainly did not carry the request out: it refused it, or it was never sent.
    var wasNotCarriedOut: Bool {
        kind == .connection || kind == .usage || (status.map { (400..<500).contains($0) } ?? false)
    }
}
