// Progressive enhancement for the date planner; without it the count is shown after each submit.
// - The number of ticked dates is counted as you tick, beside the poll button (announced politely).
(() => {
  const update = () => {
    const output = document.querySelector('[data-planner-count]');
    if (!(output instanceof HTMLElement)) return;
    const count = document.querySelectorAll('[data-planner-date]:checked').length;
    const form = count === 1 ? output.dataset.one : output.dataset.other;
    output.textContent = (form ?? '').replace('{count}', String(count));
  };
  document.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.matches('[data-planner-date]')) update();
  });
  document.addEventListener('DOMContentLoaded', update);
})();
