import Foundation

/// The real NANP exchanges bundled as `nanp-prefixes.csv` (from libphonenumber, Apache-2.0).
enum ExchangeCatalog {
    /// Every exchange in ascending NPA-NXX order, with the API's example exchange added.
    ///
    /// Read once per process: tests start many sandboxes.
    static func load() throws -> [Exchange] {
        try cached.get()
    }

    private static let cached = Result { try read() }

    private static func read() throws -> [Exchange] {
        guard let url = Bundle.module.url(forResource: "nanp-prefixes", withExtension: "csv") else {
            throw SandboxError.storage("the bundled exchange table nanp-prefixes.csv is missing")
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        var exchanges = parse(text)
        if !exchanges.contains(where: { $0.prefix == Exchange.example.prefix }) {
            exchanges.append(Exchange.example)
        }
        exchanges.sort { $0.prefix < $1.prefix }
        return exchanges
    }

    /// Parses `npa,nxx,locality,state` rows; a locality may be quoted because it can hold a comma.
    static func parse(_ text: String) -> [Exchange] {
        var exchanges: [Exchange] = []
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = splitFields(String(line))
            guard fields.count == 4, let npa = Int(fields[0]), let nxx = Int(fields[1]) else { continue }
            let rateCenter = Exchange.rateCenter(for: fields[2])
            let state = fields[3].uppercased()
            guard !rateCenter.isEmpty else { continue }
            let lata = Exchange.lata(rateCenter: rateCenter, state: state)
            exchanges.append(Exchange(npa: npa, nxx: nxx, rateCenter: rateCenter, state: state, lata: lata))
        }
        return exchanges
    }

    private static func splitFields(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        for character in line {
            switch character {
            case "\"": quoted.toggle()
            case "," where !quoted:
                fields.append(current)
                current = ""
            default: current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
