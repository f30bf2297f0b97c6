"""Two app servers on one PostgreSQL and one Redis, behind Varnish: what an editor does
through one server is what every visitor sees next, through the other and through Varnish."""

import re
import shutil
import subprocess
import urllib.parse
import urllib.request

import pytest

from tests.cms.servers import (
    free_port,
    manage,
    production_environment,
    start,
    start_varnish,
    stop,
)

POSTGRES = "postgres://postgres@127.0.0.1:5432/kizuna_prod_varnish"
REDIS = "redis://127.0.0.1:6379/14"
SETUP = """
from django.contrib.auth import get_user_model
from tests.factories.pages import add_article, build_site
home, news = build_site()
article = add_article(news, "Water forum opens", title_ja="水フォーラム開幕")
get_user_model().objects.create_superuser("editor", "", "kizuna-test-password")
print(article.id)
"""
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
        body = urllib.parse.urlencode(data).encode() if data is not None else None
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


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    services_or_skip()
    tmp_path = tmp_path_factory.mktemp("stack")
    subprocess.run(
        [
            "dropdb",
            "-h",
            "127.0.0.1",
            "-U",
            "postgres",
            "--if-exists",
            "kizuna_prod_varnish",
        ],
        check=True,
    )
    subprocess.run(
        ["createdb", "-h", "127.0.0.1", "-U", "postgres", "kizuna_prod_varnish"],
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
    article_id = int(manage("shell", "--no-imports", "-c", SETUP, env=env).split()[-1])
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
            "article_id": article_id,
        }
    finally:
        for process in reversed(processes):
            stop(process)


def test_an_unpublish_through_one_server_reaches_the_other_and_varnish(stack):
    article, index = "/en/news/water-forum-opens/", "/ja/news/"
    for path in (article, index):
        for _ in range(2):  # the second visit of each is a stored copy
            get(stack["other"] + path)
            status, headers, _ = get(stack["varnish"] + path)
    assert status == 200 and headers["X-Cache"] == "hit"
    assert "水フォーラム開幕" in get(stack["varnish"] + index)[2]

    editor = Browser()
    status, _, _ = editor.post_form(
        stack["one"] + "/admin/login/",
        username="editor",
        password="kizuna-test-password",
    )
    assert status == 302 and "sessionid" in editor.cookies
    status, _, _ = editor.post_form(
        stack["one"] + f"/admin/pages/{stack['article_id']}/unpublish/"
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
