"""Secret addresses of a delegation's private calendar feeds.

Only a SHA-256 of each token is stored (Indico's model): the address is shown once,
when the token is issued, and a database dump cannot rebuild it. Issuing again for the
same feed replaces the hash, so the old address stops working at once.
"""

import hashlib
import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

from .visits import Delegation, Member


def token_hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


class FeedToken(models.Model):
    delegation = models.ForeignKey(
        Delegation,
        verbose_name=_("delegation"),
        on_delete=models.CASCADE,
        related_name="feed_tokens",
    )
    # Empty: the whole delegation's itinerary; else only the items this member attends.
    member = models.ForeignKey(
        Member,
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="feed_tokens",
    )
    token_hash = models.CharField(_("token hash"), max_length=64, unique=True)
    issued_at = models.DateTimeField(_("issued at"), auto_now=True)

    class Meta:
        verbose_name = _("calendar feed token")
        verbose_name_plural = _("calendar feed tokens")
        constraints = [
            models.UniqueConstraint(
                "delegation",
                name="feed_token_once_per_delegation",
                condition=models.Q(member__isnull=True),
            ),
            models.UniqueConstraint("member", name="feed_token_once_per_member"),
        ]

    def __str__(self):
        return str(self.member or self.delegation)

    @classmethod
    def issue(cls, delegation, member=None):
        """A new secret for the feed of ``delegation`` (or of its ``member``), which
        replaces any earlier one. Returns the token; only its hash is kept."""
        token = secrets.token_urlsafe(32)
        cls.objects.update_or_create(
            delegation=delegation,
            member=member,
            defaults={"token_hash": token_hash(token)},
        )
        return token

    @classmethod
    def find(cls, token):
        """The live token whose secret is ``token``, or None."""
        return (
            cls.objects.select_related("delegation", "member")
            .filter(token_hash=token_hash(token))
            .first()
        )
