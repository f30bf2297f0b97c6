"""With several app machines, media live in S3-compatible object storage.

A real S3 API (moto's server, on loopback) stands in for the bucket: images and their
renditions are written there and open from their URLs; documents come back through
Django as downloads; the production settings choose the bucket from the environment.
"""

import urllib.request

import boto3
import pytest
from django.core.files.base import ContentFile
from moto.server import ThreadedMotoServer
from wagtail.documents import get_document_model

from tests.cms.servers import free_port
from tests.cms.test_settings import production_settings
from tests.factories.images import make_image

BUCKET = "kizuna-media"
CREDENTIALS = {"access_key": "testing", "secret_key": "testing"}


@pytest.fixture(scope="module")
def endpoint():
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    url = f"http://127.0.0.1:{port}"
    boto3.client(
        "s3",
        endpoint_url=url,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    ).create_bucket(Bucket=BUCKET)
    yield url
    server.stop()


@pytest.fixture
def bucket(endpoint, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": endpoint,
                "region_name": "us-east-1",
                "default_acl": None,
                "file_overwrite": False,
                **CREDENTIALS,
            },
        },
    }
    s3 = boto3.resource(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    return s3.Bucket(BUCKET)


def stored_names(bucket):
    return {stored.key for stored in bucket.objects.all()}


@pytest.mark.django_db
def test_an_image_and_its_rendition_are_stored_in_the_bucket_and_open_from_their_urls(
    bucket,
):
    image = make_image("Signing in Tokyo", width=400, height=300)
    rendition = image.get_rendition("fill-200x100")

    assert {image.file.name, rendition.file.name} <= stored_names(bucket)
    with urllib.request.urlopen(rendition.url, timeout=10) as answer:
        assert answer.status == 200
        assert answer.read(8) == b"\x89PNG\r\n\x1a\n"


@pytest.mark.django_db
def test_two_uploads_of_the_same_name_keep_two_files(bucket):
    first = make_image("Programme", width=40, height=30)
    second = make_image("Programme", width=40, height=30)

    assert first.file.name != second.file.name
    assert {first.file.name, second.file.name} <= stored_names(bucket)


@pytest.mark.django_db
def test_a_document_in_the_bucket_is_served_through_django_as_a_download(
    bucket, client
):
    document = get_document_model().objects.create(
        title="Seminar programme",
        file=ContentFile(b"Day 1: Tokyo\nDay 4: Shimonoseki\n", name="programme.txt"),
    )

    response = client.get(document.url)

    assert document.file.name in stored_names(bucket)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Day 1: Tokyo\nDay 4: Shimonoseki\n"
    assert response["Content-Disposition"].startswith("attachment")


def test_production_takes_the_bucket_from_the_environment():
    chosen = production_settings(
        "STORAGES",
        "CONTENT_SECURITY_POLICY",
        AWS_STORAGE_BUCKET_NAME=BUCKET,
        AWS_S3_ENDPOINT_URL="https://objects.example.org",
        AWS_S3_REGION_NAME="ap-northeast-1",
    )

    storage = chosen["STORAGES"]["default"]
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"]["bucket_name"] == BUCKET
    assert storage["OPTIONS"]["endpoint_url"] == "https://objects.example.org"
    assert storage["OPTIONS"]["region_name"] == "ap-northeast-1"
    images = chosen["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"]
    assert "https://objects.example.org" in images


def test_production_keeps_media_on_disk_without_a_bucket():
    chosen = production_settings("STORAGES", "CONTENT_SECURITY_POLICY")

    assert (
        chosen["STORAGES"]["default"]["BACKEND"]
        == "django.core.files.storage.FileSystemStorage"
    )
    assert chosen["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"] == [
        "'self'",
        "data:",
    ]


def test_media_with_a_public_domain_get_plain_urls_allowed_by_the_policy():
    chosen = production_settings(
        "STORAGES",
        "CONTENT_SECURITY_POLICY",
        AWS_STORAGE_BUCKET_NAME=BUCKET,
        AWS_S3_CUSTOM_DOMAIN="media.kizuna.example.org",
    )

    assert (
        chosen["STORAGES"]["default"]["OPTIONS"]["custom_domain"]
        == "media.kizuna.example.org"
    )
    images = chosen["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"]
    assert "https://media.kizuna.example.org" in images
