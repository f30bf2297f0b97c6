"""The usual door-to-door times between the cities of the exchange's itineraries.

Minutes from leaving one place to arriving at the next, transfers included: a flight
counts check-in and boarding at the departure airport and landing formalities at the
other end; the airports (Narita, Haneda, Ube) are places of their own, so the ride to
the city is a leg of its own. Planners edit the table in the admin.
"""

from django.db import migrations

TRAVEL_TIMES = [
    # Japan. Hokuriku shinkansen Tokyo–Nagano, about 80 min on the train.
    ("Tokyo", "Nagano", "shinkansen", 105),
    ("Tokyo", "Nagano", "car", 240),
    ("Tokyo", "Nagano", "bus", 270),
    # Nozomi to Kokura and a Kodama back to Shin-Shimonoseki, then into town.
    ("Tokyo", "Shimonoseki", "shinkansen", 300),
    ("Tokyo", "Narita", "train", 90),
    ("Tokyo", "Narita", "car", 90),
    ("Tokyo", "Narita", "bus", 105),
    ("Tokyo", "Haneda", "train", 50),
    ("Tokyo", "Haneda", "car", 45),
    ("Tokyo", "Haneda", "bus", 60),
    # 1 h 40 in the air, an hour at Haneda before it, 20 minutes at Ube after.
    ("Haneda", "Ube", "flight", 180),
    ("Ube", "Shimonoseki", "car", 60),
    ("Ube", "Shimonoseki", "bus", 80),
    # Japan–Cambodia. About 6 h 45 in the air, two hours at the departure airport and
    # the ride between Techo International Airport and the city.
    ("Narita", "Phnom Penh", "flight", 585),
    ("Haneda", "Phnom Penh", "flight", 585),
    # Cambodia. National Road 6; about 50 minutes in the air plus the airports.
    ("Phnom Penh", "Siem Reap", "car", 330),
    ("Phnom Penh", "Siem Reap", "bus", 390),
    ("Phnom Penh", "Siem Reap", "flight", 180),
    # The Phnom Penh–Sihanoukville expressway.
    ("Phnom Penh", "Sihanoukville", "car", 150),
    ("Phnom Penh", "Sihanoukville", "bus", 210),
]


def add_travel_times(apps, schema_editor):
    TravelTime = apps.get_model("delegations", "TravelTime")
    TravelTime.objects.bulk_create(
        TravelTime(from_city=start, to_city=end, mode=mode, minutes=minutes)
        for start, end, mode, minutes in TRAVEL_TIMES
    )


def remove_travel_times(apps, schema_editor):
    TravelTime = apps.get_model("delegations", "TravelTime")
    for start, end, mode, _minutes in TRAVEL_TIMES:
        TravelTime.objects.filter(from_city=start, to_city=end, mode=mode).delete()


class Migration(migrations.Migration):
    dependencies = [("delegations", "0001_initial")]

    operations = [migrations.RunPython(add_travel_times, remove_travel_times)]
