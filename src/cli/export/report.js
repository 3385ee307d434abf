
(function () {
  var box = document.getElementById('filter-box');
  var input = document.getElementById('filter');
  if (box && input) {
    box.hidden = false;
    input.addEventListener('input', function () {
      var q = input.value.trim().toLowerCase();
      document.querySelectorAll('tr[data-council]').forEach(function (tr) {
        var text = (tr.getAttribute('data-council') + ' ' + (tr.getAttribute('data-region') || '')).toLowerCase();
        tr.hidden = q !== '' && text.indexOf(q) < 0;
      });
      document.querySelectorAll('article[data-council]').forEach(function (a) {
        var text = (a.getAttribute('data-council') + ' ' + (a.getAttribute('data-region') || '')).toLowerCase();
        a.hidden = q !== '' && text.indexOf(q) < 0;
      });
    });
  }
  function key(cell) {
    if (!cell) return [0, ''];
    var score = cell.getAttribute('data-score');
    if (score !== null) return [1, score === '' ? -1 : Number(score)];
    var text = cell.textContent.trim();
    if (text !== '' && !isNaN(text)) return [1, Number(text)];
    return [2, text.toLowerCase()];
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var heads = table.tHead ? table.tHead.rows[table.tHead.rows.length - 1].cells : [];
    Array.prototype.forEach.call(heads, function (th, i) {
      th.tabIndex = 0;
      var sort = function () {
        var up = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[i]), y = key(b.cells[i]);
          var order = x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0);
          return up ? order : -order;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      };
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter') sort(); });
    });
  });
})();
