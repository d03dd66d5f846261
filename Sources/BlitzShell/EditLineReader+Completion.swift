@preconcurrency import CEditLine
import Foundation

extension EditLineReader {
    /// Runs Tab completion on the line being edited and tells libedit how to redraw it.
    func complete(in editLine: OpaquePointer) -> UInt8 {
        guard let completer, let before = Self.textBeforeCursor(in: editLine) else {
            return UInt8(CC_ERROR)
        }
        let edit = CompletionEdit.plan(lineBeforeCursor: before, candidates: completer(before))
        if edit.isBeep {
            return UInt8(CC_REFRESH_BEEP)
        }
        if edit.deleteCount > 0 {
            el_deletestr(editLine, Int32(edit.deleteCount))
        }
        if !edit.insertion.isEmpty {
            el_insertstr(editLine, edit.insertion)
        }
        guard !edit.listing.isEmpty else {
            return UInt8(CC_REFRESH)
        }
        let width = Int(blitz_terminal_width(STDOUT_FILENO))
        let listing = CompletionEdit.columns(edit.listing, width: width > 0 ? width : 80)
        fputs("\n" + listing + "\n", stdout)
        fflush(stdout)
        return UInt8(CC_REDISPLAY)
    }

    private static func textBeforeCursor(in editLine: OpaquePointer) -> String? {
        guard let info = el_line(editLine)?.pointee, let buffer = info.buffer, let cursor = info.cursor else {
            return nil
        }
        let bytes = UnsafeRawBufferPointer(start: buffer, count: cursor - buffer)
        return String(decoding: bytes, as: UTF8.self)
    }
}
