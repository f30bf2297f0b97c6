// Beside the fields named in a zone box's data-shown-beside (Start, End), a small label
// names the zone their times are read in: the zone typed or chosen, else the venue's.
(function () {
  "use strict";

  function zoneInForce(input) {
    if (input.value.trim()) {
      return input.value.trim();
    }
    var venue = input.form.elements[input.dataset.venueField];
    var zones = JSON.parse(input.dataset.venueZones || "{}");
    return (venue && zones[venue.value]) || "";
  }

  function setUp(input) {
    var labels = input.dataset.shownBeside.split(" ").map(function (name) {
      var field = input.form.elements[name];
      var label = document.createElement("span");
      label.className = "kizuna-zone-label";
      label.dataset.zoneFor = name;
      field.insertAdjacentElement("afterend", label);
      return label;
    });
    function update() {
      var zone = zoneInForce(input);
      labels.forEach(function (label) {
        label.textContent = zone;
      });
    }
    input.addEventListener("input", update);
    var venue = input.form.elements[input.dataset.venueField];
    if (venue) {
      // A chooser's hidden input changes its value attribute without a change event.
      venue.addEventListener("change", update);
      new MutationObserver(update).observe(venue, { attributes: true, attributeFilter: ["value"] });
    }
    update();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[data-time-zone-input][data-shown-beside]").forEach(setUp);
  });
})();
