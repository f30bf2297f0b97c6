/* The itinerary planner: blocks placed on the day grid, moved by dragging or with the
 * keyboard, and items edited in a dialog. A Stimulus controller on Wagtail's own
 * application; positions go into CSS custom properties (no inline style attributes). */
(() => {
  const { Controller } = window.StimulusModule;
  const SLOT_MINUTES = 15;
  const FETCH_HEADERS = { 'X-Requested-With': 'fetch' };

  class PlannerItineraryController extends Controller {
    static targets = ['region', 'grid', 'column', 'block', 'hour', 'dialog', 'dialogBody', 'status'];

    static values = { movedText: String };

    gridTargetConnected(grid) {
      grid.style.setProperty('--planner-rows', grid.dataset.rows);
    }

    blockTargetConnected(block) {
      this.place(block);
    }

    place(element) {
      element.style.setProperty('--planner-row', element.dataset.row);
      element.style.setProperty('--planner-span', element.dataset.span);
    }

    hourTargetConnected(hour) {
      this.place(hour);
    }

    csrfToken() {
      const cookie = document.cookie.split('; ').find((c) => c.startsWith('csrftoken='));
      return cookie ? decodeURIComponent(cookie.split('=')[1]) : '';
    }

    /* Moving */

    key(event) {
      const block = event.currentTarget;
      if (event.target !== block) return;
      const moves = {
        ArrowUp: [0, -SLOT_MINUTES],
        ArrowDown: [0, SLOT_MINUTES],
        ArrowLeft: [-1, 0],
        ArrowRight: [1, 0],
      };
      if (event.key === 'Enter') {
        event.preventDefault();
        this.openUrl(block.dataset.editUrl);
      } else if (moves[event.key]) {
        event.preventDefault();
        this.move(block, ...moves[event.key]);
      }
    }

    dragStart(event) {
      const block = event.currentTarget;
      const rect = block.getBoundingClientRect();
      this.dragged = { block, offset: event.clientY - rect.top };
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData('text/plain', block.dataset.uid);
    }

    dragOver(event) {
      if (this.dragged) event.preventDefault();
    }

    drop(event) {
      if (!this.dragged) return;
      event.preventDefault();
      const column = event.currentTarget;
      const { block, offset } = this.dragged;
      this.dragged = null;
      const rect = column.getBoundingClientRect();
      const slotHeight = rect.height / Number(column.dataset.rows);
      const row = Math.max(1, Math.round((event.clientY - offset - rect.top) / slotHeight) + 1);
      const days = Number(column.dataset.dayIndex) - Number(block.dataset.dayIndex);
      const minutes = (row - Number(block.dataset.row)) * SLOT_MINUTES;
      if (days || minutes) this.move(block, days, minutes);
    }

    async move(block, days, minutes) {
      const body = new FormData();
      body.append('days', days);
      body.append('minutes', minutes);
      const response = await fetch(block.dataset.moveUrl, {
        method: 'POST',
        body,
        headers: { ...FETCH_HEADERS, 'X-CSRFToken': this.csrfToken() },
      });
      const answer = await response.json().catch(() => ({}));
      this.statusTarget.textContent = answer.ok ? answer.message : this.movedTextValue;
      await this.refresh(block.dataset.uid);
    }

    /* The region is read again from the server after every change. */
    async refresh(focusUid) {
      const response = await fetch(window.location.href, { headers: FETCH_HEADERS });
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      const fresh = page.querySelector('[data-planner-itinerary-target="region"]');
      if (fresh) this.regionTarget.innerHTML = fresh.innerHTML;
      if (focusUid) {
        const block = this.blockTargets.find((b) => b.dataset.uid === focusUid);
        if (block) block.focus();
      }
    }

    /* The dialog */

    open(event) {
      event.preventDefault();
      this.openUrl(event.currentTarget.href);
    }

    async openUrl(url) {
      const response = await fetch(url, { headers: FETCH_HEADERS });
      this.dialogBodyTarget.innerHTML = await response.text();
      if (!this.dialogTarget.open) this.dialogTarget.showModal();
      const first = this.dialogBodyTarget.querySelector('input, select, textarea, button');
      if (first) first.focus();
    }

    async submit(event) {
      const form = event.target;
      event.preventDefault();
      const response = await fetch(form.action, {
        method: 'POST',
        body: new FormData(form),
        headers: FETCH_HEADERS,
      });
      if ((response.headers.get('Content-Type') || '').includes('application/json')) {
        const answer = await response.json();
        if (answer.redirect) {
          window.location.assign(answer.redirect);
          return;
        }
        this.dialogTarget.close();
        await this.refresh();
      } else {
        this.dialogBodyTarget.innerHTML = await response.text();
      }
    }

    close() {
      this.dialogTarget.close();
    }

    closed() {
      this.dialogBodyTarget.innerHTML = '';
    }
  }

  window.wagtail.app.register('planner-itinerary', PlannerItineraryController);
})();
