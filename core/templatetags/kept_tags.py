"""``{% kept "name" value … %}…{% endkept %}``: HTML that only an editor's change can
alter (an article's agreements, the footer), rendered once per process and generation
(core.generation) for each language, site and ``value`` given, instead of on every
request. Never around anything of the visitor's (a form's token, the time, the
query string), and never kept in a preview, whose draft shares the live page's id."""

from django import template
from django.utils.translation import get_language

from core.generation import remembered
from core.sites import find_site

register = template.Library()


@register.tag
def kept(parser, token):
    name, *values = token.split_contents()[1:]
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    return KeptNode(
        nodelist,
        parser.compile_filter(name),
        [parser.compile_filter(v) for v in values],
    )


class KeptNode(template.Node):
    def __init__(self, nodelist, name, values):
        self.nodelist, self.name, self.values = nodelist, name, values

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        site = find_site(request)
        key = (
            "fragment",
            self.name.resolve(context),
            get_language(),
            site.pk if site else None,
            *(value.resolve(context) for value in self.values),
        )
        return remembered(key, lambda: self.nodelist.render(context))
