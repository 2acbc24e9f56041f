/// Items whose id an earlier item already has: the one search every check of repeated ids,
/// e-mails and rows goes through.
public enum RepeatedIDs {
  /// Each item whose id an earlier item already has, with that first item.
  public static func items<Item>(_ items: [Item], id: (Item) -> String) -> [(repeat: Item, first: Item)] {
    var first: [String: Item] = [:]
    var result: [(Item, Item)] = []
    for item in items {
      if let earlier = first[id(item)] { result.append((item, earlier)) } else { first[id(item)] = item }
    }
    return result
  }

  /// The ids that occur more than once, with the lines of their repeats and of their first.
  public static func lines<Item>(_ items: [Item], id: (Item) -> String, line: (Item) -> Int) -> [(
    id: String, line: Int, firstLine: Int
  )] {
    Self.items(items, id: id).map { (id($0.repeat), line($0.repeat), line($0.first)) }
  }
}
