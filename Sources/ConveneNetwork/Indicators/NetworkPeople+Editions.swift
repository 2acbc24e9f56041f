import ConveneCore
import ConveneEvaluation

extension NetworkPeople {
  /// What the network's own figures use of each person, by year and population
  /// (`2028 followed-up`): who made a commitment and whose commitment was followed up, each
  /// with their member city (or `other-cities`) and groups, and for a follow-up its status.
  /// Who each is: the event and the participant (an anonymous respondent's commitment, the
  /// event and the line, numbered among the same lines). The network's record keeps them
  /// edition by edition (`NetworkPublicationRecord`), so that no signed combination of network
  /// reports counts 1 to `threshold - 1` of these people. Who took part (`2028 took-part`) is
  /// kept with their member city and its country, region and size as `cityGroups` (from
  /// `cities.csv`) give them, and nothing else: the events' own records check the rest in
  /// combination, but which member city a person counts in, and where that city is, move with
  /// `cities.csv` alone.
  func populationLines(eventIDs: [String], cityGroups: [String: [String: String]] = [:]) -> [String: [String: String]] {
    var lines: [String: [String: String]] = [:]
    var anonymous: [String: Int] = [:]
    for person in people where person.tookPart {
      guard let participant = person.participant else { continue }
      let city = person.city ?? NetworkValue.otherCities
      let groups = cityGroups[city] ?? [:]
      let line = (["city=\(city)"] + ["country", "region", "city_size"].map { "\($0)=\(groups[$0] ?? "")" })
        .joined(separator: "\u{1F}")
      lines["\(person.year) \(NetworkDisclosure.tookPart)", default: [:]]["\(eventIDs[person.event])\u{1F}\(participant.id)"] =
        line
    }
    for person in people where person.committed {
      var groups = ["city=\(person.city ?? NetworkValue.otherCities)"]
      for field in NetworkMeasure.peopleFields {
        groups.append("\(field)=\(person.profile[field] ?? IndicatorCalculator.notGiven)")
      }
      let line = groups.joined(separator: "\u{1F}")
      let event = eventIDs[person.event]
      let who: String
      if let participant = person.participant {
        who = "\(event)\u{1F}\(participant.id)"
      } else {
        let same = "\(event)\u{1F}\(line)"
        anonymous[same, default: 0] += 1
        who = "\(same)\u{1F}\(anonymous[same]!)"
      }
      lines["\(person.year) \(Population.committed)", default: [:]][who] = line
      if let status = person.followup {
        lines["\(person.year) \(Population.followedUp)", default: [:]][who] =
          line + "\u{1F}status=\(status)"
      }
    }
    return lines
  }
}
