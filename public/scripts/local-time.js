// Adds the viewer's local time next to New York time (progressive enhancement: the page is
// complete without it). Reads <time datetime="…Z"> inside [data-local-time="<IANA zone>"].
(function () {
  var opts = { hour: 'numeric', minute: '2-digit' };
  document.querySelectorAll('[data-local-time]').forEach(function (el) {
    var times = el.querySelectorAll('time[datetime$="Z"]');
    if (!times.length) return;
    var dates = Array.prototype.map.call(times, function (t) { return new Date(t.getAttribute('datetime')); });
    var home = new Intl.DateTimeFormat('en', Object.assign({ timeZone: el.getAttribute('data-local-time'), weekday: 'short' }, opts));
    var here = new Intl.DateTimeFormat('en', Object.assign({ weekday: 'short' }, opts));
    if (home.format(dates[0]) === here.format(dates[0])) return;
    var text = here.format(dates[0]);
    if (dates[1]) text += '\u2013' + new Intl.DateTimeFormat('en', opts).format(dates[1]);
    var zone = new Intl.DateTimeFormat('en', { timeZoneName: 'short' }).formatToParts(dates[0])
      .filter(function (p) { return p.type === 'timeZoneName'; })[0];
    var p = document.createElement('p');
    p.className = 'local-time';
    p.textContent = 'Your time: ' + text + (zone ? ' (' + zone.value + ')' : '');
    el.append(p);
  });
})();
