// Say it before uploading: a file over the form's data-max-bytes is refused by the server anyway.
// <form data-max-bytes="…" data-too-large="Tệp lớn hơn 5 MB."> with one file input and a [data-upload-message].
(function () {
  document.querySelectorAll('form[data-max-bytes]').forEach(function (form) {
    var input = form.querySelector('input[type=file]');
    var message = form.querySelector('[data-upload-message]');
    var max = parseInt(form.getAttribute('data-max-bytes'), 10);
    var text = form.getAttribute('data-too-large') || '';
    if (!input || !message || !max) { return; }
    function tooLarge() { return input.files.length > 0 && input.files[0].size > max; }
    input.addEventListener('change', function () { message.textContent = tooLarge() ? text : ''; });
    form.addEventListener('submit', function (e) {
      if (tooLarge()) { e.preventDefault(); message.textContent = text; }
    });
  });
})();
