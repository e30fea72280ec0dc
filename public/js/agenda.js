// Progressive enhancement for the agenda pages; without it the move buttons and the browser's print menu work.
// - Move buttons submit in the background and update the table in place, keeping focus on the moved item.
// - Rows can be dragged by their handle; dropping posts the same move form with the new position.
// - The "Afdrukken" button appears and opens the print dialog.
(() => {
  const builderSelector = '[data-agenda-builder]';

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

  const csrfToken = () => document.querySelector('input[name="_csrf"]')?.value ?? '';

  /** Posts a move and swaps in the builder from the page the server redirects to. */
  const move = async (url, fields, focusKeys) => {
    const body = new URLSearchParams({ _csrf: csrfToken(), ...fields });
    const response = await fetch(url, { method: 'POST', body, credentials: 'same-origin' });
    if (!response.ok) {
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
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.matches('[data-agenda-move]')) return;
    event.preventDefault();
    const button = form.querySelector('[data-focus-key]');
    const key = button?.getAttribute('data-focus-key') ?? '';
    const id = key.replace(/^(up|down)-/, '');
    const direction = form.querySelector('input[name="direction"]')?.value ?? 'up';
    move(form.action, { direction }, [key, `${direction === 'up' ? 'down' : 'up'}-${id}`]).catch(() =>
      form.submit(),
    );
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
    move(dragged.dataset.moveUrl, { position: String(position) }, [`up-${id}`, `down-${id}`]).catch(() =>
      window.location.reload(),
    );
  });

  document.addEventListener('DOMContentLoaded', () => {
    addHandles();
    for (const button of document.querySelectorAll('[data-print]')) {
      button.hidden = false;
      button.addEventListener('click', () => window.print());
    }
  });
})();
