import ConveneTestSupport

/// Small workspace files for the tests, built up line by line.
enum Fixtures {
  static let event = """
    {
      "id": "test-2027",
      "title": "Test Workshop",
      "kind": "workshop",
      "timezone": "Africa/Nairobi",
      "organiser": { "name": "Unit", "email": "events@example.org" },
      "languages": ["en", "fr"],
      "days": [
        { "date": "2027-03-09", "start": "09:00", "end": "17:00",
          "breaks": [ { "start": "12:30", "end": "13:30", "label": "Lunch" } ] }
      ],
      "capacity": 3,
      "categories": [ { "id": "mayor", "label": "Mayor", "quota": 1 }, { "id": "youth", "label": "Youth" } ]
    }
    """

  static let participantsHeader = "id,name,email,category,title,organisation,city,country,region,gender,age_group,languages,needs,timezone,arrival,departure,unavailable,cohorts,publish_name,status"

  static func workspace(
    event: String = event, participants: [String] = [], rooms: [String] = [], sessions: [String] = [],
    signups: [String] = []
  ) -> InMemoryFileSystem {
    InMemoryFileSystem([
      "ws/event.json": event,
      "ws/participants.csv": ([participantsHeader] + participants).joined(separator: "\n") + "\n",
      "ws/rooms.csv": (["id,name,venue,capacity,features,unavailable"] + rooms).joined(separator: "\n") + "\n",
      "ws/sessions.csv": (["id,title,kind,duration,speakers,moderators,room,day,start"] + sessions).joined(separator: "\n") + "\n",
      "ws/signups.csv": (["participant,session"] + signups).joined(separator: "\n") + "\n",
    ])
  }
}
