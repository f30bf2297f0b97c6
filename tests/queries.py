from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, path):
    """Queries one visit to ``path`` runs, after a first visit has warmed Wagtail's
    cached site root paths as any earlier visitor would have."""
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)
