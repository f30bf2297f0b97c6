"""Documents: refused when their content is not what their name says or they are too
large, and served so that a browser never runs them."""

import io
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents.models import Document

pytestmark = pytest.mark.django_db

PAGE_WITH_SCRIPT = b"<!DOCTYPE html><html><script>fetch('/admin/')</script></html>"
SVG_WITH_SCRIPT = (
    b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">'
    b"<script>alert(document.cookie)</script></svg>"
)
PDF = b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def docx():
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    return data.getvalue()


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def editor(client, django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.login(username="editor", password="pw")
    return client


def upload(client, name, data):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": name, "file": SimpleUploadedFile(name, data), "collection": 1},
    )


def refusal(response):
    assert response.status_code == 200
    assert not Document.objects.exists()
    return response.context["form"].errors["file"]


def not_a(extension):
    return (
        f"This file's content is not a .{extension} file, whatever its name says. "
        f"Save it again as .{extension} from the program that made it and upload "
        "that copy."
    )


@pytest.mark.parametrize(
    ("name", "data", "extension"),
    [
        ("minutes.pdf", PAGE_WITH_SCRIPT, "pdf"),
        ("notes.txt", PAGE_WITH_SCRIPT, "txt"),
        ("notes.txt", b"\xef\xbb\xbf\n  " + SVG_WITH_SCRIPT, "txt"),
        ("schools.csv", SVG_WITH_SCRIPT, "csv"),
        ("plan.docx", PAGE_WITH_SCRIPT, "docx"),
        ("letter.rtf", PDF, "rtf"),
    ],
)
def test_a_page_or_script_disguised_as_a_document_is_refused(
    editor, name, data, extension
):
    assert refusal(upload(editor, name, data)) == [not_a(extension)]


@pytest.mark.parametrize("name", ["page.html", "logo.svg", "calendar.js"])
def test_a_page_or_picture_under_its_own_name_is_refused(editor, name):
    [message] = refusal(upload(editor, name, SVG_WITH_SCRIPT))

    assert message.startswith(
        f"File extension “{name.rsplit('.')[-1]}” is not allowed."
    )


def test_a_document_over_the_size_limit_is_refused(editor, settings):
    settings.KIZUNA_DOCUMENT_MAX_BYTES = 1024 * 1024

    response = upload(editor, "minutes.pdf", PDF + b"0" * 1024 * 1024)

    assert refusal(response) == ["This file is larger than 1 MB."]


def test_the_multiple_upload_refuses_a_disguised_page_too(editor):
    response = editor.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("minutes.pdf", PAGE_WITH_SCRIPT)},
    )

    assert response.json()["success"] is False
    assert response.json()["error_message"] == not_a("pdf")
    assert not Document.objects.exists()


def served(client, document):
    response = client.get(document.url)
    assert response.status_code == 200
    response.close()
    return response


def test_documents_of_every_allowed_kind_are_accepted(editor):
    for name, data in [
        ("minutes.pdf", PDF),
        ("plan.docx", docx()),
        ("letter.rtf", b"{\\rtf1 Dear partners}"),
        ("schools.csv", "name,town\n長野高校,長野\n".encode()),
        ("notes.txt", b"Bring 3 < 4 gifts"),
    ]:
        response = upload(editor, name, data)
        assert response.status_code == 302, response.context["form"].errors
    assert Document.objects.count() == 5


def test_a_pdf_opens_in_the_browser_with_nothing_it_may_load(editor, client):
    upload(editor, "minutes.pdf", PDF)

    response = served(client, Document.objects.get())

    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_other_documents_are_sandboxed_downloads(editor, client):
    upload(editor, "plan.docx", docx())

    response = served(client, Document.objects.get())

    assert response["Content-Disposition"] == 'attachment; filename="plan.docx"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"


def test_a_page_that_got_in_under_a_document_name_is_a_sandboxed_download(client):
    # Stored before the upload checks, for example.
    document = Document.objects.create(
        title="Notes", file=ContentFile(PAGE_WITH_SCRIPT, name="notes.txt")
    )

    response = served(client, document)

    assert response["Content-Type"] == "text/plain"
    assert response["Content-Disposition"] == 'attachment; filename="notes.txt"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
