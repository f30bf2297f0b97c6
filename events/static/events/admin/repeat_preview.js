// The Repeat panel's preview, redrawn as the editor changes a repeat choice or the
// times: the form's values for the fields the preview names go to the admin's preview
// view, whose HTML (the rule in words and the next dates, or what is wrong) replaces
// the preview. Only the answer to the latest change is shown.
(function () {
  "use strict";

  var Controller = window.StimulusModule.Controller;
  // Typing in a date box sends a change per key; wait for a pause.
  var PAUSE_MS = 300;

  class RepeatPreviewController extends Controller {
    static values = { url: String, page: String, fields: String };

    connect() {
      this.form = this.element.closest("form");
      this.names = new Set(this.fieldsValue.split(" "));
      this.asked = 0;
      this.changed = this.changed.bind(this);
      this.form.addEventListener("change", this.changed);
      this.form.addEventListener("input", this.changed);
      // A chooser (the venue) sets its hidden input's value without a change event.
      this.observer = new MutationObserver(this.changed);
      var venue = this.form.elements.venue;
      if (venue && this.names.has("venue")) {
        this.observer.observe(venue, { attributes: true, attributeFilter: ["value"] });
      }
    }

    disconnect() {
      this.form.removeEventListener("change", this.changed);
      this.form.removeEventListener("input", this.changed);
      this.observer.disconnect();
      clearTimeout(this.timer);
    }

    changed(event) {
      var target = event.target || (event[0] && event[0].target);
      if (target && !this.names.has(target.name)) {
        return;
      }
      clearTimeout(this.timer);
      this.timer = setTimeout(this.refresh.bind(this), PAUSE_MS);
    }

    query() {
      var values = new FormData(this.form);
      var query = new URLSearchParams();
      this.names.forEach(function (name) {
        values.getAll(name).forEach(function (value) {
          query.append(name, value);
        });
      });
      if (this.pageValue) {
        query.append("page", this.pageValue);
      }
      return query;
    }

    async refresh() {
      var asked = ++this.asked;
      this.element.setAttribute("aria-busy", "true");
      try {
        var response = await fetch(this.urlValue + "?" + this.query(), {
          headers: { "X-Requested-With": "XMLHttpRequest" },
          credentials: "same-origin",
        });
        var html = await response.text();
        if (asked === this.asked && (response.ok || response.status === 400)) {
          this.element.innerHTML = html;
        }
      } catch (error) {
        // Offline or the server gone: the preview keeps what it showed.
      } finally {
        if (asked === this.asked) {
          this.element.removeAttribute("aria-busy");
        }
      }
    }
  }

  window.wagtail.app.register("repeat-preview", RepeatPreviewController);
})();
