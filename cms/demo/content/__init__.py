"""Demo content as plain data, one translated text per ``{"en": …, "ja": …, "km": …}``.

Written from the public documents in the project's seed folder, in our own words.
"""

from . import agreements, exchange, nagano

ARTICLES = [*nagano.ARTICLES, *agreements.ARTICLES, *exchange.ARTICLES]
