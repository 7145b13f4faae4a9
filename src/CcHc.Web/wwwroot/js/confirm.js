// Asks before a destructive button submits: <button data-confirm="Xóa …?">. Replaces inline onclick handlers,
// which the Content-Security-Policy forbids.
(function () {
  document.addEventListener('click', function (e) {
    var button = e.target.closest ? e.target.closest('[data-confirm]') : null;
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  }, true);
})();
