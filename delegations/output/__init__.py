"""What a delegation's itinerary becomes outside the planner: a printed programme and
its PDF, spreadsheets out and in, and private calendar feeds."""
