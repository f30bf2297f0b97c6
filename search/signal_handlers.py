from wagtail.signals import page_published, page_unpublished

from .indexing import forget_page, index_page

# Only publishing changes what visitors can read: a saved draft is not indexed until
# it is published. Deleted pages take their entries with them (CASCADE), and moves
# and view restrictions are checked when searching, so neither needs a handler.


def index_published_page(sender, instance, **kwargs):
    index_page(instance)


def forget_unpublished_page(sender, instance, **kwargs):
    forget_page(instance)


def register_signal_handlers():
    page_published.connect(index_published_page)
    page_unpublished.connect(forget_unpublished_page)
