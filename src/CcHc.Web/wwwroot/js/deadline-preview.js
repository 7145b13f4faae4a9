// Plan item editor: shows how a typed deadline ("Quý II năm 2024", "Cả năm"…) will print and its last day.
(function () {
  document.querySelectorAll('[data-deadline-preview]').forEach(function (input) {
    var output = input.parentElement.querySelector('[data-deadline-output]');
    var timer;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        if (!input.value.trim()) { output.textContent = ''; return; }
        fetch('?handler=PreviewDeadline&text=' + encodeURIComponent(input.value))
          .then(function (r) { return r.json(); })
          .then(function (d) { output.textContent = d.ok ? ('In: "' + d.wording + '" · hạn chót ' + d.due) : d.message; });
      }, 300);
    });
  });
})();
