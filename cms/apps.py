from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Kizuna"

    def ready(self):
        from . import invalidation

        invalidation.connect()
