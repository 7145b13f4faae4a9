// Score sheet: live deductions and totals as the clerk types (decimal comma accepted), Enter moves down a column.
(function () {
  var sheet = document.getElementById('score-sheet');
  if (!sheet) { return; }
  var fmt = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2, useGrouping: false });
  function parse(text) {
    var t = (text || '').trim();
    if (!/^\d+([.,]\d{1,2})?$/.test(t)) { return null; }
    return parseFloat(t.replace(',', '.'));
  }
  function round(x) { return Math.round(x * 100) / 100; }
  function recompute() {
    var fieldsAppraised = 0, fieldsMax = 0, complete = true;
    sheet.querySelectorAll('tbody tr').forEach(function (row) {
      var max = row.dataset.max === '' || row.dataset.max === undefined ? null : parseFloat(row.dataset.max);
      var input = row.querySelector('.score-input');
      var value = parse(input.value);
      var cell = row.querySelector('.deduction');
      var bad = input.value.trim() !== '' && (value === null || (max !== null && value > max));
      input.classList.toggle('is-invalid', bad);
      cell.textContent = (max !== null && value !== null && !bad) ? fmt.format(round(max - value)) : '—';
      if (row.dataset.level === '1') {
        if (max === null || value === null || bad) { complete = false; } else { fieldsAppraised += value; fieldsMax += max; }
      }
    });
    document.getElementById('total-appraised').textContent = complete ? fmt.format(round(fieldsAppraised)) : '—';
    document.getElementById('total-deduction').textContent = complete ? fmt.format(round(fieldsMax - fieldsAppraised)) : '—';
  }
  sheet.addEventListener('input', recompute);
  sheet.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' || e.target.tagName !== 'INPUT') { return; }
    e.preventDefault();
    var cell = e.target.closest('td');
    var index = Array.prototype.indexOf.call(cell.parentElement.children, cell);
    var next = cell.parentElement.nextElementSibling;
    while (next && !next.children[index].querySelector('input:not([type=hidden])')) { next = next.nextElementSibling; }
    if (next) { next.children[index].querySelector('input:not([type=hidden])').focus(); }
  });
})();
