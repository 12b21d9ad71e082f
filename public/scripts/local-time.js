// The site's one enhancement (the pages are complete without it): times in the reader's zone
// (search results too), a remembered zone choice, past / in progress / upcoming, now and next, the
// topic filter, collapsible guiding questions and the print button. Times: <time datetime="…Z">.
(() => {
  const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];
  const KEY = 'oewg-time-zone';
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  let chosen = '';
  try { chosen = localStorage.getItem(KEY) || ''; } catch {}
  // Formatters are costly to create and the same few serve every time on the page: made once each.
  const made = {};
  const make = (locale, zone, options) => made[locale + zone + JSON.stringify(options)] ||= new Intl.DateTimeFormat(locale, { timeZone: zone, ...options });
  const fmt = (zone, options) => make(undefined, zone, options);
  // A fixed locale here only to read the calendar date as YYYY-MM-DD; nothing shown uses it.
  const ymd = (zone, date) => Date.parse(make('en-CA', zone, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(date));
  const instants = (el) => $$('time[datetime$="Z"]', el).map((time) => new Date(time.getAttribute('datetime')));

  // Times in the chosen zone (or the browser's), beside the New York times.
  function showTimes() {
    const zone = chosen || browserZone;
    $$('.local-time').forEach((el) => el.remove());
    $$('[data-local-time]').forEach((el) => {
      const home = el.getAttribute('data-local-time');
      const [start, end] = instants(el);
      if (!start || zone === home || fmt(zone, { hour: 'numeric', minute: 'numeric', day: 'numeric' }).format(start) === fmt(home, { hour: 'numeric', minute: 'numeric', day: 'numeric' }).format(start)) return;
      const time = fmt(zone, { hour: 'numeric', minute: '2-digit' });
      const shift = Math.round((ymd(zone, start) - ymd(home, start)) / 864e5);
      const zoneName = fmt(zone, { timeZoneName: 'short' }).formatToParts(start).find((part) => part.type === 'timeZoneName')?.value;
      const compact = el.hasAttribute('data-compact');
      const out = document.createElement(compact ? 'span' : 'p');
      out.className = 'local-time';
      out.textContent = (compact ? '' : `${chosen ? zone : 'Your time'}: ${fmt(zone, { weekday: 'short', day: 'numeric', month: 'short' }).format(start)}, `)
        + time.format(start) + (end ? `\u2013${time.format(end)}` : '') + (compact ? '' : ` (${zoneName})`)
        + (shift ? ` (${shift > 0 ? 'next' : 'previous'} day)` : '');
      (compact ? el.querySelector('a') || el : el).append(out);
    });
  }

  // The zone control: the browser's zone, New York only, or any IANA zone; remembered in localStorage.
  const select = document.querySelector('[data-tz-select]');
  if (select) {
    select.options[0].text += ` (${browserZone})`;
    if (chosen && chosen !== 'America/New_York') select.add(new Option(chosen.replace(/_/g, ' '), chosen));
    select.value = chosen;
    // Every IANA zone, added when the reader reaches for the list (not on load: hundreds of options).
    const fill = () => {
      (Intl.supportedValuesOf ? Intl.supportedValuesOf('timeZone') : []).forEach((zone) => zone !== chosen && select.add(new Option(zone.replace(/_/g, ' '), zone)));
      select.value = chosen;
    };
    select.addEventListener('focus', fill, { once: true });
    select.addEventListener('change', () => {
      chosen = select.value;
      try { localStorage.setItem(KEY, chosen); } catch {}
      showTimes();
    });
    select.closest('[hidden]').hidden = false;
  }
  showTimes();

  // Search results, rendered by the search page's script: a result with a time carries its UTC
  // instants as <time> elements and its zone as data-local-time; the script says when it added results.
  document.addEventListener('oewg:search-results', showTimes);

  // Past, in progress, upcoming: from the UTC instants, at the time the page is read.
  const now = Date.now();
  const state = ([start, end]) => (now < start ? 'upcoming' : now < (end || start) ? 'in progress' : 'past');
  $$('[data-status]').forEach((el) => {
    const range = [Date.parse(el.dataset.start), Date.parse(el.dataset.end)];
    el.textContent = el.dataset.status + state(range);
    el.hidden = false;
  });
  const slots = $$('article.slot');
  slots.forEach((slot) => {
    const slotState = state(instants(slot.querySelector('.slot-head')));
    slot.dataset.state = slotState;
    const span = document.createElement('span');
    span.className = 'status';
    span.textContent = slotState;
    slot.querySelector('.slot-head h2, .slot-head h3').after(span);
  });
  $$('.glance li').forEach((entry) => { entry.dataset.state = state(instants(entry)); });
  const nowNext = document.querySelector('[data-now-next]');
  const current = slots.find((slot) => slot.dataset.state === 'in progress');
  const next = slots.find((slot) => slot.dataset.state === 'upcoming');
  if (nowNext && (current || (next && slots[0].dataset.state !== 'upcoming'))) {
    const link = (prefix, slot) => {
      const a = document.createElement('a');
      a.href = `#${slot.id}`;
      a.textContent = slot.querySelector('.slot-head h2, .slot-head h3').firstChild.textContent;
      nowNext.append(prefix, a, '. ');
    };
    if (current) link('Now: ', current);
    if (next) link('Next: ', next);
    nowNext.hidden = false;
  }

  // Guiding questions collapse (open without JavaScript, when printed, and when a link points inside).
  const boxes = $$('details[data-collapsible]');
  const openTarget = () => {
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const box = target && target.closest('details');
    if (box) { box.open = true; target.scrollIntoView(); }
  };
  boxes.forEach((box) => { box.open = false; });
  openTarget();
  addEventListener('hashchange', openTarget);
  const openAll = () => boxes.forEach((box) => { box.open = true; });
  addEventListener('beforeprint', openAll);
  matchMedia('print').addEventListener('change', (event) => event.matches && openAll());
  $$('[data-print]').forEach((button) => {
    button.addEventListener('click', () => print());
    button.parentElement.hidden = false;
  });

  // Topic filter: sub-items as toggles, in the URL (?topic=…) so a filtered programme can be shared.
  const filter = document.querySelector('[data-topic-filter]');
  if (filter) {
    const buttons = $$('button[data-topic]', filter);
    const apply = () => {
      const on = buttons.filter((button) => button.getAttribute('aria-pressed') === 'true').map((button) => button.dataset.topic);
      const match = (el) => !on.length || on.some((topic) => el.dataset.topics.split(' ').includes(topic));
      $$('[data-topics]').forEach((el) => { el.hidden = !match(el); });
      $$('section.day').forEach((day) => { day.hidden = !$$('article.slot', day).some((slot) => !slot.hidden); });
      const shown = slots.filter((slot) => !slot.hidden).length;
      document.querySelector('[data-filter-status]').textContent = on.length ? `Showing ${shown} of ${slots.length} slots.` : '';
      const url = new URL(location.href);
      url.searchParams.delete('topic');
      on.forEach((topic) => url.searchParams.append('topic', topic));
      history.replaceState(null, '', url);
    };
    const wanted = new URLSearchParams(location.search).getAll('topic');
    buttons.forEach((button) => {
      button.setAttribute('aria-pressed', String(wanted.includes(button.dataset.topic)));
      button.addEventListener('click', () => {
        button.setAttribute('aria-pressed', String(button.getAttribute('aria-pressed') !== 'true'));
        apply();
      });
    });
    if (wanted.length) { apply(); filter.open = true; }
    filter.hidden = false;
  }
})();
