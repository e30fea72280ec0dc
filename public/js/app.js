// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // Move focus to the error summary after a failed submit, so screen reader users hear what went wrong.
  const summary = document.querySelector('[data-error-summary]');
  if (summary instanceof HTMLElement) summary.focus();
  // On a phone the menu scrolls sideways: bring the current page's item into view.
  const list = document.querySelector('.ko-nav__list');
  const current = document.querySelector('.ko-nav__link[aria-current="page"]');
  if (list instanceof HTMLElement && current instanceof HTMLElement && list.scrollWidth > list.clientWidth) {
    list.scrollLeft = current.offsetLeft - (list.clientWidth - current.offsetWidth) / 2;
  }
});
