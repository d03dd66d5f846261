/// How command results are printed: aligned for people, JSON or CSV for other programs.
package enum OutputFormat: String, CaseIterable, Sendable {
    case table
    case json
    case csv
}
