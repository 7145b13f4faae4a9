// Forms marked data-form-value-limit="N": the server refuses a post with more than N values (and saves nothing).
// Count what the browser would send (the same entries as FormData) when the page opens and before each submit; over
// the limit, show a Vietnamese warning above the form and do not submit, so the typed input stays on the page.
(function () {
  var nf = new Intl.NumberFormat('vi-VN');
  function count(form, submitter) {
    var data = submitter ? new FormData(form, submitter) : new FormData(form);
    var n = 0;
    data.forEach(function () { n++; });
    return n;
  }
  function warn(form, n, limit) {
    var id = (form.id || 'form') + '-limit-warning';
    var box = document.getElementById(id);
    if (!box) {
      box = document.createElement('div');
      box.id = id;
      box.className = 'alert alert-danger form-limit-warning';
      box.setAttribute('role', 'alert');
      form.parentNode.insertBefore(box, form);
    }
    box.textContent = 'Biểu mẫu này có ' + nf.format(n) + ' ô dữ liệu, nhiều hơn mức máy chủ nhận trong một lần lưu (' +
      nf.format(limit) + ' ô), nên sẽ không lưu được. Hãy lưu thành nhiều lần, nhập dữ liệu từ tệp .xlsx, hoặc báo quản trị viên.';
    return box;
  }
  document.querySelectorAll('form[data-form-value-limit]').forEach(function (form) {
    var limit = parseInt(form.getAttribute('data-form-value-limit'), 10);
    if (!(limit > 0)) { return; }
    var initial = count(form, null);
    if (initial > limit) { warn(form, initial, limit); }
    // Capture phase on the form: runs before the other submit listeners (unsaved.js), which must not see a
    // refused submit as saved.
    form.addEventListener('submit', function (e) {
      var n = count(form, e.submitter || null);
      if (n > limit) {
        e.preventDefault();
        e.stopImmediatePropagation();
        warn(form, n, limit).scrollIntoView({ block: 'center' });
      }
    }, true);
  });
})();
