extension String {
    /// The text after the last character that `isSeparator` accepts outside single or double
    /// quotes, or the whole string when there is none.
    func textAfterLastUnquoted(_ isSeparator: (Character) -> Bool) -> Substring {
        var start = startIndex
        var quote: Character?
        for index in indices {
            let character = self[index]
            if let open = quote {
                quote = character == open ? nil : open
            } else if character == "'" || character == "\"" {
                quote = character
            } else if isSeparator(character) {
                start = self.index(after: index)
            }
        }
        return self[start...]
    }
}
