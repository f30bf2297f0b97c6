/* A list of checkboxes narrowed as the planner types: an entry stays listed if its
 * label holds every word typed, or if it is chosen. Registered on Wagtail's Stimulus
 * application, so it connects in the itinerary's dialog too. */
(() => {
  const { Controller } = window.StimulusModule;

  const folded = (text) => text.normalize('NFKC').toLocaleLowerCase();

  class PlannerChoicesController extends Controller {
    static targets = ['filter', 'none'];

    filter() {
      const words = folded(this.filterTarget.value).split(/\s+/).filter(Boolean);
      let shown = 0;
      this.element.querySelectorAll('input[type="checkbox"]').forEach((box) => {
        const label = box.closest('label');
        const entry = label.parentElement;
        const matches = words.every((word) => folded(label.textContent).includes(word));
        entry.hidden = !(matches || box.checked);
        if (!entry.hidden) shown += 1;
      });
      this.noneTarget.hidden = shown > 0 || words.length === 0;
    }
  }

  window.wagtail.app.register('planner-choices', PlannerChoicesController);
})();
