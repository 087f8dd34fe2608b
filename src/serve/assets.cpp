// The one stylesheet and the one script of `presencia serve`: served from
// the program itself, so the page works offline and fetches nothing.
#include "serve/pages.hpp"

namespace presencia::serve {

const char* const k_app_css = R"CSS(
:root{--ink:#1d2733;--muted:#5b6875;--line:#d5dbe1;--bg:#f4f6f8;--ok:#1e7d3a;--bad:#b3261e;--warn:#8a5a00;--accent:#1f5fa8}
*{box-sizing:border-box}
body{margin:0;font:18px/1.5 system-ui,"DejaVu Sans",sans-serif;color:var(--ink);background:var(--bg)}
header.top{display:flex;justify-content:space-between;align-items:center;padding:10px 20px;background:#fff;border-bottom:1px solid var(--line)}
.brand{font-weight:700;color:var(--ink);text-decoration:none}
.lang{color:var(--accent)}
main{max-width:960px;margin:0 auto;padding:16px 20px 40px}
h1{font-size:1.6rem;margin:.4em 0}
h2{font-size:1.2rem;margin:0 0 .5em}
.card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:16px 18px;margin:16px 0}
summary{font-weight:700;cursor:pointer;font-size:1.1rem;color:var(--accent)}
.form{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:12px;margin-top:12px;align-items:end}
label{display:flex;flex-direction:column;font-weight:600;gap:4px}
input[type=text],input:not([type]),input[type=date],input[type=search]{font:inherit;padding:10px;border:1px solid #98a4b0;border-radius:8px;width:100%;background:#fff}
button,.button{font:inherit;font-weight:600;padding:10px 18px;border-radius:8px;border:1px solid #98a4b0;background:#fff;color:var(--ink);cursor:pointer;text-decoration:none;display:inline-block;text-align:center}
.primary{background:var(--accent);border-color:var(--accent);color:#fff}
.search{display:flex;gap:8px;margin:16px 0}
.search input{flex:1}
.cases{list-style:none;padding:0;margin:0}
.case{display:grid;grid-template-columns:1fr auto;gap:2px 12px;background:#fff;border:1px solid var(--line);border-radius:10px;padding:12px 16px;margin:8px 0;color:var(--ink);text-decoration:none}
.case:hover{border-color:var(--accent)}
.who{font-weight:700;font-size:1.1rem}
.meta{color:var(--muted)}
.case .meta{grid-column:1}
.case .state{grid-column:2;grid-row:1/span 2;align-self:center;text-align:right}
.gaps{display:block;color:var(--muted);font-size:.9rem}
.badge{display:inline-block;border-radius:99px;padding:2px 12px;font-size:.9rem;font-weight:700;color:#fff;background:var(--muted)}
.badge.complete{background:var(--ok)}.badge.incomplete{background:var(--bad)}.badge.error{background:var(--warn)}
.verdict{border-radius:10px;padding:14px 18px;font-weight:700;font-size:1.15rem;color:#fff;background:var(--muted)}
.verdict.complete{background:var(--ok)}.verdict.incomplete{background:var(--bad)}.verdict.error{background:var(--warn)}
.error{color:var(--bad);font-weight:600}
.warn{color:var(--warn);font-weight:600;border-left:5px solid var(--warn);padding:4px 12px;background:#fff7e6}
.problems{color:var(--bad);font-weight:600;text-align:left;margin:12px 0 0;padding-left:1.2em}
.empty{color:var(--muted)}
.back a{color:var(--accent)}
.drop{border:3px dashed #98a4b0;text-align:center}
.drop.over{border-color:var(--accent);background:#eaf2fb}
.drop-hint{font-size:1.1rem;margin:.2em 0 .8em}
.buttons{display:flex;flex-wrap:wrap;gap:10px;justify-content:center}
.report .buttons{justify-content:flex-start;margin-bottom:12px}
.progress{margin-top:14px}
progress{width:100%;height:18px}
.files{list-style:none;padding:0;margin:0}
.files li{display:flex;justify-content:space-between;align-items:center;gap:10px;padding:8px 0;border-top:1px solid var(--line)}
.fname{overflow-wrap:anywhere}
.doc{display:grid;grid-template-columns:1.4em 1fr;gap:0 6px;min-width:0}
.doc .fname{grid-column:2}.doc .why{grid-column:2;color:var(--muted);font-size:.9rem}
.doc .mark{grid-row:1;font-weight:700}.doc.ok .mark{color:var(--ok)}.doc.bad .mark{color:var(--bad)}
.doc.bad .why{color:var(--bad)}
.report{padding:10px}
.remove button{font-size:.9rem;padding:6px 12px;color:var(--bad);border-color:var(--bad)}
iframe{display:block;width:100%;height:80vh;border:0;background:#fff}
@media (max-width:600px){body{font-size:17px}main{padding:10px 12px 30px}.card{padding:14px}
.case{grid-template-columns:1fr}.case .state{grid-column:1;grid-row:auto;text-align:left}.gaps{display:inline}
.buttons .button,.buttons button{flex:1 1 100%}
.card.report{margin-left:-12px;margin-right:-12px;border-radius:0;padding:8px 0}}
@media print{header.top,.drop,.files,.back,.report .buttons,form{display:none}}
)CSS";

const char* const k_app_js = R"JS(
(function () {
  'use strict';
  document.querySelectorAll('form.remove').forEach(function (f) {
    f.addEventListener('submit', function (e) {
      if (!window.confirm(f.dataset.confirm)) { e.preventDefault(); }
    });
  });
  // A submission date outside the application period is allowed (RULES.md
  // only reports it): the form says so while it is typed, and still sends.
  function pad(n) { return (n.length < 2 ? '0' : '') + n; }
  // The typed date as YYYY-MM-DD, or null while it is no real date (the
  // server says what is wrong with "31/06/2026", the note does not).
  function typedIso(v) {
    var y, mo, d, m = /^(\d{4})\s*[-\/.]\s*(\d{1,2})\s*[-\/.]\s*(\d{1,2})$/.exec(v);
    if (m) { y = m[1]; mo = m[2]; d = m[3]; } else {
      m = /^(\d{1,2})\s*[-\/.]\s*(\d{1,2})\s*[-\/.]\s*(\d{4})$/.exec(v);
      if (!m) { return null; }
      y = m[3]; mo = m[2]; d = m[1];
    }
    var t = new Date(Date.UTC(+y, +mo - 1, +d));
    if (t.getUTCMonth() !== +mo - 1 || t.getUTCDate() !== +d) { return null; }
    return y + '-' + pad(mo) + '-' + pad(d);
  }
  document.querySelectorAll('form[data-period-start]').forEach(function (f) {
    var input = f.querySelector('input[name=submission_date]');
    var note = f.querySelector('.period-note');
    if (!input || !note) { return; }
    var check = function () {
      var iso = typedIso(input.value.trim());
      note.hidden = !iso || (iso >= f.dataset.periodStart && iso <= f.dataset.periodEnd);
    };
    input.addEventListener('input', check);
    check();
  });
  // Home page: a case audited in the background gets its verdict in place.
  var list = document.querySelector('ul.cases');
  function pollCases() {
    var waiting = list.querySelectorAll('a[data-status]');
    if (!waiting.length) { return; }
    waiting.forEach(function (a) {
      fetch(a.dataset.status, {credentials: 'same-origin', cache: 'no-store'})
        .then(function (r) { return r.json(); })
        .then(function (s) {
          if (s.state === 'queued' || s.state === 'running' || !s.verdict) { return; }
          var shown = s.verdict === 'error' && s.documents === 0 ? 'nodocs' : s.verdict;
          var badge = a.querySelector('.badge');
          badge.className = 'badge ' + shown;
          badge.textContent = list.dataset['t' + shown.charAt(0).toUpperCase() + shown.slice(1)];
          a.removeAttribute('data-status');
        })
        .catch(function () {});
    });
    setTimeout(pollCases, 2000);
  }
  if (list) { pollCases(); }
  var c = document.getElementById('case');
  if (!c) { return; }
  var base = c.dataset.base, generation = c.dataset.generation;
  var box = document.getElementById('progress'), bar = document.getElementById('bar');
  var text = document.getElementById('progress-text');
  function show(msg, value, max) {
    box.hidden = false; text.textContent = msg;
    if (max > 0) { bar.max = max; bar.value = value; } else { bar.removeAttribute('value'); }
  }
  function poll() {
    fetch(base + '/status', {credentials: 'same-origin', cache: 'no-store'})
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (String(s.generation) !== generation && s.state !== 'running' && s.state !== 'queued') {
          window.location.reload(); return;
        }
        if (s.state === 'running') {
          // The page being read and the seconds so far: a slow page still
          // shows the clock moving, never a frozen count.
          var page = Math.min(s.pages_read + 1, s.pages_found);
          var msg = s.pages_found > 0 ? c.dataset.tReading : c.dataset.tOpening;
          show(msg.replace('{page}', page).replace('{pages}', s.pages_found)
                  .replace('{seconds}', s.seconds), s.pages_read, s.pages_found);
        } else if (s.state === 'queued') {
          show(c.dataset.tQueued, 0, 0);
        }
        setTimeout(poll, s.state === 'running' || s.state === 'queued' ? 700 : 2500);
      })
      .catch(function () { setTimeout(poll, 4000); });
  }
  function upload(files) {
    if (!files || !files.length) { return; }
    var form = new FormData();
    for (var i = 0; i < files.length; i++) { form.append('files', files[i], files[i].name); }
    var xhr = new XMLHttpRequest();
    xhr.open('POST', base + '/upload');
    xhr.upload.onprogress = function (e) { show(c.dataset.tUploading, e.loaded, e.total); };
    xhr.onload = function () {
      // The server names each refused file and says why: show every one,
      // even when the others were saved.
      var reply = null;
      try { reply = JSON.parse(xhr.responseText); } catch (e) { reply = null; }
      var list = document.getElementById('upload-problems');
      list.textContent = '';
      var problems = (reply && reply.problems) || [];
      problems.forEach(function (p) {
        var li = document.createElement('li'); li.textContent = p.why; list.appendChild(li);
      });
      list.hidden = problems.length === 0;
      if (reply && reply.saved && reply.saved.length) { show(c.dataset.tQueued, 0, 0); return; }
      if (problems.length) { box.hidden = true; return; }
      show(c.dataset.tFailed + ' (' + xhr.status + ')', 0, 1);
    };
    xhr.onerror = function () { show(c.dataset.tFailed, 0, 1); };
    xhr.send(form);
  }
  ['files', 'camera'].forEach(function (id) {
    var input = document.getElementById(id);
    input.addEventListener('change', function () { upload(input.files); });
  });
  var drop = document.getElementById('drop');
  ['dragenter', 'dragover'].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add('over'); });
  });
  ['dragleave', 'drop'].forEach(function (t) {
    drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.remove('over'); });
  });
  drop.addEventListener('drop', function (e) { upload(e.dataTransfer.files); });
  // The report grows to its own height: one page scroll, no box in a box.
  var frame = document.getElementById('report');
  if (frame) {
    var fit = function () {
      try {
        frame.style.height = '0px';
        frame.style.height = frame.contentDocument.documentElement.scrollHeight + 'px';
      } catch (e) { frame.style.height = '80vh'; }
    };
    frame.addEventListener('load', fit);
    window.addEventListener('resize', fit);
  }
  var print = document.getElementById('print');
  if (print) {
    print.addEventListener('click', function () { document.getElementById('report').contentWindow.print(); });
  }
  poll();
})();
)JS";

} // namespace presencia::serve
