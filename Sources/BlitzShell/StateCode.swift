/// The two-letter codes of the places the North American Numbering Plan serves that the search
/// route's `state` key accepts: US states, DC, US territories and Canadian provinces and
/// territories.
package enum StateCode {
    /// Every valid code with the place's name, in alphabetical order of code.
    package static let names: [(code: String, name: String)] = [
        ("AB", "Alberta"), ("AK", "Alaska"), ("AL", "Alabama"), ("AR", "Arkansas"),
        ("AS", "American Samoa"), ("AZ", "Arizona"), ("BC", "British Columbia"), ("CA", "California"),
        ("CO", "Colorado"), ("CT", "Connecticut"), ("DC", "District of Columbia"), ("DE", "Delaware"),
        ("FL", "Florida"), ("GA", "Georgia"), ("GU", "Guam"), ("HI", "Hawaii"), ("IA", "Iowa"),
        ("ID", "Idaho"), ("IL", "Illinois"), ("IN", "Indiana"), ("KS", "Kansas"), ("KY", "Kentucky"),
        ("LA", "Louisiana"), ("MA", "Massachusetts"), ("MB", "Manitoba"), ("MD", "Maryland"),
        ("ME", "Maine"), ("MI", "Michigan"), ("MN", "Minnesota"), ("MO", "Missouri"),
        ("MP", "Northern Mariana Islands"), ("MS", "Mississippi"), ("MT", "Montana"),
        ("NB", "New Brunswick"), ("NC", "North Carolina"), ("ND", "North Dakota"), ("NE", "Nebraska"),
        ("NH", "New Hampshire"), ("NJ", "New Jersey"), ("NL", "Newfoundland and Labrador"),
        ("NM", "New Mexico"), ("NS", "Nova Scotia"), ("NT", "Northwest Territories"), ("NU", "Nunavut"),
        ("NV", "Nevada"), ("NY", "New York"), ("OH", "Ohio"), ("OK", "Oklahoma"), ("ON", "Ontario"),
        ("OR", "Oregon"), ("PA", "Pennsylvania"), ("PE", "Prince Edward Island"), ("PR", "Puerto Rico"),
        ("QC", "Quebec"), ("RI", "Rhode Island"), ("SC", "South Carolina"), ("SD", "South Dakota"),
        ("SK", "Saskatchewan"), ("TN", "Tennessee"), ("TX", "Texas"), ("UT", "Utah"), ("VA", "Virginia"),
        ("VI", "U.S. Virgin Islands"), ("VT", "Vermont"), ("WA", "Washington"), ("WI", "Wisconsin"),
        ("WV", "West Virginia"), ("WY", "Wyoming"), ("YT", "Yukon"),
    ]

    /// Every valid code, in alphabetical order, for completion.
    package static let all: [String] = names.map(\.code)

    private static let codes = Set(all)

    /// Whether `text` is a valid code in either case (`fl` and `FL` both are).
    package static func isValid(_ text: String) -> Bool {
        codes.contains(text.uppercased())
    }

    /// The place a valid code stands for, such as `Florida` for `FL`.
    package static func name(of code: String) -> String? {
        names.first { $0.code == code.uppercased() }?.name
    }

    /// The code the user probably meant by an invalid `text`, or nil when there is no good guess.
    ///
    /// A place's name (`florida`, `Flordia`) gives its code; a word that starts with a valid code
    /// (`FLA`, `Calif`) gives that code.
    package static func suggestion(for text: String) -> String? {
        let placeNames = names.map(\.name)
        if text.count > 2, let name = Suggestion.closest(to: text, in: placeNames) {
            return names.first { $0.name == name }?.code
        }
        let start = String(text.prefix(2)).uppercased()
        if text.count > 2, codes.contains(start) {
            return start
        }
        return nil
    }
}
