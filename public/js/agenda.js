// Progressive enhancement for the agenda pages; without it the move buttons and the browser's print menu work.
// - Move buttons submit in the background and update the table in place, keeping focus on the moved item; like
//   without JavaScript, the move carries the minutes typed in the table, which are saved with it.
// - Rows can be dragged by their handle; dropping posts the same move form with the new position.
// - Leaving the page with typed but unsaved minutes asks first.
// - The "Afdrukken" button appears and opens the print dialog.
(() => {
  const builderSelector = '[data-agenda-builder]';
  /** Set when a form is sent the ordinary way: then leaving the page is what the user asked for. */
  let sending = false;

  const announce = (message) => {
    let region = document.getElementById('agenda-live');
    if (!region) {
      region = document.createElement('p');
      region.id = 'agenda-live';
      region.className = 'ko-visually-hidden';
      region.setAttribute('role', 'status');
      document.body.append(region);
    }
    region.textContent = message;
  };

  /** The durations form's fields (the CSRF token and every typed minutes value), plus `extra`. */
  const durationFields = (extra, submitter) => {
    const form = document.getElementById('agenda-durations');
    const body = new URLSearchParams(
      form instanceof HTMLFormElement ? new FormData(form, submitter) : undefined,
    );
    for (const [name, value] of Object.entries(extra)) body.set(name, value);
    return body;
  };

  /** Posts a move and swaps in the builder from the page the server redirects to. */
  const move = async (url, body, focusKeys) => {
    const response = await fetch(url, { method: 'POST', body, credentials: 'same-origin' });
    // 422: a typed duration was wrong; the builder comes back with the message beside it and nothing moved.
    if (!response.ok && response.status !== 422) {
      window.location.reload();
      return;
    }
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const fresh = page.querySelector(builderSelector);
    const current = document.querySelector(builderSelector);
    if (!fresh || !current) {
      window.location.reload();
      return;
    }
    current.replaceWith(fresh);
    addHandles();
    const message = page.querySelector('.ko-flash')?.textContent?.trim();
    if (message) announce(message);
    for (const key of focusKeys) {
      const target = fresh.querySelector(`[data-focus-key="${key}"]`);
      if (target instanceof HTMLElement) {
        target.focus();
        break;
      }
    }
  };

  document.addEventListener('submit', (event) => {
    const button = event.submitter;
    if (!(button instanceof HTMLButtonElement) || !button.matches('[data-agenda-move]')) return;
    event.preventDefault();
    const key = button.getAttribute('data-focus-key') ?? '';
    const id = key.replace(/^(up|down)-/, '');
    const direction = button.value;
    move(button.formAction, durationFields({}, button), [
      key,
      `${direction === 'up' ? 'down' : 'up'}-${id}`,
    ]).catch(() => submitWithout(button));
  });

  /** The plain form post, as without JavaScript (`form.submit()` fires no submit event and sends no button). */
  const submitWithout = (button) => {
    const form = button.form;
    if (!form) return;
    const field = document.createElement('input');
    field.type = 'hidden';
    field.name = button.name;
    field.value = button.value;
    form.append(field);
    form.action = button.formAction;
    sending = true;
    form.submit();
  };

  // Typed minutes that are not saved yet: the browser asks before the page is left (not when a form is sent).
  document.addEventListener('submit', (event) => {
    if (!event.defaultPrevented) sending = true;
  });
  window.addEventListener('beforeunload', (event) => {
    if (sending) return;
    const unsaved = [...document.querySelectorAll('.ko-minutes-input')].some(
      (input) => input instanceof HTMLInputElement && input.value !== input.defaultValue,
    );
    if (unsaved) event.preventDefault();
  });

  // Drag and drop, for mouse users; the buttons remain the way for keyboard and screen reader users.
  let dragged = null;
  const addHandles = () => {
    for (const row of document.querySelectorAll(`${builderSelector} tr[data-move-url]`)) {
      if (row.querySelector('.ko-drag-handle')) continue;
      const handle = document.createElement('span');
      handle.className = 'ko-drag-handle';
      handle.setAttribute('aria-hidden', 'true');
      handle.title = `Versleep ${row.dataset.title ?? ''}`;
      handle.textContent = '⠿';
      handle.draggable = true;
      row.querySelector('.ko-move')?.prepend(handle);
    }
  };
  document.addEventListener('dragstart', (event) => {
    const handle = event.target instanceof Element ? event.target.closest('.ko-drag-handle') : null;
    if (!handle) return;
    dragged = handle.closest('tr');
    dragged?.classList.add('ko-agenda-row--dragging');
    event.dataTransfer?.setData('text/plain', dragged?.id ?? '');
  });
  document.addEventListener('dragover', (event) => {
    const row =
      event.target instanceof Element ? event.target.closest(`${builderSelector} tr[data-move-url]`) : null;
    if (dragged && row) event.preventDefault();
  });
  document.addEventListener('dragend', () => {
    dragged?.classList.remove('ko-agenda-row--dragging');
    dragged = null;
  });
  document.addEventListener('drop', (event) => {
    const row =
      event.target instanceof Element ? event.target.closest(`${builderSelector} tr[data-move-url]`) : null;
    if (!dragged || !row || row === dragged) return;
    event.preventDefault();
    const rows = [...row.parentElement.querySelectorAll('tr[data-move-url]')];
    const position = rows.indexOf(row) + 1;
    const id = dragged.id.replace('item-', '');
    move(dragged.dataset.moveUrl, durationFields({ position: String(position) }), [
      `up-${id}`,
      `down-${id}`,
    ]).catch(() => window.location.reload());
  });

  document.addEventListener('DOMContentLoaded', () => {
    addHandles();
    for (const button of document.querySelectorAll('[data-print]')) {
      button.hidden = false;
      button.addEventListener('click', () => window.print());
    }
  });
})();
