// Small enhancements only: every page works without this script.
// Forms marked data-busy show that long work (an import) is under way and cannot be sent twice;
// with data-progress they also poll that URL and show how far the work is ("Rows checked: 1250
// of 5000") in a progress bar.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.dataset.busy) return;
  const submitter = event.submitter;
  const label = (submitter && submitter.dataset.busy) || form.dataset.busy;
  for (const button of form.querySelectorAll('button')) {
    // Disabled after the browser has taken the submitter's name and formaction.
    setTimeout(() => { button.disabled = true; }, 0);
    button.setAttribute('aria-busy', 'true');
  }
  let status = form.querySelector('.busy');
  if (!status) {
    status = document.createElement('div');
    status.className = 'busy';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    form.append(status);
  }
  const line = document.createElement('p');
  const bar = document.createElement('progress');
  bar.hidden = true;
  bar.setAttribute('aria-label', label);
  status.replaceChildren(line, bar);
  const started = Date.now();
  let reported = '';
  const tick = () => {
    const seconds = Math.round((Date.now() - started) / 1000);
    line.textContent = reported ? `${reported} · ${seconds} s` : `${label} ${seconds} s`;
  };
  tick();
  const ticking = setInterval(tick, 1000);
  let url = form.dataset.progress;
  if (!url) return;
  // A download (a PDF of badges) leaves the page where it is: each submit gets a job key of
  // its own, and the form comes back to life when the work is done.
  const download = 'download' in form.dataset && form.elements.job;
  if (download) {
    const key = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
    form.elements.job.value = key;
    url = `/progress/${key}`;
  }
  let polling;
  const poll = async () => {
    try {
      const res = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (res.ok) {
        const p = await res.json();
        reported = p.text;
        if (p.total > 0) {
          bar.hidden = false;
          bar.max = p.total;
          bar.value = Math.min(p.done, p.total);
        }
        tick();
        if (download && p.phase === 'done') {
          clearInterval(ticking);
          clearInterval(polling);
          line.textContent = reported;
          status.classList.add('done');
          for (const button of form.querySelectorAll('button')) {
            button.disabled = false;
            button.removeAttribute('aria-busy');
          }
        }
      }
    } catch (_) {
      // The next poll tries again; the form's own response still arrives.
    }
  };
  setTimeout(() => { poll(); polling = setInterval(poll, 500); }, 300);
});

// Online sessions also in the viewer's own time zone, when it is not the event's.
for (const programme of document.querySelectorAll('section.programme[data-zone]')) {
  const mine = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!mine || mine === programme.dataset.zone) continue;
  const lang = document.documentElement.lang || undefined;
  const clock = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const zone = new Intl.DateTimeFormat(lang, { timeZoneName: 'short' });
  for (const t of programme.querySelectorAll('li.session.online time[datetime][data-end]')) {
    const start = new Date(t.getAttribute('datetime'));
    const end = new Date(t.dataset.end);
    const name = zone.formatToParts(start).find((p) => p.type === 'timeZoneName');
    const note = document.createElement('span');
    note.className = 'your-time';
    note.textContent = ` · ${programme.dataset.yourTime}: ${clock.format(start)}–${clock.format(end)}${name ? ` ${name.value}` : ''}`;
    t.after(note);
  }
}

// A form that undoes something (cancelling a registration) asks once before it is sent.
for (const form of document.querySelectorAll('form[data-confirm]')) {
  form.addEventListener('submit', (e) => {
    if (!window.confirm(form.dataset.confirm)) e.preventDefault();
  });
}

// A refused form: the summary of its problems takes the focus, so a screen reader reads it.
document.getElementById('form-errors')?.focus();
