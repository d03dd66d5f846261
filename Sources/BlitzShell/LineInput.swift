/// What a ``LineReader`` got.
package enum LineInput: Hashable, Sendable {
    /// A line, without its line ending.
    case line(String)

    /// Ctrl-C (SIGINT) arrived while waiting; any partial line is discarded. The reader has
    /// taken the interrupt, so ``Interrupts/takeInterrupt()`` does not report it again.
    case interrupted

    /// The input is finished: end of file, Ctrl-D on an empty line, or a SIGTERM or SIGHUP
    /// (then ``Interrupts/pendingTermination`` names the signal, for the exit status).
    case endOfInput
}
