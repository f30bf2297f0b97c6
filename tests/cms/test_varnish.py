"""Two app servers on one PostgreSQL and one Redis, behind Varnish: what an editor does
through one server is what every visitor sees next, through the other and through Varnish."""

import datetime
import json
import os
import re
import shutil
import subprocess
import urllib.parse
import urllib.request
import zoneinfo

import pytest
from bs4 import BeautifulSoup
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from directory.models import Venue
from tests.cms.servers import (
    free_port,
    manage,
    production_environment,
    start,
    start_varnish,
    stop,
)
from tests.events.test_editor_form import event_form

# A database of this run's own, so that two checkouts testing at once keep apart.
DATABASE = f"kizuna_prod_varnish_{os.getpid()}"
POSTGRES = f"postgres://postgres@127.0.0.1:5432/{DATABASE}"
REDIS = "redis://127.0.0.1:6379/14"
SETUP = """
import datetime, json
from django.contrib.auth import get_user_model
from django.utils import timezone
from tests.factories.events import add_event, add_event_index, make_venue
from tests.factories.pages import add_article, build_site
home, news = build_site()
events = add_event_index(home)
venue = make_venue()
add_event(events, "Rice forum", start=timezone.now() + datetime.timedelta(days=5),
          venue=venue)
article = add_article(news, "Water forum opens", title_ja="水フォーラム開幕")
exports = add_article(news, "Cashew exports grow", slug="cashew-exports",
                      title_ja="カシュー輸出が増加", title_km="ការនាំចេញស្វាយចន្ទីកើនឡើង",
                      body_ja=[("paragraph", "<p>輸出は三割増えました。</p>")])
get_user_model().objects.create_superuser("editor", "", "kizuna-test-password")
print(json.dumps({"article": article.id, "exports": exports.id, "events": events.id,
                  "venue": venue.id}))
"""
LANGUAGES = ("en", "ja", "km")
PHNOM_PENH = zoneinfo.ZoneInfo("Asia/Phnom_Penh")
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """Keeps cookies by hand: production marks them Secure, and these servers are HTTP."""

    def __init__(self):
        self.cookies = {}
        self.opener = urllib.request.build_opener(NoRedirects)

    def open(self, url, data=None):
        headers = {}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = (
            urllib.parse.urlencode(data, doseq=True).encode()
            if data is not None
            else None
        )
        request = urllib.request.Request(url, data=body, headers=headers)
        try:
            response = self.opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            response = error
        for cookie in response.headers.get_all("Set-Cookie") or []:
            name, value = cookie.split(";", 1)[0].split("=", 1)
            self.cookies[name] = value
        return response.status, response.headers, response.read().decode()

    def post_form(self, url, **fields):
        _, _, form = self.open(url)
        token = CSRF_FIELD.search(form).group(1)
        return self.open(url, {"csrfmiddlewaretoken": token, **fields})

    def edit_form(self, url, **changes):
        """Post the form at ``url`` back as its page shows it, but for ``changes``."""
        _, _, page = self.open(url)
        form = BeautifulSoup(page, "html.parser").find(
            "form", action=urllib.parse.urlsplit(url).path
        )
        assert form, f"no form posting to {url}"
        fields = {}
        for field in form.find_all(["input", "textarea", "select"]):
            name = field.get("name")
            if not name or field.get("type") in {"submit", "button", "file"}:
                continue
            if field.name == "textarea":
                fields[name] = field.get_text()
            elif field.name == "select":
                fields[name] = [
                    o["value"] for o in field.find_all("option", selected=True)
                ]
            elif field.get("type") not in {"checkbox", "radio"} or field.has_attr(
                "checked"
            ):
                fields[name] = field.get("value", "")
        return self.open(url, {**fields, **changes})

    def log_in(self, base):
        status, _, _ = self.post_form(
            base + "/admin/login/",
            username="editor",
            password="kizuna-test-password",
        )
        assert status == 302 and "sessionid" in self.cookies
        return self


def get(url):
    return Browser().open(url)


def services_or_skip():
    if shutil.which("varnishd") is None:
        pytest.skip("varnishd is not installed (apt-get install varnish)")
    for command in (
        ["pg_isready", "-q", "-h", "127.0.0.1"],
        ["redis-cli", "-h", "127.0.0.1", "ping"],
    ):
        if shutil.which(command[0]) is None or subprocess.run(command).returncode:
            pytest.skip(f"{command[0]}: the service is not running on 127.0.0.1")


def drop_database():
    subprocess.run(
        ["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", DATABASE],
        check=True,
    )


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    services_or_skip()
    tmp_path = tmp_path_factory.mktemp("stack")
    drop_database()
    subprocess.run(
        ["createdb", "-h", "127.0.0.1", "-U", "postgres", DATABASE],
        check=True,
    )
    subprocess.run(
        ["redis-cli", "-n", "14", "flushdb"], check=True, capture_output=True
    )
    varnish_port, app_ports = free_port(), [free_port(), free_port()]
    env = production_environment(
        DATABASE_URL=POSTGRES,
        REDIS_URL=REDIS,
        MEDIA_ROOT=str(tmp_path / "media"),
        STATIC_ROOT=str(tmp_path / "static"),
    )
    manage("migrate", "--noinput", env=env)
    manage("collectstatic", "--noinput", "--verbosity", "0", env=env)
    made = json.loads(
        manage("shell", "--no-imports", "-c", SETUP, env=env).splitlines()[-1]
    )
    env["VARNISH_URL"] = f"http://127.0.0.1:{varnish_port}"
    processes = []
    try:
        for n, port in enumerate(app_ports):
            processes.append(
                start(
                    [
                        ".venv/bin/gunicorn",
                        "cms.wsgi",
                        "--bind",
                        f"127.0.0.1:{port}",
                        "--workers",
                        "1",
                    ],
                    env,
                    port,
                    log=tmp_path / f"app{n}.log",
                )
            )
        processes.append(
            start_varnish(
                varnish_port,
                app_ports,
                tmp_path / "varnish",
                log=tmp_path / "varnish.log",
            )
        )
        yield {
            "one": f"http://127.0.0.1:{app_ports[0]}",
            "other": f"http://127.0.0.1:{app_ports[1]}",
            "varnish": f"http://127.0.0.1:{varnish_port}",
            **made,
        }
    finally:
        for process in reversed(processes):
            stop(process)
        drop_database()


def test_an_unpublish_through_one_server_reaches_the_other_and_varnish(stack):
    article, index = "/en/news/water-forum-opens/", "/ja/news/"
    for path in (article, index):
        for _ in range(2):  # the second visit of each is a stored copy
            get(stack["other"] + path)
            status, headers, _ = get(stack["varnish"] + path)
    assert status == 200 and headers["X-Cache"] == "hit"
    assert "水フォーラム開幕" in get(stack["varnish"] + index)[2]

    editor = Browser().log_in(stack["one"])
    status, _, _ = editor.post_form(
        stack["one"] + f"/admin/pages/{stack['article']}/unpublish/"
    )
    assert status == 302

    assert get(stack["other"] + article)[0] == 404
    assert get(stack["varnish"] + article)[0] == 404
    assert "水フォーラム開幕" not in get(stack["other"] + index)[2]
    assert "水フォーラム開幕" not in get(stack["varnish"] + index)[2]


def test_varnish_passes_editors_and_the_admin_through(stack):
    get(stack["varnish"] + "/admin/login/")
    status, headers, _ = get(stack["varnish"] + "/admin/login/")

    assert status == 200 and headers["X-Cache"] == "miss"


def seen_everywhere(stack, *paths):
    """Visit each path twice through the second server and through Varnish, so that
    both the page cache and Varnish hold a copy; return Varnish's last answer."""
    for path in paths:
        for _ in range(2):
            get(stack["other"] + path)
            status, headers, _ = get(stack["varnish"] + path)
    return status, headers


def pages_next(stack, path):
    """The page at ``path`` as the next visitor sees it, through each way in."""
    return {way: get(stack[way] + path)[2] for way in ("other", "varnish")}


# What the article says before the change (SETUP), and after it.
ARTICLE_BEFORE = {
    "en": ("Cashew exports grow",),
    "ja": ("カシュー輸出が増加", "輸出は三割増えました。"),
    "km": ("ការនាំចេញស្វាយចន្ទីកើនឡើង",),
}
ARTICLE_CHANGE = {
    "en": ("Cashew exports double", "Processing plants opened in Kampong Thom."),
    "ja": ("カシュー輸出が倍増", "コンポントムに加工工場が開業しました。"),
    "km": ("ការនាំចេញស្វាយចន្ទីកើនទ្វេដង", "រោងចក្រកែច្នៃបានបើកនៅកំពង់ធំ។"),
}


def article_form(change):
    return nested_form_data(
        {
            **{f"title_{lang}": title for lang, (title, _) in change.items()},
            **{f"intro_{lang}": f"{title}." for lang, (title, _) in change.items()},
            **{
                f"body_{lang}": streamfield(
                    [("paragraph", rich_text(f"<p>{text}</p>"))]
                )
                for lang, (_, text) in change.items()
            },
            "slug": "cashew-exports",
            "date": "2024-07-06",
            "kind": "",
            "tags": "",
            "agreements": inline_formset([]),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )


def test_a_change_published_through_one_server_shows_next_everywhere(stack):
    article = "/{}/news/cashew-exports/"
    event = "/en/events/rice-forum/"
    status, headers = seen_everywhere(
        stack,
        *(article.format(lang) for lang in LANGUAGES),
        "/en/",
        "/en/events/",
        event,
    )
    assert status == 200 and headers["X-Cache"] == "hit"
    editor = Browser().log_in(stack["one"])

    status, _, _ = editor.post_form(
        stack["one"] + f"/admin/pages/{stack['exports']}/edit/",
        **article_form(ARTICLE_CHANGE),
    )
    assert status == 302
    for lang, (title, text) in ARTICLE_CHANGE.items():
        for way, page in pages_next(stack, article.format(lang)).items():
            assert title in page and text in page, (way, lang)
            assert not any(old in page for old in ARTICLE_BEFORE[lang]), (way, lang)

    tomorrow = datetime.datetime.now(PHNOM_PENH) + datetime.timedelta(days=1)
    status, _, _ = editor.post_form(
        stack["one"] + f"/admin/pages/add/events/eventpage/{stack['events']}/",
        **event_form(
            Venue(pk=stack["venue"]),
            title_en="Water tariff hearing",
            slug="water-tariff-hearing",
            start=f"{tomorrow:%Y-%m-%d} 10:00",
            end=f"{tomorrow:%Y-%m-%d} 12:00",
        ),
    )
    assert status == 302
    for path in ("/en/", "/en/events/"):
        for way, page in pages_next(stack, path).items():
            assert "Water tariff hearing" in page, (way, path)

    status, _, _ = editor.edit_form(
        stack["one"] + f"/admin/snippets/directory/venue/edit/{stack['venue']}/",
        name_en="Chaktomuk Conference Hall",
    )
    assert status == 302
    for path in (event, "/en/events/"):
        for way, page in pages_next(stack, path).items():
            assert "Chaktomuk Conference Hall" in page, (way, path)
            assert "Peace Palace" not in page, (way, path)
