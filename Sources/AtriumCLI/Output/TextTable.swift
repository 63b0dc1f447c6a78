/// A plain-text table with aligned columns, for people reading a terminal.
struct TextTable {
    enum Alignment { case left, right }

    struct Column {
        var title: String
        var alignment: Alignment = .left
        /// Longer cells are cut with an ellipsis.
        var maxWidth: Int = 60
    }

    var columns: [Column]
    var rows: [[String]] = []
    /// Rows printed after a rule, such as totals.
    var footer: [[String]] = []

    init(_ columns: [Column]) {
        self.columns = columns
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    /// The table as lines; the header in bold when `style` allows.
    func render(style: TextStyle) -> String {
        let cells = (rows + footer).map { row in row.enumerated().map { clip($0.element, columns[$0.offset].maxWidth) }
        }
        var widths = columns.map { $0.title.count }
        for row in cells {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ row: [String]) -> String {
            row.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                return columns[index].alignment == .left ? cell + padding : padding + cell
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var lines = [style.bold(line(columns.map(\.title)))]
        lines += cells.prefix(rows.count).map(line)
        if !footer.isEmpty {
            lines.append(style.dim(String(repeating: "─", count: widths.reduce(0, +) + 2 * (widths.count - 1))))
            lines += cells.suffix(footer.count).map(line)
        }
        return lines.joined(separator: "\n")
    }

    private func clip(_ text: String, _ width: Int) -> String {
        let flat = text.replacingLineBreaks()
        return flat.count <= width ? flat : String(flat.prefix(width - 1)) + "…"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }

    func replacingLineBreaks() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
