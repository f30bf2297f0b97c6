"""Documents served so that no browser runs them.

Wagtail's view already sends documents other than WAGTAILDOCS_INLINE_CONTENT_TYPES as
attachments, with `X-Content-Type-Options: nosniff` and `default-src 'none'`. This view
adds the CSP `sandbox` to each attachment, so a file a browser renders anyway (an HTML page
that got in under a .txt name) runs in an opaque origin without script, away from the
site's cookies. Inline types (PDF) keep Wagtail's policy: Chrome and Safari refuse to show a
PDF under `sandbox`, and their viewers already keep a PDF's script from the page.
"""

from wagtail.documents.views import serve as wagtail_serve

ATTACHMENT_POLICY = "default-src 'none'; sandbox"


def serve(request, document_id, document_filename):
    response = wagtail_serve.serve(request, document_id, document_filename)
    if response.status_code == 200:
        response["X-Content-Type-Options"] = "nosniff"
        if not response.get("Content-Disposition", "").startswith("inline"):
            response["Content-Security-Policy"] = ATTACHMENT_POLICY
    return response
