// Small enhancements only: every page works without this script.
// Forms marked data-busy show that long work (an import) is under way and cannot be sent twice.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.dataset.busy) return;
  const button = form.querySelector('button[type="submit"], button:not([type])');
  if (button) {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
  }
  let status = form.querySelector('.busy');
  if (!status) {
    status = document.createElement('p');
    status.className = 'busy';
    status.setAttribute('role', 'status');
    form.append(status);
  }
  const started = Date.now();
  const tick = () => {
    status.textContent = `${form.dataset.busy} ${Math.round((Date.now() - started) / 1000)} s`;
  };
  tick();
  setInterval(tick, 1000);
});
