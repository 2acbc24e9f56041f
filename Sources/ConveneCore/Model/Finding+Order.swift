extension Array where Element == Finding {
  /// The findings as `check` lists them: the files of `files` first, in that order, then any
  /// other file in the order its findings were given; by line within a file, and otherwise
  /// as given.
  public func ordered(files: [String]) -> [Finding] {
    enumerated().sorted { left, right in
      let a = left.element, b = right.element
      let fileA = files.firstIndex(of: a.file) ?? files.count
      let fileB = files.firstIndex(of: b.file) ?? files.count
      if fileA != fileB { return fileA < fileB }
      if a.file != b.file { return left.offset < right.offset }
      return (a.line ?? 0, left.offset) < (b.line ?? 0, right.offset)
    }.map(\.element)
  }
}
