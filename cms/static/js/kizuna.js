// Kizuna: small progressive enhancements. Pages work fully without this file.
(function () {
    "use strict";

    // On phones the news filters start folded, unless one is chosen, so the news comes first.
    var panel = document.querySelector(".filters__panel");
    if (
        panel &&
        window.matchMedia("(max-width: 48rem)").matches &&
        !panel.querySelector("[aria-current]")
    ) {
        panel.open = false;
    }
})();
