"""The CLAIR seminar week of seed 004 (part of it) as a delegation full of personal
data, and the users who may or may not see it, for the output tests."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from delegations.enums import City, ItemKind, TravelMode
from tests.delegations.factories import (
    TOKYO,
    add_item,
    add_leg,
    add_member,
    make_delegation,
)

# The fixtures; test modules take them with ``import *`` (the helpers by name).
__all__ = ["outsider_client", "planner_client", "seminar", "viewer_client"]

SECRETS = (
    "aiko.private@example.org",
    "+81-90-1234-5678",
    "sokha.home@example.org",
    "+855-12-345-678",
    "Allergic to shellfish",
    "Mayor prefers a short meeting",
    "Budget code 7731",
)


def at(day, hour, minute=0):
    return datetime.datetime(2019, 12, day, hour, minute, tzinfo=TOKYO)


def make_seminar():
    seminar = make_delegation(
        name="Local Government Exchange and Cooperation Seminar 2019",
        name_ja="地方行政交流協力セミナー2019",
        name_km="សិក្ខាសាលាផ្លាស់ប្តូរ និងកិច្ចសហប្រតិបត្តិការរដ្ឋាភិបាលមូលដ្ឋាន ២០១៩",
        first_day=datetime.date(2019, 12, 15),
        last_day=datetime.date(2019, 12, 21),
        host_time_zone="Asia/Tokyo",
    )
    aiko = add_member(seminar, "Aiko Tanaka", email=SECRETS[0], phone=SECRETS[1])
    sokha = add_member(
        seminar,
        "Sokha Chan",
        email=SECRETS[2],
        phone=SECRETS[3],
        dietary_notes=SECRETS[4],
    )
    add_item(
        seminar,
        "Lecture on Local Administration in Japan",
        at(16, 9, 30),
        at(16, 11),
        title_ja="講義「日本の地方行政」",
        title_km="ការបង្រៀនអំពីរដ្ឋបាលមូលដ្ឋាននៅប្រទេសជប៉ុន",
        kind=ItemKind.LECTURE,
        city=City.TOKYO,
        internal_notes=SECRETS[6],
    )
    add_item(
        seminar,
        "Visit to Shinjuku Multicultural Plaza",
        at(16, 14),
        at(16, 15, 30),
        title_ja="しんじゅく多文化共生プラザ視察",
        title_km="ទស្សនកិច្ចនៅមជ្ឈមណ្ឌលពហុវប្បធម៌ស៊ីនជូគូ",
        kind=ItemKind.SITE_VISIT,
        city=City.TOKYO,
        attendees=[aiko],
    )
    add_leg(
        seminar,
        "Shinkansen to Shimonoseki",
        at(17, 13),
        at(17, 18),
        City.TOKYO,
        City.SHIMONOSEKI,
        TravelMode.SHINKANSEN,
        title_ja="新幹線で下関へ",
        title_km="ធ្វើដំណើរតាមរថភ្លើងល្បឿនលឿនទៅស៊ីម៉ូណូសេគី",
    )
    add_item(
        seminar,
        "Courtesy call on the Mayor of Shimonoseki City",
        at(18, 9, 30),
        at(18, 10),
        title_ja="下関市長表敬訪問",
        title_km="ជួបសម្តែងការគួរសមជាមួយអភិបាលក្រុងស៊ីម៉ូណូសេគី",
        kind=ItemKind.COURTESY_CALL,
        city=City.SHIMONOSEKI,
        attendees=[sokha],
        internal_notes=SECRETS[5],
    )
    return seminar


def add_items(delegation, count):
    """``count`` more items, an hour each, on the seminar's days in Tokyo."""
    for number in range(count):
        start = at(15 + number % 6, 7 + number // 6 % 14)
        add_item(delegation, f"Session {number}", start, city=City.TOKYO)


@pytest.fixture
def seminar(db):
    return make_seminar()


def user_with(name, *codenames):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "pw")
    group = Group.objects.create(name=f"{name} group")
    group.permissions.set(
        Permission.objects.filter(
            codename__in=["access_admin", *codenames],
        )
    )
    user.groups.add(group)
    return user


@pytest.fixture
def viewer_client(client, db):
    client.force_login(user_with("viewer", "view_delegation"))
    return client


@pytest.fixture
def planner_client(client, db):
    client.force_login(user_with("planner", "view_delegation", "change_delegation"))
    return client


@pytest.fixture
def outsider_client(client, db):
    client.force_login(user_with("outsider"))
    return client
