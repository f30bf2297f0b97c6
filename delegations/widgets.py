"""A list of checkboxes with a filter box above it, for choosing several of many
(counterparts, related events and news).

Wagtail's chooser modals pick one item each and cannot open above the itinerary's
modal dialog (the browser keeps everything outside that dialog inert), so the dialog
offers every choice in one scrolling list that the planner narrows by typing. The
filter is a Stimulus controller: it also connects inside the dialog, whose content is
loaded after the page.
"""

from django import forms

FILTER_SCRIPT = "delegations/choices.js"
FILTER_STYLES = "delegations/choices.css"


class FilteredCheckboxes(forms.CheckboxSelectMultiple):
    template_name = "delegations/widgets/filtered_checkboxes.html"

    def __init__(self, attrs=None, choices=(), *, filter_label=""):
        super().__init__(attrs, choices)
        self.filter_label = filter_label

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["filter_label"] = self.filter_label
        return context

    class Media:
        js = [FILTER_SCRIPT]
        css = {"all": [FILTER_STYLES]}
