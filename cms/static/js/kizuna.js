// Kizuna: small progressive enhancements. Pages work fully without this file.
(function () {
    "use strict";

    // On phones the news filters start folded, so the news comes first; the summary
    // says when a filter is chosen. Without this script the panel stays open.
    var panel = document.querySelector(".filters__panel");
    if (panel && window.matchMedia("(max-width: 48rem)").matches) {
        panel.open = false;
    }
})();
