"""Editor-maintained aliases: names that no spelling key can connect (translations, acronyms,
prothetic letters), e.g. Union State / Саюзная дзяржава / Союзное государство, КДБ / КГБ."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

MAX_NAMES = 40


class SearchAlias(models.Model):
    label = models.CharField(_("label"), max_length=120, help_text=_("For editors only."))
    names = models.TextField(
        _("names"),
        help_text=_(
            "One name per line, in any language and spelling. A search for any of them finds "
            "articles that use any other."
        ),
    )

    panels = [FieldPanel("label"), FieldPanel("names")]

    class Meta:
        ordering = ["label"]
        verbose_name = _("search alias")
        verbose_name_plural = _("search aliases")

    def __str__(self) -> str:
        return self.label

    def name_list(self) -> list[str]:
        return [line.strip() for line in self.names.splitlines() if line.strip()]

    def clean(self) -> None:
        names = self.name_list()
        if len(names) < 2:
            raise ValidationError({"names": _("Give at least two names, one per line.")})
        if len(names) > MAX_NAMES:
            raise ValidationError({"names": _("Give at most 40 names.")})
        if any(len(name) > 120 for name in names):
            raise ValidationError({"names": _("A name can be at most 120 characters long.")})
