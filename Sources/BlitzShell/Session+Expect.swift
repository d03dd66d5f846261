/// `echo TEXT` and `expect LEFT OP RIGHT`: what a script says and what it checks.
extension Session {
    func echo(_ invocation: Invocation) throws(ShellError) {
        output.line(invocation.arguments.map(\.text).joined(separator: " "))
    }

    func expect(_ invocation: Invocation) throws(ShellError) {
        let words = invocation.arguments
        guard words.count == 3 else {
            let column = words.count > 3 ? words[3].column : invocation.name.column
            throw .usage(
                "'expect' takes LEFT OP RIGHT, e.g. expect ${results.count} == 3;"
                    + " quote values with spaces (\"Invalid Quantity\").",
                column: column
            )
        }
        guard let op = Comparison.Operator(rawValue: words[1].text) else {
            throw .usage(
                "'\(words[1].text)' is not a comparison: use one of \(Comparison.operatorList).",
                column: words[1].column
            )
        }
        guard !script.isChecking else { return }

        let comparison = Comparison(left: words[0].text, op: op, right: words[2].text)
        guard comparison.holds else {
            let left = words[0].written ?? words[0].text
            var error = ShellError.failed("expected \(left) \(comparison.failureText)")
            error.stop = .expectation
            error.column = words[0].column
            throw error
        }
    }
}
