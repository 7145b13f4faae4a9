// Warn before leaving a form with unsaved typing (forms marked data-unsaved-warning).
(function () {
  document.querySelectorAll('form[data-unsaved-warning]').forEach(function (form) {
    var dirty = false;
    form.addEventListener('input', function () { dirty = true; });
    form.addEventListener('submit', function () { dirty = false; });
    window.addEventListener('beforeunload', function (e) {
      if (dirty) { e.preventDefault(); e.returnValue = ''; }
    });
  });
})();
