"""The style sheet and script of the self-contained HTML worksheet (``chains.review.write_html``).

No network and no library: plain CSS and a small script that sorts a table by the clicked header, filters
rows by status or level and by a search box, shows one report's highlighted text when its row is clicked,
and lets the reviewer mark findings 不是问题 and download the updated dismissal list (the JSON that
``report-assistant review --dismissed FILE`` reads). The script never turns report text into markup: it
moves elements the page already has and reads ``data-*`` attributes and ``textContent`` only.
"""

from __future__ import annotations

CSS = """
body {font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
  margin: 0 1.2rem 2rem; color: #1f1f1f; font-size: 14px;}
h1 {font-size: 1.4rem; margin: 1rem 0 0.3rem;}
.ra-meta {color: #555; margin: 0 0 0.6rem;}
.ra-warn {background: #fff1c2; border: 1px solid #e0c050; padding: 0.5rem 0.8rem; border-radius: 4px;}
nav.ra-tabs button {font: inherit; padding: 0.35rem 0.9rem; border: 1px solid #bbb; background: #f4f4f4;
  border-radius: 4px 4px 0 0; cursor: pointer;}
nav.ra-tabs button.ra-on {background: #fff; border-bottom-color: #fff; font-weight: 600;}
.ra-pane {border-top: 1px solid #bbb; padding-top: 0.6rem;}
.ra-filters {margin: 0.3rem 0 0.6rem; display: flex; gap: 0.8rem; flex-wrap: wrap; align-items: center;}
.ra-filters input[type=search] {font: inherit; padding: 0.25rem 0.4rem; min-width: 18rem;}
.ra-scroll {overflow: auto; max-height: calc(100vh - 11rem); border: 1px solid #ddd;}
table.ra-table {border-collapse: collapse; width: 100%;}
table.ra-table th, table.ra-table td {border: 1px solid #ddd; padding: 0.3rem 0.45rem; vertical-align: top;
  text-align: left;}
table.ra-table th {background: #d9e1f2; position: sticky; top: 0; cursor: pointer; user-select: none;}
table.ra-table th.ra-asc::after {content: " ▲";}
table.ra-table th.ra-desc::after {content: " ▼";}
table.ra-table td.ra-long {white-space: pre-wrap;}
table.ra-table tbody tr.ra-open {cursor: pointer;}
table.ra-table tbody tr.ra-open:hover {background: #f3f7ff;}
td.ra-s-红, td.ra-l-错误 {background: #ffc7ce; font-weight: 600;}
td.ra-s-黄, td.ra-l-疑似 {background: #ffeb9c; font-weight: 600;}
td.ra-s-绿 {background: #c6efce; font-weight: 600;}
td.ra-s-灰, td.ra-l-已忽略 {background: #d9d9d9; font-weight: 600;}
td.ra-l-提示 {background: #ddebf7;}
.ra-report h2 {font-size: 1.15rem; margin: 0.8rem 0 0.3rem;}
.ra-report ol {padding-left: 1.6rem;}
.ra-report li {margin: 0.25rem 0;}
.ra-report li.ra-dismissed {color: #777; text-decoration: line-through;}
.ra-report .ra-level {font-weight: 600;}
button.ra-dismiss, button.ra-back, button.ra-download {font: inherit; font-size: 0.85rem; margin-left: 0.5rem;
  padding: 0.1rem 0.5rem; cursor: pointer;}
#ra-marks {position: fixed; right: 1rem; bottom: 1rem; background: #fff; border: 1px solid #999;
  padding: 0.5rem 0.8rem; border-radius: 6px; box-shadow: 0 2px 8px rgba(0,0,0,0.15);}
"""

JS = r"""
(function () {
  "use strict";
  function $all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }

  // tabs
  $all("nav.ra-tabs button").forEach(function (btn) {
    btn.addEventListener("click", function () { showPane(btn.dataset.pane); });
  });
  function showPane(id) {
    $all(".ra-pane").forEach(function (p) { p.hidden = p.id !== id; });
    $all("nav.ra-tabs button").forEach(function (b) { b.classList.toggle("ra-on", b.dataset.pane === id); });
  }

  // sorting: numbers as numbers (data-v when given), text by Chinese collation; empty cells last
  function cellValue(row, k) {
    var cell = row.cells[k];
    return cell ? (cell.dataset.v !== undefined ? cell.dataset.v : cell.textContent) : "";
  }
  $all("table.ra-table").forEach(function (table) {
    $all("thead th", table).forEach(function (th, k) {
      th.addEventListener("click", function () {
        var asc = !th.classList.contains("ra-asc");
        $all("thead th", table).forEach(function (h) { h.classList.remove("ra-asc", "ra-desc"); });
        th.classList.add(asc ? "ra-asc" : "ra-desc");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var numeric = rows.every(function (r) { var v = cellValue(r, k).trim(); return v === "" || isFinite(Number(v)); });
        rows.sort(function (a, b) {
          var x = cellValue(a, k).trim(), y = cellValue(b, k).trim();
          if (x === "" || y === "") { return (x === "") - (y === ""); }
          var d = numeric ? Number(x) - Number(y) : x.localeCompare(y, "zh-CN");
          return asc ? d : -d;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });

  // filtering: the ticked statuses/levels and the search words
  $all(".ra-filters").forEach(function (bar) {
    var table = document.getElementById(bar.dataset.table);
    var col = bar.dataset.col === "" ? NaN : Number(bar.dataset.col);
    function apply() {
      var allowed = $all("input[type=checkbox]", bar).filter(function (c) { return c.checked; })
        .map(function (c) { return c.value; });
      var words = ($all("input[type=search]", bar)[0].value || "").trim().toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var text = row.textContent.toLowerCase();
        var ok = (isNaN(col) || allowed.indexOf(row.cells[col].textContent.trim()) >= 0) &&
          words.every(function (w) { return text.indexOf(w) >= 0; });
        row.hidden = !ok;
        if (ok) { shown += 1; }
      });
      $all(".ra-count", bar).forEach(function (c) { c.textContent = "显示 " + shown + " 行"; });
    }
    $all("input", bar).forEach(function (i) { i.addEventListener("input", apply); i.addEventListener("change", apply); });
    apply();
  });

  // one report's text with its findings highlighted
  var list = document.getElementById("ra-list"), detail = document.getElementById("ra-detail");
  function openReport(id) {
    $all(".ra-report", detail).forEach(function (s) { s.hidden = s.id !== id; });
    list.hidden = true; detail.hidden = false; window.scrollTo(0, 0);
  }
  $all("tr.ra-open").forEach(function (row) {
    row.addEventListener("click", function () { openReport(row.dataset.report); });
  });
  $all("button.ra-back").forEach(function (b) {
    b.addEventListener("click", function () { detail.hidden = true; list.hidden = false; });
  });

  // 不是问题: collect marks, download the dismissal list (the existing entries plus the new ones)
  var known = JSON.parse(document.getElementById("ra-dismissed").textContent);
  var marks = [];
  var box = document.getElementById("ra-marks"), counter = document.getElementById("ra-mark-count");
  $all("button.ra-dismiss").forEach(function (b) {
    b.addEventListener("click", function () {
      var reason = window.prompt("标记为“不是问题”。理由（可不填）：", "");
      if (reason === null) { return; }
      marks.push({content_hash: b.dataset.hash, code: b.dataset.code, span_text: b.dataset.span,
        reason: reason, file: b.dataset.file, message: b.dataset.message,
        dismissed_at: new Date().toISOString().slice(0, 10)});
      b.disabled = true; b.textContent = "已标记";
      b.parentNode.classList.add("ra-dismissed");
      box.hidden = false; counter.textContent = String(marks.length);
    });
  });
  $all("button.ra-download").forEach(function (b) {
    b.addEventListener("click", function () {
      var blob = new Blob([JSON.stringify(known.concat(marks), null, 1)], {type: "application/json"});
      var a = document.createElement("a");
      a.href = URL.createObjectURL(blob); a.download = "忽略清单.json";
      document.body.appendChild(a); a.click(); a.remove();
    });
  });
})();
"""
