from django import template

register = template.Library()


@register.simple_tag
def filter_url(filters, **changes):
    """Link to the news index with one filter set; the filter already chosen toggles off."""
    toggled = {
        name: None if getattr(filters, name) == value else value
        for name, value in changes.items()
    }
    return filters.query_string(**toggled)
