from django import template

register = template.Library()


@register.simple_tag
def filter_url(filters, **changes):
    """A listing's query string with one filter set; the filter already chosen toggles off.

    ``filters`` is any object with ``query_string(**changes)`` (news and calendar filters).
    """
    toggled = {
        name: None if getattr(filters, name) == value else value
        for name, value in changes.items()
    }
    return filters.query_string(**toggled)
