/// The check `expect LEFT OP RIGHT` makes: two values and how they must compare.
///
/// Both sides compare as numbers when both read as numbers (`10` is more than `9`), and as
/// text otherwise; `~` asks whether the left text contains the right.
package struct Comparison: Equatable, Sendable {
    /// How the two sides must compare.
    package enum Operator: String, CaseIterable, Sendable {
        case equal = "=="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
        case contains = "~"
    }

    package var left: String
    package var op: Operator
    package var right: String

    package init(left: String, op: Operator, right: String) {
        self.left = left
        self.op = op
        self.right = right
    }

    /// Whether the left side compares with the right as the operator asks.
    package var holds: Bool {
        if op == .contains {
            return left.contains(right)
        }
        if let leftNumber = Self.number(left), let rightNumber = Self.number(right) {
            return Self.compare(leftNumber, rightNumber, op)
        }
        return Self.compare(left, right, op)
    }

    /// What a failure says, after `expected LEFT`: `== 3 but got 2`.
    package var failureText: String {
        "\(op.rawValue) \(Self.shown(right)) but got \(Self.shown(left))"
    }

    /// The operators as `expect`'s messages list them.
    package static var operatorList: String {
        Operator.allCases.map(\.rawValue).joined(separator: " ")
    }

    private static func compare<T: Comparable>(_ left: T, _ right: T, _ op: Operator) -> Bool {
        switch op {
        case .equal: left == right
        case .notEqual: left != right
        case .less: left < right
        case .lessOrEqual: left <= right
        case .greater: left > right
        case .greaterOrEqual: left >= right
        case .contains: false
        }
    }

    /// A decimal number such as `3`, `-2` or `0.5`; not `inf`, `nan` or hexadecimal.
    private static func number(_ text: String) -> Double? {
        let trimmed = text.trimmingWhitespace
        let isDecimal =
            !trimmed.isEmpty
            && trimmed.allSatisfy { $0.isASCIIDigit || $0 == "." || $0 == "-" || $0 == "+" }
        return isDecimal ? Double(trimmed) : nil
    }

    /// Numbers bare, text in double quotes so empty text and spaces show.
    private static func shown(_ text: String) -> String {
        number(text) != nil ? text : "\"\(text)\""
    }
}
