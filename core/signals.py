"""Signals for changes that public pages show but Wagtail's own signals do not announce."""

from django.dispatch import Signal

# Sent by code that changes what public pages show without publishing a page one by one
# (events imported in bulk, the places left on an exchange programme), inside or outside
# a transaction: the site's caches of public pages are dropped once it commits.
public_content_changed = Signal()
