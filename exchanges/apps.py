from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExchangesConfig(AppConfig):
    name = "exchanges"
    verbose_name = _("School exchanges")

    def ready(self):
        from wagtail.signals import page_published

        from .capacity import on_programme_published
        from .models import ExchangeProgrammePage

        # Places an editor adds go to the waiting list at once.
        page_published.connect(
            on_programme_published,
            sender=ExchangeProgrammePage,
            dispatch_uid="kizuna-programme-published",
        )
