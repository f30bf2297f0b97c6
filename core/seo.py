"""What a page says about itself to search engines, link previews and feed readers."""

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.utils.text import Truncator
from django.utils.translation import get_language
from wagtail.rich_text import get_text_for_indexing

from core.languages import translated_url
from core.sites import find_site

DESCRIPTION_LENGTH = 200
SHARE_RENDITION = "fill-1200x630"
OPEN_GRAPH_LOCALES = {"en": "en_GB", "ja": "ja_JP", "km": "km_KH"}


def page_description(page):
    """The page's search description, else its introduction, as one line of plain text."""
    text = page.search_description or getattr(page, "intro", "")
    # Rich-text intros carry tags and entities; a meta tag or feed wants neither.
    plain = " ".join(get_text_for_indexing(text).split())
    return Truncator(plain).chars(DESCRIPTION_LENGTH)


def public_url(request, path):
    """The absolute address visitors use for ``path``: under KIZUNA_PUBLIC_BASE_URL when
    set (the site behind a proxy or served under one name), else on the request's host.

    The one place links that leave the site (canonical, feeds, calendar links) get
    their host; the Wagtail Site's hostname is an admin setting and may be stale.
    """
    if base := settings.KIZUNA_PUBLIC_BASE_URL:
        return urljoin(base, path)
    return request.build_absolute_uri(path)


def webcal_url(request, path):
    """``path`` as a webcal:// address, which calendar apps open to subscribe."""
    address = urlsplit(public_url(request, path))
    return address._replace(scheme="webcal").geturl()


def site_root_for(request):
    """The root page of the site answering this request, or None if no site does."""
    site = find_site(request)
    return site.root_page.specific if site else None


def describe(page, request):
    """The page's description, or the site's where the page has none."""
    if description := page_description(page):
        return description
    site_root = site_root_for(request)
    return page_description(site_root) if site_root else ""


def alternate_urls(request):
    """``{hreflang: absolute URL}`` of the requested page in every language and x-default.

    The query string is left out: filtered and paginated views of an index are the
    same page to a search engine, and every article is listed in the sitemap.
    """
    paths = {
        code: translated_url(request.path, code) for code, _name in settings.LANGUAGES
    }
    # As in Django's sitemap: the unprefixed URL lets the visitor's browser choose.
    prefix = f"/{settings.LANGUAGE_CODE}/"
    paths["x-default"] = paths[settings.LANGUAGE_CODE].replace(prefix, "/", 1)
    return {code: public_url(request, path) for code, path in paths.items()}


@dataclass(frozen=True)
class ShareImage:
    url: str
    width: int
    height: int
    alt: str

    @classmethod
    def for_page(cls, page, request):
        """The page's main image cut for link previews, or None if it has none."""
        image = getattr(page, "image", None)
        if image is None:
            return None
        rendition = image.get_rendition(SHARE_RENDITION)
        return cls(
            url=public_url(request, rendition.url),
            width=rendition.width,
            height=rendition.height,
            alt=getattr(page, "image_alt", ""),
        )


@dataclass(frozen=True)
class PageMeta:
    """Canonical URL, hreflang alternates and Open Graph facts of one response."""

    site_name: str
    title: str
    description: str
    canonical_url: str
    alternates: dict
    og_type: str
    locale: str
    alternate_locales: list
    image: ShareImage | None

    @classmethod
    def for_response(cls, request, page=None):
        """Meta for ``page`` as served to ``request``; a view without a page speaks for the site."""
        subject = page or site_root_for(request)
        current = get_language()
        alternates = alternate_urls(request)
        return cls(
            site_name=settings.WAGTAIL_SITE_NAME,
            title=subject.title if subject else settings.WAGTAIL_SITE_NAME,
            description=describe(subject, request) if subject else "",
            canonical_url=alternates[current],
            alternates=alternates,
            og_type=getattr(page, "og_type", "website"),
            locale=OPEN_GRAPH_LOCALES[current],
            alternate_locales=[
                locale for code, locale in OPEN_GRAPH_LOCALES.items() if code != current
            ],
            image=ShareImage.for_page(page, request),
        )
