/// Spreads a deterministic inventory of numbers over the exchanges: the same seed gives the same numbers.
struct InventoryGenerator {
    /// The API document's example, which every fresh sandbox holds with the document's id.
    static let exampleNumber = 3_212_031_886
    static let exampleID = 509_427

    let exchanges: [Exchange]
    let seed: UInt64
    /// How many numbers each exchange gets, in exchange order; sums to the inventory size.
    let counts: [Int]

    init(exchanges: [Exchange], seed: UInt64, size: Int) {
        self.exchanges = exchanges
        self.seed = seed
        self.counts = Self.distribute(size, over: exchanges, seed: seed)
    }

    /// The amount added to each number's rank to make its id, chosen so the example gets the document's id.
    ///
    /// Ids stay in the same order as numbers, which the search relies on.
    var idOffset: Int {
        guard let index = exchanges.firstIndex(where: { $0.prefix == Exchange.example.prefix }) else { return 1 }
        let before = counts[..<index].reduce(0, +)
        let lines = lines(forExchangeAt: index)
        let within = lines.firstIndex(of: Self.exampleNumber % 10_000) ?? 0
        return max(1, Self.exampleID - before - within)
    }

    /// Calls `body` with every number and its exchange, in ascending order.
    func forEachNumber(_ body: (Int, Exchange) throws -> Void) rethrows {
        for (index, exchange) in exchanges.enumerated() where counts[index] > 0 {
            let base = exchange.prefix * 10_000
            for line in lines(forExchangeAt: index) {
                try body(base + line, exchange)
            }
        }
    }

    /// Calls `body` with the index of every exchange that gets numbers and its sorted lines.
    func forEachExchange(_ body: (Int, [Int]) throws -> Void) rethrows {
        for index in exchanges.indices where counts[index] > 0 {
            try body(index, lines(forExchangeAt: index))
        }
    }

    /// The sorted, distinct line numbers (last four digits) drawn for one exchange.
    func lines(forExchangeAt index: Int) -> [Int] {
        let count = counts[index]
        var random = SplitMix64(seed: seed &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(exchanges[index].prefix))
        var chosen = Set<Int>(minimumCapacity: count)
        // Floyd's algorithm: exactly `count` draws for `count` distinct values.
        for upper in (10_000 - count)..<10_000 {
            let pick = Int(random.next() % UInt64(upper + 1))
            chosen.insert(chosen.contains(pick) ? upper : pick)
        }
        var lines = chosen.sorted()
        let exampleLine = Self.exampleNumber % 10_000
        if exchanges[index].prefix == Exchange.example.prefix && !chosen.contains(exampleLine), !lines.isEmpty {
            lines[0] = exampleLine
            lines.sort()
        }
        return lines
    }

    private static func distribute(_ size: Int, over exchanges: [Exchange], seed: UInt64) -> [Int] {
        guard !exchanges.isEmpty else { return [] }
        let total = min(max(size, 1), exchanges.count * 10_000)
        var counts = Array(repeating: total / exchanges.count, count: exchanges.count)
        var order = Array(exchanges.indices)
        var random = SplitMix64(seed: seed)
        order.shuffle(using: &random)
        for index in order.prefix(total % exchanges.count) {
            counts[index] += 1
        }
        ensureExampleHasANumber(&counts, exchanges: exchanges)
        return counts
    }

    private static func ensureExampleHasANumber(_ counts: inout [Int], exchanges: [Exchange]) {
        guard let example = exchanges.firstIndex(where: { $0.prefix == Exchange.example.prefix }),
            counts[example] == 0,
            let donor = counts.indices.max(by: { counts[$0] < counts[$1] })
        else { return }
        counts[donor] -= 1
        counts[example] += 1
    }
}

/// A small, fast, seedable generator, so inventories do not depend on the system's random source.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
