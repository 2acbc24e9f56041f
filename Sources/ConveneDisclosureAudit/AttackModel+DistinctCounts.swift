extension AttackModel {
  /// A count of distinct groups shown beside the breakdown of the people it counts, equal to
  /// the groups that breakdown shows holding someone and hides (`DistinctCount.saysNoMore`):
  /// every hidden row of it holds someone. (A count that says more is a finding of its own.)
  mutating func addDistinctCountFloors(_ report: PublishedReport, snapshot: Snapshot) {
    for counted in report.distinctCounts() where counted.anyBreakdown && counted.saysNoMore {
      for row in counted.hiddenRows {
        relate([(variable(Self.key(row, row.population, snapshot: snapshot)), 1)], .greaterOrEqual, 1)
      }
    }
  }
}
