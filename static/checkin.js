// The check-in desk, offline-first: the event's list is kept on this device, a scan is
// answered from it at once and queued; the queue is sent whenever the network is there and
// kept (in localStorage) while it is not. What the server made of each scan — counted, a
// duplicate from another desk, unknown — comes back and is shown. Without this script the
// page's form still checks people in one at a time.
(() => {
  const desk = document.getElementById('desk');
  if (!desk) return;
  const { event, day, session, csrf } = desk.dataset;
  const t = (key) => desk.getAttribute(`data-t-${key}`) || key;
  const $ = (id) => document.getElementById(id);
  const store = {
    get: (k, d) => { try { return JSON.parse(localStorage.getItem(k)) ?? d; } catch (_) { return d; } },
    set: (k, v) => { try { localStorage.setItem(k, JSON.stringify(v)); } catch (_) { /* full: kept in memory */ } },
  };
  const random = () => Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
  const device = store.get('hansa-desk-device', null) || `desk-${random().slice(0, 8)}`;
  store.set('hansa-desk-device', device);
  const listKey = `hansa-desk-list:${event}`;
  const queueKey = `hansa-desk-queue:${event}`;
  let list = store.get(listKey, { people: [], checked: [] });
  let queue = store.get(queueKey, []);
  const key = (code, d, s) => `${code}|${d}|${s}`;
  let checked = new Set(list.checked.map(([c, d, s]) => key(c, d, s)));
  // What this desk checked in since the page opened: a list fetched while a sync was on its
  // way may not hold it yet, and must not take it back from the counter.
  const mine = new Set();
  let lastScan = null;
  let byCode = new Map(list.people.map((p) => [p.code, p]));
  let online = navigator.onLine;

  const counted = () => {
    let n = 0;
    for (const k of checked) if (k.endsWith(`|${day}|${session}`)) n += 1;
    $('counted').textContent = n.toLocaleString();
  };
  const showNet = () => {
    const waiting = queue.length ? ` · ${queue.length} ${t(queue.length === 1 ? 'waiting-one' : 'waiting')}` : '';
    $('net').textContent = `${online ? t('online') : t('offline')}${waiting}`;
    $('net').className = `net ${online ? 'on' : 'off'}`;
  };
  const say = (text, outcome) => {
    const r = $('result');
    r.hidden = false;
    r.textContent = text;
    r.className = `result result-${outcome}`;
  };
  const logLine = (scanId, text, outcome) => {
    const li = document.createElement('li');
    li.dataset.scan = scanId;
    li.className = `result-${outcome}`;
    li.textContent = text;
    $('log').prepend(li);
    while ($('log').children.length > 30) $('log').lastChild.remove();
  };

  const codeOf = (raw) => {
    const v = raw.trim();
    const m = /^HANSA:([^:]+):([A-Za-z0-9]+)$/.exec(v);
    if (m) return m[1] === event ? m[2].toUpperCase() : { wrong: true };
    return /^[A-Za-z0-9]{4,32}$/.test(v) ? v.toUpperCase() : null;
  };

  const checkIn = (code, raw) => {
    const person = byCode.get(code);
    const scan = { scan_id: random(), code: raw, day, session, at: Math.floor(Date.now() / 1000) };
    queue.push(scan);
    store.set(queueKey, queue);
    const name = person ? person.name : code;
    let outcome = 'queued';
    if (!person) outcome = list.people.length ? 'unknown' : 'queued';
    else if (!person.admitted) outcome = 'not_admitted';
    else if (checked.has(key(code, day, session))) outcome = 'duplicate';
    else { checked.add(key(code, day, session)); mine.add(key(code, day, session)); }
    lastScan = scan.scan_id;
    say(`${name}: ${t(outcome)}`, outcome);
    logLine(scan.scan_id, `${new Date().toLocaleTimeString()} ${name}: ${t(outcome)}`, outcome);
    counted();
    showNet();
    sync();
  };

  const matches = (text) => {
    const q = text.trim().toLowerCase();
    return list.people.filter((p) => [p.name, p.native || '', p.organisation || ''].some((v) => v.toLowerCase().includes(q))).slice(0, 8);
  };
  const offer = (people) => {
    const ul = $('matches');
    ul.replaceChildren();
    ul.hidden = false;
    if (!people.length) { say(t('no-match'), 'unknown'); ul.hidden = true; return; }
    say(t('choose'), 'choose');
    for (const p of people) {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = `${p.name}${p.native ? ` ${p.native}` : ''} · ${p.organisation || ''} · ${p.category}`;
      b.addEventListener('click', () => { ul.hidden = true; checkIn(p.code, p.code); $('code').focus(); });
      li.append(b);
      ul.append(li);
    }
  };

  const handle = (raw) => {
    const code = codeOf(raw);
    $('matches').hidden = true;
    if (code && code.wrong) { say(t('wrong_event'), 'wrong_event'); return; }
    if (code && (byCode.has(code) || !list.people.length)) { checkIn(code, raw.trim()); return; }
    if (raw.trim().length >= 2) offer(matches(raw));
  };

  let syncing = false;
  async function sync() {
    if (syncing || !queue.length) return;
    syncing = true;
    const batch = queue.slice(0, 500);
    try {
      const res = await fetch(`/api/v1/events/${event}/check-ins`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf, Accept: 'application/json' },
        body: JSON.stringify({ device, scans: batch }),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const { results } = await res.json();
      const sent = new Set(batch.map((s) => s.scan_id));
      queue = queue.filter((s) => !sent.has(s.scan_id));
      store.set(queueKey, queue);
      online = true;
      for (const r of results) settle(r);
    } catch (_) {
      online = false;
    } finally {
      syncing = false;
      showNet();
      counted();
      if (online && queue.length) setTimeout(sync, 0);
    }
  }

  // The server's word on a scan: counted ones stay, others are listed to look at.
  const settle = (r) => {
    const name = r.name || r.code || '';
    const line = $('log').querySelector(`[data-scan="${r.scan_id}"]`);
    if (line) { line.className = `result-${r.outcome}`; line.textContent = line.textContent.replace(/: .*$/, `: ${t(r.outcome)}`); }
    if (r.code && r.outcome === 'checked_in') checked.add(key(r.code, day, session));
    // The answer on screen is the server's once it has one.
    if (r.scan_id === lastScan) say(`${name}: ${t(r.outcome)}`, r.outcome);
    if (r.outcome === 'checked_in' || r.outcome === 'replayed') return;
    if (r.outcome === 'duplicate' && r.first_device === device) return;
    const li = document.createElement('li');
    li.className = `result-${r.outcome}`;
    let text = `${name}: ${t(r.outcome)}`;
    if (r.first_at) {
      const at = new Date(r.first_at * 1000).toLocaleTimeString();
      text += ` — ${t('first-at')} (${at}, ${r.first_device})`;
    }
    li.textContent = text;
    $('conflicts').prepend(li);
    $('conflicts-title').hidden = false;
  };

  const refresh = async () => {
    try {
      const res = await fetch(`/staff/events/${event}/check-in/list.json`, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      list = await res.json();
      store.set(listKey, list);
      byCode = new Map(list.people.map((p) => [p.code, p]));
      const pending = queue.filter((s) => s.day === day && s.session === session).map((s) => codeOf(s.code));
      checked = new Set([...list.checked.map(([c, d, s]) => key(c, d, s)), ...mine]);
      for (const c of pending) if (typeof c === 'string' && byCode.get(c)?.admitted) checked.add(key(c, day, session));
      online = true;
    } catch (_) {
      online = false;
    }
    counted();
    showNet();
  };

  $('scan-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const input = $('code');
    handle(input.value);
    input.value = '';
    input.focus();
  });
  window.addEventListener('online', () => { online = true; showNet(); sync(); refresh(); });
  window.addEventListener('offline', () => { online = false; showNet(); });
  setInterval(() => { sync(); }, 5000);
  setInterval(() => { if (!queue.length) refresh(); }, 30000);

  // The camera, where the browser can read QR codes itself (no library is fetched).
  if ('BarcodeDetector' in window && navigator.mediaDevices) {
    const button = $('camera');
    button.hidden = false;
    button.addEventListener('click', async () => {
      const video = $('preview');
      try {
        const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
        video.srcObject = stream;
        video.hidden = false;
        await video.play();
        const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
        let last = '';
        const look = async () => {
          if (video.hidden) return;
          try {
            for (const code of await detector.detect(video)) {
              if (code.rawValue && code.rawValue !== last) { last = code.rawValue; handle(code.rawValue); }
            }
          } catch (_) { /* a frame the detector could not read */ }
          setTimeout(look, 250);
        };
        look();
      } catch (_) {
        video.hidden = true;
      }
    });
  }

  counted();
  showNet();
  refresh().then(sync);
})();
