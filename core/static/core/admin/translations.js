// wagtail-modeltranslation puts "Copy content from" on every nested panel; it only
// copies between the language versions of a translated StreamField (body_en → body_ja),
// so it is removed from the others (field groups, inline panels, untranslated fields).
(function () {
  "use strict";

  function languages() {
    var settings = window.wagtailModelTranslations;
    return settings ? settings.languages : [];
  }

  function isTranslatedStreamField(section) {
    var match = /^panel-child-content-(\w+)_([a-z]+)-section$/.exec(section.id);
    // Of the translated fields only StreamFields are nested panels (body_ja).
    return match !== null && languages().indexOf(match[2]) !== -1;
  }

  function removeMeaninglessCopyButtons(root) {
    root.querySelectorAll(".translation-field-copy-wrapper").forEach(function (wrapper) {
      var section = wrapper.closest("section.w-panel--nested");
      if (!section || !isTranslatedStreamField(section)) {
        wrapper.remove();
      }
    });
  }

  // The buttons are added by a jQuery ready handler, which may run after this script.
  new MutationObserver(function () {
    removeMeaninglessCopyButtons(document);
  }).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", function () {
    removeMeaninglessCopyButtons(document);
  });
})();
